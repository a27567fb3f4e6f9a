package io.assay.edge.http;

import io.assay.edge.index.PieceQuery;
import io.assay.edge.index.SortOrder;
import io.assay.edge.inventory.Category;
import io.assay.edge.inventory.LocationCatalog;
import io.assay.edge.inventory.Metal;
import io.assay.edge.inventory.PieceStatus;
import io.vertx.ext.web.RoutingContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the search filters, sort and page of {@code /api/v1/items} requests. A filter may repeat or
 * carry comma-separated alternatives; a location includes the locations inside it.
 */
final class PieceQueryParams {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    private final LocationCatalog locations;
    private final Currency currency;

    PieceQueryParams(LocationCatalog locations, Currency currency) {
        this.locations = locations;
        this.currency = currency;
    }

    PieceQuery query(RoutingContext rc) {
        Set<String> locationIds = new LinkedHashSet<>();
        for (String id : values(rc, "location")) {
            locationIds.addAll(locations.withDescendants(id));
        }
        return new PieceQuery(
                locationIds,
                parsed(rc, "status", PieceStatus::fromLabel),
                parsed(rc, "category", Category::fromLabel),
                parsed(rc, "metal", Metal::fromLabel),
                values(rc, "fineness"),
                values(rc, "metalColour"),
                values(rc, "designer"),
                values(rc, "collection"),
                values(rc, "stoneType"),
                values(rc, "style"),
                money(rc, "priceMin", RoundingMode.CEILING),
                money(rc, "priceMax", RoundingMode.FLOOR),
                grams(rc, "weightMin", RoundingMode.CEILING),
                grams(rc, "weightMax", RoundingMode.FLOOR),
                rc.queryParams().get("q"));
    }

    SortOrder sort(RoutingContext rc) {
        String text = rc.queryParams().get("sort");
        if (text == null || text.isBlank()) {
            return SortOrder.BY_SERIAL;
        }
        boolean descending = text.startsWith("-");
        String key = descending ? text.substring(1) : text;
        return Arrays.stream(SortOrder.Key.values()).filter(k -> k.param().equals(key)).findFirst()
                .map(k -> new SortOrder(k, descending))
                .orElseThrow(() -> new BadRequestException("sort", "cannot sort by '" + text + "'; use serial, price, "
                        + "weight, updatedAt, category, location or status, '-' first for descending"));
    }

    int page(RoutingContext rc) {
        return integer(rc, "page", 0, 0, 1_000_000);
    }

    int size(RoutingContext rc) {
        return integer(rc, "size", DEFAULT_SIZE, 1, MAX_SIZE);
    }

    static int integer(RoutingContext rc, String name, int fallback, int min, int max) {
        String text = rc.queryParams().get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw new BadRequestException(name, name + " must be from " + min + " to " + max + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadRequestException(name, name + " must be a whole number, got '" + text + "'");
        }
    }

    private static Set<String> values(RoutingContext rc, String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : rc.queryParam(name)) {
            for (String part : raw.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    private static <T> Set<T> parsed(RoutingContext rc, String name, Function<String, Optional<T>> parse) {
        Set<T> out = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String value : values(rc, name)) {
            parse.apply(value).ifPresentOrElse(out::add, () -> unknown.add(value));
        }
        if (!unknown.isEmpty()) {
            throw new BadRequestException(name, "unknown " + name + " '" + String.join("', '", unknown) + "'");
        }
        return out;
    }

    private Long money(RoutingContext rc, String name, RoundingMode rounding) {
        BigDecimal amount = decimal(rc, name);
        return amount == null ? null
                : amount.movePointRight(Math.max(currency.getDefaultFractionDigits(), 0)).setScale(0, rounding).longValueExact();
    }

    private static Long grams(RoutingContext rc, String name, RoundingMode rounding) {
        BigDecimal grams = decimal(rc, name);
        return grams == null ? null : grams.movePointRight(3).setScale(0, rounding).longValueExact();
    }

    private static BigDecimal decimal(RoutingContext rc, String name) {
        String text = rc.queryParams().get(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.trim());
            if (value.signum() < 0 || value.precision() - value.scale() > 13) {
                throw new BadRequestException(name, name + " must be a positive decimal, got '" + text + "'");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadRequestException(name, name + " must be a decimal such as 1500.00, got '" + text + "'");
        }
    }
}
