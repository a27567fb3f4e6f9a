package io.assay.edge.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.journal.ChainVerification;
import io.assay.edge.journal.Journal;
import io.assay.edge.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** The journal: paging through events and verifying the hash chain. Reads run off the event loop. */
final class JournalRoutes {

    private final Journal journal;

    JournalRoutes(ApiDependencies deps) {
        this.journal = deps.journal();
    }

    void read(RoutingContext rc) {
        long after = longParam(rc, "after");
        int limit = PieceQueryParams.integer(rc, "limit", 100, 1, 1000);
        rc.vertx().executeBlocking(() -> journal.read(after, limit))
                .onSuccess(events -> {
                    ObjectNode body = Json.mapper().createObjectNode();
                    body.set("events", Json.mapper().valueToTree(events));
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
