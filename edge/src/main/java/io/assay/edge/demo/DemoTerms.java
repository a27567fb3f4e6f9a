package io.assay.edge.demo;

import io.assay.edge.config.AssayConfig;
import io.assay.edge.inventory.Metal;
import io.assay.edge.sales.SaleTerms;
import io.assay.edge.sales.TradeIn;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What the demo boutique needs that a real store gets from its configuration or from HQ: spot prices for
 * trade-ins (illustrative figures per troy ounce, in the store's currency) and a rate for the euro notes
 * its visitors pay with, each unless the configuration already names some. The euro is what makes HQ's
 * exchange rates matter in the demo: a store only takes the currencies it is configured for.
 */
public final class DemoTerms {

    private static final Map<Metal, BigDecimal> SPOT_PER_OUNCE = Map.of(
            Metal.GOLD, new BigDecimal("4100.00"),
            Metal.SILVER, new BigDecimal("52.00"),
            Metal.PLATINUM, new BigDecimal("1600.00"),
            Metal.PALLADIUM, new BigDecimal("1450.00"));

    /** The store's currency per euro. */
    private static final BigDecimal EURO = new BigDecimal("1.0800");

    private DemoTerms() {
    }

    public static AssayConfig withDemoMarket(AssayConfig config) {
        SaleTerms terms = config.sales().terms();
        boolean spotConfigured = !terms.tradeIn().spotPerOunce().isEmpty();
        // A boutique that sells in euros takes no euro "notes from abroad".
        boolean ratesConfigured = !terms.exchangeRates().isEmpty() || config.store().currency().getCurrencyCode().equals("EUR");
        if (spotConfigured && ratesConfigured) {
            return config;
        }
        TradeIn.Terms tradeIn = spotConfigured ? terms.tradeIn() : new TradeIn.Terms(SPOT_PER_OUNCE, terms.tradeIn().payoutPercent());
        SaleTerms demo = new SaleTerms(terms.taxInclusive(), terms.defaultRate(), terms.ratesByCategory(), terms.roundPerLine(),
                terms.cashIncrement(), terms.discountApprovalPercent(), tradeIn, ratesConfigured ? terms.exchangeRates() : Map.of("EUR", EURO));
        AssayConfig.Sales sales = config.sales();
        return config.withSales(new AssayConfig.Sales(sales.registers(), demo, sales.returnDays(), sales.layaways()));
    }
}
