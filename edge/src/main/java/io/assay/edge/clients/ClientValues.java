package io.assay.edge.clients;

import io.assay.edge.inventory.Money;
import io.assay.edge.sales.Sale;
import io.assay.edge.sales.SaleReturn;
import io.assay.edge.sales.SalesBook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A client's worth, visits and tier, computed from the register's sales and returns (hers and those of records merged into her). */
public final class ClientValues {

    private final ClientBook book;
    private final SalesBook sales;
    private final Tiers tiers;
    private final Currency currency;
    private final ZoneId zone;

    public ClientValues(ClientBook book, SalesBook sales, Tiers tiers, Currency currency, ZoneId zone) {
        this.book = book;
        this.sales = sales;
        this.tiers = tiers;
        this.currency = currency;
        this.zone = zone;
    }

    /** Her sales, oldest first. */
    public List<Sale> history(String clientId) {
        return book.identities(clientId).stream().flatMap(id -> sales.salesOf(id).stream())
                .sorted(java.util.Comparator.comparing(Sale::time)).toList();
    }

    public ClientValue of(Client client, Instant now) {
        List<Sale> history = history(client.id());
        BigDecimal spent = BigDecimal.ZERO;
        BigDecimal returned = BigDecimal.ZERO;
        Set<LocalDate> days = new HashSet<>();
        Instant last = null;
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate windowStart = today.minusMonths(tiers.risingMonths());
        LocalDate previousStart = windowStart.minusMonths(tiers.risingMonths());
        BigDecimal recent = BigDecimal.ZERO;
        BigDecimal before = BigDecimal.ZERO;
        Set<LocalDate> recentDays = new HashSet<>();
        Set<LocalDate> beforeDays = new HashSet<>();
        for (Sale sale : history) {
            BigDecimal back = sales.returnsOf(sale.id()).stream().map(SaleReturn::total).map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal net = sale.total().amount().subtract(back);
            spent = spent.add(net);
            returned = returned.add(back);
            LocalDate day = LocalDate.ofInstant(sale.time(), zone);
            days.add(day);
            last = last == null || sale.time().isAfter(last) ? sale.time() : last;
            if (!day.isBefore(windowStart)) {
                recent = recent.add(net);
                recentDays.add(day);
            } else if (!day.isBefore(previousStart)) {
                before = before.add(net);
                beforeDays.add(day);
            }
        }
        boolean lapsed = last != null && LocalDate.ofInstant(last, zone).isBefore(today.minusMonths(tiers.lapsedMonths()));
        String computed = tiers.of(spent, days.size(), lapsed);
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        Money average = history.isEmpty() ? Money.zero(currency)
                : new Money(spent.divide(BigDecimal.valueOf(history.size()), scale, RoundingMode.HALF_EVEN), currency);
        boolean rising = recent.compareTo(before) > 0 && recentDays.size() > beforeDays.size() && !beforeDays.isEmpty();
        return new ClientValue(new Money(spent.setScale(scale, RoundingMode.HALF_EVEN), currency), history.size(), days.size(), average, last,
                new Money(returned.setScale(scale, RoundingMode.HALF_EVEN), currency),
                client.tierOverride() != null ? client.tierOverride() : computed, computed,
                lapsed && spent.compareTo(tiers.vipSpend()) >= 0, rising);
    }
}
