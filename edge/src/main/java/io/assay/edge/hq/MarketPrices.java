package io.assay.edge.hq;

import io.assay.edge.inventory.Metal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * The metal spot prices and exchange rates HQ sent last, in the store's currency: what trade-ins and
 * foreign notes are valued at, in place of the configured ones.
 *
 * @param spotPerOunce  per troy ounce by metal, in the store's currency; empty until HQ sends them
 * @param exchangeRates the store's currency per unit of each foreign currency, by ISO 4217 code
 */
public record MarketPrices(Map<Metal, BigDecimal> spotPerOunce, String spotCommand, Instant spotAt,
        Map<String, BigDecimal> exchangeRates, String ratesCommand, Instant ratesAt) {

    public static final MarketPrices NONE = new MarketPrices(Map.of(), null, null, Map.of(), null, null);

    public MarketPrices {
        spotPerOunce = spotPerOunce == null ? Map.of() : Map.copyOf(spotPerOunce);
        exchangeRates = exchangeRates == null ? Map.of() : Map.copyOf(exchangeRates);
    }

    MarketPrices withSpot(Map<Metal, BigDecimal> spot, String command, Instant at) {
        return new MarketPrices(spot, command, at, exchangeRates, ratesCommand, ratesAt);
    }

    MarketPrices withRates(Map<String, BigDecimal> rates, String command, Instant at) {
        return new MarketPrices(spotPerOunce, spotCommand, spotAt, rates, command, at);
    }
}
