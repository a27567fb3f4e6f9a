package io.assay.edge.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.assay.edge.inventory.Money;
import io.assay.edge.sales.Sale;
import io.assay.edge.sales.SaleReturn;
import io.assay.edge.sales.SalesBook;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A client's worth and tier from her sales, net of what she brought back; rising and lapsed by the calendar. */
class ClientValuesTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Instant NOW = TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC);

    private final ClientBook book = new ClientBook();
    private final SalesBook sales = new SalesBook();
    private final ClientValues values = new ClientValues(book, sales, Tiers.DEFAULTS, USD, ZoneId.of("UTC"));
    private final List<Object> documents = new ArrayList<>();

    @Test
    void lifetimeValueIsNetOfReturnsAndTheTierFollowsTheThresholdsUnlessAManagerSetOne() {
        Client amelie = client("C000001");
        sale("s1", amelie, 100, "20000.00");
        sale("s2", amelie, 40, "9000.00");
        documents.add(new SaleReturn("r1", "R000001", "s2", "reg-1", "associate", NOW.minusSeconds(86_400 * 30L), "too big", List.of(),
                usd("3000.00"), List.of()));
        apply();

        ClientValue value = values.of(amelie, NOW);

        assertThat(value.lifetimeValue()).isEqualTo(usd("26000.00"));
        assertThat(value.returned()).isEqualTo(usd("3000.00"));
        assertThat(value.visits()).isEqualTo(2);
        assertThat(value.averageTicket()).isEqualTo(usd("13000.00"));
        assertThat(value.tier()).as("over 25,000").isEqualTo("vip");
        Client overridden = amelie.withTierOverride("loyal", NOW);
        assertThat(values.of(overridden, NOW).tier()).isEqualTo("loyal");
        assertThat(values.of(overridden, NOW).computedTier()).isEqualTo("vip");
    }

    @Test
    void aVipWhoHasNotBoughtForEighteenMonthsIsALapsedVip() {
        Client gone = client("C000002");
        sale("s3", gone, 600, "30000.00");
        apply();

        ClientValue value = values.of(gone, NOW);

        assertThat(value.tier()).isEqualTo("lapsed");
        assertThat(value.lapsedVip()).isTrue();
    }

    @Test
    void spendingMoreMoreOftenInTheLastSixMonthsThanTheSixBeforeIsRising() {
        Client rising = client("C000003");
        sale("a", rising, 250, "800.00");
        sale("b", rising, 60, "900.00");
        sale("c", rising, 20, "1200.00");
        Client steady = client("C000004");
        sale("d", steady, 250, "800.00");
        sale("e", steady, 220, "800.00");
        sale("f", steady, 20, "900.00");
        apply();

        assertThat(values.of(rising, NOW).rising()).isTrue();
        assertThat(values.of(steady, NOW).rising()).as("more spent but less often").isFalse();
        assertThat(values.of(rising, NOW).tier()).as("three visits").isEqualTo("loyal");
    }

    private Client client(String id) {
        Client client = new Client(id, "Amélie", "Durand", List.of(), List.of(), null, List.of(), List.of(), List.of(), null, null, null,
                List.of(), List.of(), List.of(), List.of(), null, null, null, NOW, NOW, 1);
        documents.add(client);
        return client;
    }

    private void sale(String id, Client client, int daysAgo, String total) {
        documents.add(new Sale(id, "S-" + id, "reg-1", "associate", client.id(), NOW.minusSeconds(86_400L * daysAgo), List.of(), usd(total),
                null, usd("0.00"), usd(total), null, List.of(), usd("0.00")));
    }

    private void apply() {
        book.apply(documents);
        sales.apply(documents);
    }

    private static Money usd(String amount) {
        return new Money(new BigDecimal(amount), USD);
    }
}
