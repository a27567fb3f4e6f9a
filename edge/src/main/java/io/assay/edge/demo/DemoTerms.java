package io.assay.edge.demo;

import io.assay.edge.config.AssayConfig;
import io.assay.edge.inventory.Metal;
import io.assay.edge.sales.SaleTerms;
import io.assay.edge.sales.TradeIn;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What the demo boutique needs that a real store gets from its configuration or from HQ: spot prices for
 * trade-ins (illustrative figures per troy ounce, in the store's currency), unless the configuration
 * already names some.
 */
public final class DemoTerms {

    private static final Map<Metal, BigDecimal> SPOT_PER_OUNCE = Map.of(
            Metal.GOLD, new BigDecimal("4100.00"),
            Metal.SILVER, new BigDecimal("52.00"),
            Metal.PLATINUM, new BigDecimal("1600.00"),
            Metal.PALLADIUM, new BigDecimal("1450.00"));

    private DemoTerms() {
    }

    public static AssayConfig withDemoSpotPrices(AssayConfig config) {
        SaleTerms terms = config.sales().terms();
        if (!terms.tradeIn().spotPerOunce().isEmpty()) {
            return config;
        }
        SaleTerms demo = new SaleTerms(terms.taxInclusive(), terms.defaultRate(), terms.ratesByCategory(), terms.roundPerLine(),
                terms.cashIncrement(), terms.discountApprovalPercent(), new TradeIn.Terms(SPOT_PER_OUNCE, terms.tradeIn().payoutPercent()),
                terms.exchangeRates());
        AssayConfig.Sales sales = config.sales();
        return config.withSales(new AssayConfig.Sales(sales.registers(), demo, sales.returnDays(), sales.layaways()));
    }
}
