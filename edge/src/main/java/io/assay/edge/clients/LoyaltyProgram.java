package io.assay.edge.clients;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.domain.ConflictException;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.domain.UnitOfWork;
import io.assay.edge.inventory.Money;
import io.assay.edge.json.Json;
import io.assay.edge.sales.Rewards;
import io.assay.edge.sales.Sale;
import io.assay.edge.sales.Tender;
import io.assay.edge.sales.TenderType;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The client book's loyalty points: earned on a client's sale at her tier's rate, on what she paid other than
 * with points; paid with as a tender, a whole number of points; taken back with what comes back. Every change
 * is a journal event.
 */
public final class LoyaltyProgram implements Rewards {

    public static final String EARNED = "io.assay.loyalty.earned";
    public static final String REDEEMED = "io.assay.loyalty.redeemed";
    public static final String REVERSED = "io.assay.loyalty.reversed";

    private final Loyalty terms;
    private final ClientValues values;

    public LoyaltyProgram(Loyalty terms, ClientValues values) {
        this.terms = terms;
        this.values = values;
    }

    public Loyalty terms() {
        return terms;
    }

    @Override
    public void checkRedeemable(UnitOfWork work, String client, Money amount, String field) {
        if (client == null) {
            throw InvalidInputException.of(field, "loyalty points pay only on a sale to a client of the book");
        }
        Client holder = ClientService.live(work, client);
        long wanted = points(amount, field);
        long held = work.clients().loyalty(client).map(LoyaltyAccount::points).orElse(0L);
        if (wanted > held) {
            throw new ConflictException(holder.displayName() + " has " + held + " points, worth " + worth(held).toPlainString()
                    + "; " + wanted + " are needed");
        }
        String tier = values.of(holder, work.now()).tier();
        if (held < terms.redeemFrom(tier)) {
            throw new ConflictException("points pay once a " + tier + " client holds " + terms.redeemFrom(tier) + "; "
                    + holder.displayName() + " has " + held);
        }
    }

    @Override
    public void settled(UnitOfWork work, Sale sale) {
        if (sale.client() == null || work.clients().client(sale.client()).filter(Client::live).isEmpty()) {
            return;
        }
        Money paidWithPoints = pointsPaid(sale);
        long spent = points(paidWithPoints, "tenders");
        String tier = values.of(work.clients().client(sale.client()).orElseThrow(), work.now()).tier();
        BigDecimal rate = terms.rate(tier);
        long earned = sale.total().minus(paidWithPoints).amount().multiply(rate).setScale(0, RoundingMode.DOWN).longValueExact();
        LoyaltyAccount account = work.clients().loyalty(sale.client()).orElse(LoyaltyAccount.empty(sale.client()));
        LoyaltyAccount next = account.with(account.points() - spent + earned, sale.id(), rate);
        work.clients().save(next);
        if (spent > 0) {
            work.record(REDEEMED, sale.client(), event(sale, -spent, next).put("amount", paidWithPoints.amount().toPlainString()));
        }
        if (earned > 0) {
            work.record(EARNED, sale.client(), event(sale, earned, next).put("tier", tier).put("rate", rate.toPlainString()));
        }
    }

    @Override
    public void reversed(UnitOfWork work, Sale sale, Money refunded, Money pointsPaidBack) {
        LoyaltyAccount account = work.clients().loyalty(sale.client()).orElse(null);
        if (account == null) {
            return;
        }
        BigDecimal rate = account.rates().getOrDefault(sale.id(), BigDecimal.ZERO);
        long takenBack = refunded.amount().multiply(rate).setScale(0, RoundingMode.DOWN).longValueExact();
        long givenBack = pointsPaidBack.amount().divide(terms.pointValue(), 0, RoundingMode.DOWN).longValueExact();
        // Points already spent elsewhere are not clawed into a debt: the balance stops at zero.
        long balance = Math.max(0, account.points() - takenBack + givenBack);
        LoyaltyAccount next = account.with(balance, null, null);
        work.clients().save(next);
        work.record(REVERSED, sale.client(), event(sale, balance - account.points(), next).put("takenBack", takenBack)
                .put("givenBack", givenBack));
    }

    /** What {@code points} pay, in the store's currency. */
    public BigDecimal worth(long points) {
        return terms.pointValue().multiply(BigDecimal.valueOf(points));
    }

    private long points(Money amount, String field) {
        BigDecimal[] division = amount.amount().divideAndRemainder(terms.pointValue());
        if (division[1].signum() != 0) {
            throw InvalidInputException.of(field, "points pay in steps of " + terms.pointValue().toPlainString());
        }
        return division[0].longValueExact();
    }

    private static Money pointsPaid(Sale sale) {
        return Tender.total(sale.tenders(), TenderType.LOYALTY_POINTS, Money.zero(sale.total().currency()));
    }

    private static ObjectNode event(Sale sale, long change, LoyaltyAccount account) {
        return Json.mapper().createObjectNode().put("client", sale.client()).put("sale", sale.id()).put("points", change)
                .put("balance", account.points());
    }
}
