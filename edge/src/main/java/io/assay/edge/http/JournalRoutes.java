package io.assay.edge.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.journal.ChainVerification;
import io.assay.edge.journal.Journal;
import io.assay.edge.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.function.Function;

/** The journal: paging through events and verifying the hash chain. Reads run off the event loop. */
final class JournalRoutes {

    /** What the change feed tells of an event. */
    private static final List<String> CHANGE_FIELDS = List.of("seq", "type", "subject", "time", "actor");

    private final Journal journal;

    JournalRoutes(ApiDependencies deps) {
        this.journal = deps.journal();
    }

    void read(RoutingContext rc) {
        page(rc, "events", events -> Json.mapper().valueToTree(events));
    }

    /**
     * The change feed: which subjects changed, by whom, oldest first, without the events' data (which may
     * hold costs). Screens follow it to stay current.
     */
    void changes(RoutingContext rc) {
        page(rc, "changes", events -> {
            ArrayNode changes = Json.mapper().createArrayNode();
            for (ObjectNode event : events) {
                ObjectNode change = changes.addObject();
                CHANGE_FIELDS.forEach(field -> change.set(field, event.get(field)));
            }
            return changes;
        });
    }

    /** The events after {@code ?after=}, at most {@code ?limit=}, under {@code field} as {@code shown}. */
    private void page(RoutingContext rc, String field, Function<List<ObjectNode>, JsonNode> shown) {
        long after = longParam(rc, "after");
        int limit = PieceQueryParams.integer(rc, "limit", 100, 1, 1000);
        rc.vertx().executeBlocking(() -> journal.read(after, limit))
                .onSuccess(events -> {
                    ObjectNode body = Json.mapper().createObjectNode();
                    body.set(field, shown.apply(events));
                    body.put("next", events.isEmpty() ? after : last(events).path("seq").asLong());
                    body.put("head", journal.lastSeq());
                    Responses.json(rc, 200, body);
                })
                .onFailure(rc::fail);
    }

    void verify(RoutingContext rc) {
        rc.vertx().executeBlocking(journal::verify)
                .onSuccess(result -> Responses.json(rc, 200, body(result)))
                .onFailure(rc::fail);
    }

    private static ObjectNode body(ChainVerification v) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("ok", v.ok());
        body.put("count", v.count());
        body.put("head", v.head());
        if (!v.ok()) {
            body.put("brokenAt", v.brokenAt());
            body.put("reason", v.reason());
        }
        return body;
    }

    private static ObjectNode last(List<ObjectNode> events) {
        return events.get(events.size() - 1);
    }

    private static long longParam(RoutingContext rc, String name) {
        String text = rc.queryParams().get(name);
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value < 0) {
                throw new BadRequestException(name, name + " must be 0 or more");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadRequestException(name, name + " must be a whole number, got '" + text + "'");
        }
    }
}
