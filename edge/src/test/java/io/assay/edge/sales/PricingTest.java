package io.assay.edge.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.assay.edge.inventory.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A sale's arithmetic, exact to the cent, under each of the store's terms. */
class PricingTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency CHF = Currency.getInstance("CHF");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void taxAddedAtTheTillRoundedPerLine() {
        Pricing pricing = new Pricing(new SaleTerms(false, new BigDecimal("8.875"), Map.of("service", BigDecimal.ZERO), true,
                BigDecimal.ZERO), USD);

        Pricing.Totals totals = pricing.price(List.of(item("ring", 1, "2450.00", USD), item("gift", 2, "12.00", USD),
                item("service", 1, "45.00", USD)));

        // 2450.00 x 8.875% = 217.4375 -> 217.44; 24.00 x 8.875% = 2.13; services untaxed.
        assertThat(totals.lines()).extracting(l -> l.tax().amount().toPlainString()).containsExactly("217.44", "2.13", "0.00");
        assertThat(totals.subtotal()).isEqualTo(usd("2519.00"));
        assertThat(totals.tax()).isEqualTo(usd("219.57"));
        assertThat(totals.total()).isEqualTo(usd("2738.57"));
    }

    @Test
    void roundingOnceOnTheTotalCanDifferFromTheSumOfLinesByACent() {
        SaleTerms perLine = new SaleTerms(false, new BigDecimal("8.875"), Map.of(), true, BigDecimal.ZERO);
        SaleTerms perTotal = new SaleTerms(false, new BigDecimal("8.875"), Map.of(), false, BigDecimal.ZERO);
        // Three lines of 0.20: each 0.01775 of tax -> 0.02 per line (0.06), but 0.05325 -> 0.05 on the total.
        List<Pricing.Item> items = List.of(item("ring", 1, "0.20", USD), item("ring", 1, "0.20", USD), item("ring", 1, "0.20", USD));

        assertThat(new Pricing(perLine, USD).price(items).tax()).isEqualTo(usd("0.06"));
        assertThat(new Pricing(perTotal, USD).price(items).tax()).isEqualTo(usd("0.05"));
        assertThat(new Pricing(perTotal, USD).price(items).total()).isEqualTo(usd("0.65"));
    }

    @Test
    void pricesThatIncludeTaxKeepTheirTotalAndShowTheTaxInside() {
        Pricing pricing = new Pricing(new SaleTerms(true, new BigDecimal("8.1"), Map.of(), true, new BigDecimal("0.05")), CHF);

        Pricing.Totals totals = pricing.price(List.of(item("ring", 1, "1234.57", CHF)));

        // 1234.57 x 8.1 / 108.1 = 92.5076... -> 92.51
        assertThat(totals.total()).isEqualTo(new Money(new BigDecimal("1234.57"), CHF));
        assertThat(totals.tax()).isEqualTo(new Money(new BigDecimal("92.51"), CHF));
        assertThat(totals.subtotal()).isEqualTo(new Money(new BigDecimal("1142.06"), CHF));
        assertThat(pricing.cashDue(totals.total())).as("to the 5 centimes").isEqualTo(new Money(new BigDecimal("1234.55"), CHF));
        assertThat(pricing.cashDue(new Money(new BigDecimal("1234.58"), CHF))).isEqualTo(new Money(new BigDecimal("1234.60"), CHF));
    }

    @Test
    void aCurrencyWithoutMinorUnitsRoundsToWholeYen() {
        Pricing pricing = new Pricing(new SaleTerms(true, BigDecimal.TEN, Map.of(), true, BigDecimal.ZERO), JPY);

        Pricing.Totals totals = pricing.price(List.of(item("ring", 1, "128000", JPY)));

        // 128000 x 10 / 110 = 11636.36 -> 11636
        assertThat(totals.tax()).isEqualTo(new Money(new BigDecimal("11636"), JPY));
        assertThat(totals.subtotal()).isEqualTo(new Money(new BigDecimal("116364"), JPY));
    }

    private static Pricing.Item item(String category, int quantity, String price, Currency currency) {
        return new Pricing.Item(SaleLine.ITEM, null, "X", null, null, "x", category, quantity, new Money(new BigDecimal(price), currency),
                List.of());
    }

    private static Money usd(String amount) {
        return new Money(new BigDecimal(amount), USD);
    }
}
