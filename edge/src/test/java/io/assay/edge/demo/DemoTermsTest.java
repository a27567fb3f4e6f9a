package io.assay.edge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.assay.edge.config.AssayConfig;
import io.assay.edge.inventory.Metal;
import io.assay.edge.sales.SaleTerms;
import io.assay.edge.sales.TradeIn;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo takes old gold and euro notes: it has spot prices and a euro rate, unless the configuration gives its own. */
class DemoTermsTest {

    @Test
    void theDemoHasSpotPricesForEveryPreciousMetalAndTakesEurosButKeepsConfiguredOnes() {
        AssayConfig plain = AssayConfig.forTest(Path.of("/tmp/none"), true);

        AssayConfig demo = DemoTerms.withDemoMarket(plain);

        assertThat(demo.sales().terms().tradeIn().spotPerOunce()).containsOnlyKeys(Metal.GOLD, Metal.SILVER, Metal.PLATINUM, Metal.PALLADIUM);
        assertThat(demo.sales().terms().exchangeRates()).containsOnlyKeys("EUR");
        assertThat(demo.sales().registers()).isEqualTo(plain.sales().registers());
        AssayConfig configured = plain.withSales(new AssayConfig.Sales(List.of("reg-1"), new SaleTerms(false, BigDecimal.ZERO, Map.of(), true,
                BigDecimal.ZERO, BigDecimal.TEN, new TradeIn.Terms(Map.of(Metal.GOLD, new BigDecimal("3999.00")), BigDecimal.valueOf(65)),
                Map.of("CHF", new BigDecimal("1.1300"))), 30));
        assertThat(DemoTerms.withDemoMarket(configured)).isSameAs(configured);
    }
}
