package io.assay.edge.http;

import io.assay.edge.index.SerialIndex;
import io.assay.edge.journal.Journal;
import io.assay.edge.metrics.Metrics;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Liveness, readiness and the Prometheus scrape. Open on the store LAN. */
final class HealthRoutes {

    private final BooleanSupplier ready;
    private final SerialIndex index;
    private final Journal journal;
    private final Metrics metrics;

    HealthRoutes(ApiDependencies deps) {
        this.ready = deps.ready();
        this.index = deps.index();
        this.journal = deps.journal();
        this.metrics = deps.metrics();
    }

    void live(RoutingContext rc) {
        Responses.json(rc, 200, Map.of("status", "UP"));
    }

    void ready(RoutingContext rc) {
        boolean up = ready.getAsBoolean();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("store", up ? "open" : "starting");
        body.put("index", up ? "built" : "building");
        body.put("pieces", index.size());
        body.put("journal", journal.lastSeq());
        Responses.json(rc, up ? 200 : 503, body);
    }

    void metrics(RoutingContext rc) {
        rc.response().putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8").end(metrics.scrape());
    }
}
