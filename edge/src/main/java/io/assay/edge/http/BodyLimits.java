package io.assay.edge.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.SecurityPolicyHandler;
import java.util.Map;
import java.util.Optional;

/**
 * How large a request body each operation takes: a whole boutique's spreadsheet or a certificate scan may
 * be tens of megabytes, a piece or a sign-in a few kilobytes. A declared length over the limit is refused
 * before the body is read ({@link #declared()}); a chunked body is read up to the server-wide limit and
 * then judged ({@link #received()}).
 */
final class BodyLimits {

    /** The largest body of all: a spreadsheet of a whole boutique's stock. */
    static final long LARGEST = 32L * 1024 * 1024;
    /** Any JSON document the API takes. */
    static final long JSON = 1024L * 1024;

    private static final Map<String, Long> LARGE = Map.of("importItems", LARGEST, "uploadAttachment", LARGEST);

    private final ApiPaths paths;

    BodyLimits(ApiPaths paths) {
        this.paths = paths;
    }

    static long of(String operationId) {
        return LARGE.getOrDefault(operationId, JSON);
    }

    /** Before the body handler: refuses a Content-Length over the operation's limit. */
    SecurityPolicyHandler declared() {
        return rc -> {
            String length = rc.request().getHeader("Content-Length");
            Optional<Long> limit = limit(rc);
            if (length != null && limit.isPresent() && parse(length) > limit.get()) {
                refuse(rc, limit.get());
                return;
            }
            rc.next();
        };
    }

    /** After the body handler: refuses a body (sent without a length) over the operation's limit. */
    Handler<RoutingContext> received() {
        return rc -> {
            Optional<Long> limit = limit(rc);
            if (limit.isPresent() && rc.body() != null && rc.body().length() > limit.get()) {
                refuse(rc, limit.get());
                return;
            }
            rc.next();
        };
    }

    static String tooLarge(long limit) {
        return "The request body is larger than this route takes (" + limit + " bytes)";
    }

    private Optional<Long> limit(RoutingContext rc) {
        return paths.operation(rc).map(BodyLimits::of);
    }

    private static void refuse(RoutingContext rc, long limit) {
        // The client may still be sending; closing after the answer spares reading what nobody wants.
        rc.response().putHeader("Connection", "close");
        Problems.status(rc, 413, tooLarge(limit));
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
