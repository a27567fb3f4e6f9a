package io.assay.edge.http;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.SecurityPolicyHandler;

/**
 * Headers on every answer, API and register pages alike, that tell the browser to run only the
 * appliance's own scripts and styles (no inline script, so an injected one does not run), never to show
 * it inside another site's frame, not to guess content types, and not to send the register's addresses
 * (which name pieces and clients) to anyone in a Referer. A security-policy handler, so Vert.x Web lets it
 * run before the body handler: even a refused oversized body gets them. On a TLS listener it also asks the
 * browser to come back only over HTTPS (HSTS).
 */
final class SecurityHeaders implements SecurityPolicyHandler {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    /** A year, as browsers expect of a site that means it. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    private final boolean tls;

    SecurityHeaders(boolean tls) {
        this.tls = tls;
    }

    @Override
    public void handle(RoutingContext rc) {
        MultiMap headers = rc.response().headers();
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Frame-Options", "DENY");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        if (tls) {
            headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        rc.next();
    }
}
