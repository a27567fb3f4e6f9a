package io.assay.edge.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.PlatformHandler;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Times every request by method, route template (never the raw path, so a serial does not become a
 * series) and status, and counts requests in flight. A platform handler, so that it runs first and also
 * times the answers given before a route is reached (a refused session, an oversized body).
 */
final class HttpMetricsHandler implements PlatformHandler {

    private final MeterRegistry registry;
    private final AtomicInteger active = new AtomicInteger();

    HttpMetricsHandler(MeterRegistry registry) {
        this.registry = registry;
        registry.gauge("assay.http.server.active.requests", active);
    }

    @Override
    public void handle(RoutingContext rc) {
        long started = System.nanoTime();
        active.incrementAndGet();
        rc.addEndHandler(done -> {
            active.decrementAndGet();
            Route route = rc.currentRoute();
            String template = route == null || route.getPath() == null ? "other" : route.getPath();
            Timer.builder("assay.http.server.requests")
                    .description("HTTP requests served")
                    .tag("method", rc.request().method().name())
                    .tag("route", template)
                    .tag("status", Integer.toString(rc.response().getStatusCode()))
                    .publishPercentileHistogram()
                    .register(registry)
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        });
        rc.next();
    }
}
