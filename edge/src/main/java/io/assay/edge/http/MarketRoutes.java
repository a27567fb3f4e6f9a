package io.assay.edge.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.hq.HqBook;
import io.assay.edge.hq.MarketPrices;
import io.assay.edge.inventory.Metal;
import io.assay.edge.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code GET /api/v1/market}: the metal spot prices and exchange rates trade-ins and foreign notes are
 * valued at now, each with where it comes from: HQ's latest broadcast, or the store's configuration where
 * HQ sent none. Only the currencies the store is configured to take are listed: HQ may quote others.
 */
final class MarketRoutes {

    /** Spot prices as the trade quotes them: gold, silver, platinum, palladium, then any other metal. */
    private static final List<Metal> METALS = Stream.concat(Stream.of(Metal.GOLD, Metal.SILVER, Metal.PLATINUM, Metal.PALLADIUM),
            Stream.of(Metal.values())).distinct().toList();

    private final HqBook book;
    private final Currency currency;
    private final Map<Metal, BigDecimal> configuredSpot;
    private final Map<String, BigDecimal> configuredRates;

    MarketRoutes(ApiDependencies deps) {
        this.book = deps.hq();
        this.currency = deps.config().store().currency();
        this.configuredSpot = deps.config().sales().terms().tradeIn().spotPerOunce();
        this.configuredRates = new TreeMap<>(deps.config().sales().terms().exchangeRates());
    }

    void get(RoutingContext rc) {
        MarketPrices market = book.market();
        ObjectNode body = Json.mapper().createObjectNode().put("currency", currency.getCurrencyCode());
        ObjectNode spot = body.putObject("spotPerOunce");
        for (Metal metal : METALS) {
            BigDecimal fromHq = market.spotPerOunce().get(metal);
            BigDecimal configured = configuredSpot.get(metal);
            if (fromHq != null || configured != null) {
                ObjectNode price = spot.putObject(metal.label()).put("amount", amount(fromHq != null ? fromHq : configured));
                source(price, fromHq != null, market.spotAt());
            }
        }
        ObjectNode rates = body.putObject("exchangeRates");
        configuredRates.forEach((code, configured) -> {
            BigDecimal fromHq = market.exchangeRates().get(code);
            ObjectNode rate = rates.putObject(code).put("perUnit", (fromHq != null ? fromHq : configured).toPlainString());
            source(rate, fromHq != null, market.ratesAt());
        });
        Responses.json(rc, 200, body);
    }

    /** Every digit HQ's figure carries beyond the currency's cents, and no trailing zeros past them. */
    private String amount(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.setScale(Math.max(stripped.scale(), Math.max(currency.getDefaultFractionDigits(), 0))).toPlainString();
    }

    private static void source(ObjectNode json, boolean fromHq, Instant at) {
        json.put("source", fromHq ? "hq" : "config");
        if (fromHq && at != null) {
            json.put("at", at.toString());
        }
    }
}
