package io.assay.edge.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.hq.HqBook;
import io.assay.edge.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.function.Function;

/**
 * What HQ's commands left for the store to act on: {@code GET /api/v1/hq/reservations} (pieces held for
 * online clients, the soonest to end first), {@code GET /api/v1/hq/price-changes} (prices waiting for their
 * time, the soonest first) and {@code GET /api/v1/hq/interests} (online clients' interest, the latest first).
 * Read from the {@link HqBook} as committed.
 */
final class HqBookRoutes {

    private final HqBook book;
    private final HqViews views;

    HqBookRoutes(ApiDependencies deps) {
        this.book = deps.hq();
        this.views = new HqViews(deps.index());
    }

    void reservations(RoutingContext rc) {
        Responses.json(rc, 200, list("reservations", book.activeReservations(), views::reservation));
    }

    void priceChanges(RoutingContext rc) {
        Responses.json(rc, 200, list("priceChanges", book.pendingPriceChanges(), views::priceChange));
    }

    void interests(RoutingContext rc) {
        Responses.json(rc, 200, list("interests", book.interests(), views::interest));
    }

    static <T> ObjectNode list(String name, List<T> entries, Function<T, ObjectNode> view) {
        ObjectNode body = Json.mapper().createObjectNode();
        ArrayNode list = body.putArray(name);
        entries.forEach(entry -> list.add(view.apply(entry)));
        return body;
    }
}
