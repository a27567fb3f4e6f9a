package io.assay.edge.http;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.PlatformHandler;
import java.util.function.BooleanSupplier;

/**
 * The server listens while the index is still being built (the start overlaps the two); until then the
 * API answers 503 rather than from a partial index, whoever asks. Health checks say what is under way.
 * A platform handler, so that it answers before the session check: "starting" is the truth for everyone.
 */
final class StartingGate implements PlatformHandler {

    private final BooleanSupplier ready;

    StartingGate(BooleanSupplier ready) {
        this.ready = ready;
    }

    @Override
    public void handle(RoutingContext rc) {
        if (ready.getAsBoolean() || !rc.request().path().startsWith("/api/")) {
            rc.next();
            return;
        }
        rc.response().putHeader("Retry-After", "1");
        Problems.status(rc, 503, "The appliance is starting: the stock is being loaded");
    }
}
