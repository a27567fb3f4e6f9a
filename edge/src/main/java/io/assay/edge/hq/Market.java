package io.assay.edge.hq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.domain.ConflictException;
import io.assay.edge.domain.UnitOfWork;
import io.assay.edge.inventory.Metal;
import io.assay.edge.json.FieldReader;
import io.assay.edge.json.Json;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * HQ's metal spot prices and exchange rates, kept in the store's currency: trade-ins and foreign notes are
 * valued at them from the moment they are committed. A broadcast older than the one in force is refused,
 * so a retained message met again, or one overtaken in flight, never turns the prices back.
 */
public final class Market {

    public static final String SPOT_PRICES_SET = "io.assay.market.spot-prices-set";
    public static final String EXCHANGE_RATES_SET = "io.assay.market.exchange-rates-set";

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final List<Metal> SPOT_METALS = List.of(Metal.GOLD, Metal.SILVER, Metal.PLATINUM, Metal.PALLADIUM);
    /** Rates are kept to this many significant digits: far beyond what one note's worth can show. */
    private static final MathContext RATE_PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);

    private final Currency currency;
    private final Function<String, BigDecimal> configuredRate;

    /** @param configuredRate the configured rate of a foreign currency (store currency per unit), or null */
    public Market(Currency currency, Function<String, BigDecimal> configuredRate) {
        this.currency = currency;
        this.configuredRate = configuredRate;
    }

    ObjectNode spotPrices(UnitOfWork work, HqMessage message) {
        Fields fields = Fields.of(message);
        FieldReader in = fields.reader();
        JsonNode body = message.body();
        String code = in.matching(body, "currency", CURRENCY, "must be an ISO 4217 code");
        Instant at = fields.instant("at");
        JsonNode perOunce = in.object(body, "perTroyOunce");
        Map<Metal, BigDecimal> quoted = new EnumMap<>(Metal.class);
        if (perOunce == null) {
            in.error("perTroyOunce", "is required");
        } else {
            FieldReader p = in.nested("perTroyOunce");
            for (Metal metal : SPOT_METALS) {
                BigDecimal price = p.decimal(perOunce, metal.label());
                if (price == null && !p.has(perOunce, metal.label())) {
                    p.error(metal.label(), "is required");
                } else if (price != null && price.signum() <= 0) {
                    p.error(metal.label(), "must be more than zero");
                } else if (price != null) {
                    quoted.put(metal, price);
                }
            }
        }
        Currency quotedIn = code == null ? null : currencyOrError(in, "currency", code);
        fields.check();
        MarketPrices market = work.hq().market();
        if (market.spotAt() != null && !at.isAfter(market.spotAt())) {
            throw new ConflictException("spot prices of " + at + " are not newer than those in force, of " + market.spotAt());
        }
        BigDecimal toStore = BigDecimal.ONE;
        if (!quotedIn.equals(currency)) {
            toStore = market.exchangeRates().get(quotedIn.getCurrencyCode());
            if (toStore == null) {
                toStore = configuredRate.apply(quotedIn.getCurrencyCode());
            }
            if (toStore == null) {
                throw new ConflictException("spot prices in " + quotedIn.getCurrencyCode() + ", and no exchange rate from "
                        + quotedIn.getCurrencyCode() + " to " + currency.getCurrencyCode());
            }
        }
        Map<Metal, BigDecimal> spot = new EnumMap<>(Metal.class);
        for (Map.Entry<Metal, BigDecimal> e : quoted.entrySet()) {
            spot.put(e.getKey(), e.getValue().multiply(toStore).setScale(Math.max(currency.getDefaultFractionDigits(), 0) + 2,
                    RoundingMode.HALF_EVEN));
        }
        work.hq().save(market.withSpot(spot, message.id(), at));
        ObjectNode data = Json.mapper().createObjectNode().put("command", message.id()).put("currency", currency.getCurrencyCode())
                .put("at", at.toString());
        ObjectNode prices = data.putObject("perTroyOunce");
        spot.forEach((metal, price) -> prices.put(metal.label(), price.toPlainString()));
        work.record(SPOT_PRICES_SET, message.id(), data);
        ObjectNode details = JsonNodeFactory.instance.objectNode().put("currency", currency.getCurrencyCode());
        details.set("perTroyOunce", prices.deepCopy());
        return details;
    }

    ObjectNode exchangeRates(UnitOfWork work, HqMessage message) {
        Fields fields = Fields.of(message);
        FieldReader in = fields.reader();
        JsonNode body = message.body();
        String baseCode = in.matching(body, "base", CURRENCY, "must be an ISO 4217 code");
        Currency base = baseCode == null ? null : currencyOrError(in, "base", baseCode);
        Instant at = fields.instant("at");
        JsonNode ratesNode = in.object(body, "rates");
        Map<String, BigDecimal> quoted = new TreeMap<>();
        if (ratesNode == null || ratesNode.isEmpty()) {
            in.error("rates", "must give at least one rate");
        } else {
            FieldReader r = in.nested("rates");
            for (Iterator<String> codes = ratesNode.fieldNames(); codes.hasNext(); ) {
                String code = codes.next();
                BigDecimal rate = r.decimal(ratesNode, code);
                if (!code.matches("[A-Z]{3}")) {
                    r.error(code, "is not an ISO 4217 code");
                } else if (rate != null && rate.signum() <= 0) {
                    r.error(code, "must be more than zero");
                } else if (rate != null) {
                    quoted.put(code, rate);
                }
            }
        }
        fields.check();
        MarketPrices market = work.hq().market();
        if (market.ratesAt() != null && !at.isAfter(market.ratesAt())) {
            throw new ConflictException("exchange rates of " + at + " are not newer than those in force, of " + market.ratesAt());
        }
        String store = currency.getCurrencyCode();
        // One unit of base buys quoted[X] of X; the store needs its own currency per unit of X.
        BigDecimal storePerBase = base.equals(currency) ? BigDecimal.ONE : quoted.get(store);
        if (storePerBase == null) {
            throw new ConflictException("rates from " + base.getCurrencyCode() + " give none for " + store + ", the store's currency");
        }
        Map<String, BigDecimal> perUnit = new TreeMap<>();
        if (!base.equals(currency)) {
            perUnit.put(base.getCurrencyCode(), storePerBase.round(RATE_PRECISION).stripTrailingZeros());
        }
        quoted.forEach((code, rate) -> {
            if (!code.equals(store)) {
                perUnit.put(code, storePerBase.divide(rate, RATE_PRECISION).stripTrailingZeros());
            }
        });
        work.hq().save(market.withRates(perUnit, message.id(), at));
        ObjectNode data = Json.mapper().createObjectNode().put("command", message.id()).put("currency", store).put("at", at.toString());
        ObjectNode rates = data.putObject("perUnit");
        perUnit.forEach((code, rate) -> rates.put(code, rate.toPlainString()));
        work.record(EXCHANGE_RATES_SET, message.id(), data);
        ObjectNode details = JsonNodeFactory.instance.objectNode().put("currency", store);
        details.set("perUnit", rates.deepCopy());
        return details;
    }

    private static Currency currencyOrError(FieldReader in, String field, String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            in.error(field, "'" + code + "' is not an ISO 4217 currency code");
            return null;
        }
    }
}
