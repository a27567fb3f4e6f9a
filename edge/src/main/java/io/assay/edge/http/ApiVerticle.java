package io.assay.edge.http;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP server: the REST API routed and validated from the OpenAPI document, health and metrics,
 * and the register's static files. Stops gracefully: no new requests, those in flight finish.
 */
public final class ApiVerticle extends VerticleBase {

    /** Largest request body: a spreadsheet of a whole boutique's stock. */
    static final long BODY_LIMIT = 32L * 1024 * 1024;

    private final ApiDependencies deps;
    private final ApiContract loaded;
    private final ApiPaths paths = new ApiPaths();
    private HttpServer server;

    /** A verticle that reads and checks the OpenAPI contract when deployed. */
    public ApiVerticle(ApiDependencies deps) {
        this(deps, null);
    }

    /** A verticle on a contract already loaded (or being checked) on the Vert.x it is deployed on. */
    public ApiVerticle(ApiDependencies deps, ApiContract contract) {
        this.deps = deps;
        this.loaded = contract;
    }

    /** The port the server listens on (useful when configured as 0). */
    public int port() {
        return server.actualPort();
    }

    @Override
    public Future<?> start() {
        ApiContract api = loaded != null ? loaded : ApiContract.load(vertx);
        Buffer published = api.published();
        return api.contract().compose(contract -> {
            RouterBuilder builder = RouterBuilder.create(vertx, contract, new StringParameterExtractor());
            // Before the body handler, so that even its 413 carries them.
            builder.rootHandler(new SecurityHeaders());
            builder.rootHandler(BodyHandler.create().setBodyLimit(BODY_LIMIT).setHandleFileUploads(false));
            builder.rootHandler(new HttpMetricsHandler(deps.metrics().registry()));
            builder.rootHandler(this::untilReady);
            bind(builder, published);
            Router router = builder.createRouter();
            router.route("/api/*").handler(this::noSuchRoute);
            router.route("/*").handler(StaticHandler.create("webroot").setCachingEnabled(false));
            router.route().failureHandler(ApiVerticle::failure);
            router.errorHandler(405, rc -> Problems.status(rc, 405, rc.request().method() + " is not allowed on " + rc.request().path()));
            router.errorHandler(413, rc -> Problems.status(rc, 413, "The request body is larger than " + BODY_LIMIT + " bytes"));
            return vertx.createHttpServer(new HttpServerOptions().setCompressionSupported(true))
                    .requestHandler(router)
                    .listen(deps.config().http().port(), deps.config().http().host());
        }).onSuccess(s -> server = s);
    }

    @Override
    public Future<?> stop() {
        return server == null ? Future.succeededFuture() : server.shutdown(10, TimeUnit.SECONDS);
    }

    private void bind(RouterBuilder builder, Buffer published) {
        ItemRoutes items = new ItemRoutes(deps);
        LocationRoutes locations = new LocationRoutes(deps);
        JournalRoutes journal = new JournalRoutes(deps);
        HealthRoutes health = new HealthRoutes(deps);
        ImportExportRoutes transfer = new ImportExportRoutes(deps);
        AttachmentRoutes attachments = new AttachmentRoutes(deps);
        StoreRoutes store = new StoreRoutes(deps);
        SessionRoutes session = new SessionRoutes(deps, new Sessions(deps.config().staff().sessionIdle(), Clock.systemUTC()));
        EnrolmentRoutes enrolment = new EnrolmentRoutes(deps);
        AuditRoutes audit = new AuditRoutes(deps);
        Map<String, Handler<RoutingContext>> handlers = Map.ofEntries(
                Map.entry("enrolOwner", enrolment::enrol),
                Map.entry("createSession", session::signIn),
                Map.entry("getSession", session::current),
                Map.entry("deleteSession", session::signOut),
                Map.entry("getStore", store::get),
                Map.entry("listItems", items::list),
                Map.entry("countItems", items::count),
                Map.entry("itemFacets", items::facets),
                Map.entry("getItem", items::get),
                Map.entry("getItemByEpc", items::byEpc),
                Map.entry("createItem", items::create),
                Map.entry("updateItem", items::update),
                Map.entry("getItemHistory", items::history),
                Map.entry("exportItems", transfer::export),
                Map.entry("importItems", transfer::importCsv),
                Map.entry("uploadAttachment", attachments::upload),
                Map.entry("getAttachment", attachments::download),
                Map.entry("listLocations", locations::list),
                Map.entry("createLocation", locations::create),
                Map.entry("readJournal", journal::read),
                Map.entry("listAudit", audit::list),
                Map.entry("exportAudit", audit::export),
                Map.entry("verifyJournal", journal::verify),
                Map.entry("getOpenApi", rc -> rc.response().putHeader("Content-Type", "application/json").end(published)),
                Map.entry("live", health::live),
                Map.entry("ready", health::ready),
                Map.entry("metrics", health::metrics));
        builder.getRoutes().forEach(route -> {
            String id = route.getOperation().getOperationId();
            paths.add(route.getOperation().getOpenAPIPath(), route.getOperation().getHttpMethod().name());
            Handler<RoutingContext> handler = handlers.get(id);
            if (handler == null) {
                throw new IllegalStateException("no handler for operation " + id);
            }
            if (RouteAccess.of(id).isEmpty()) {
                throw new IllegalStateException("operation " + id + " has no access rule in RouteAccess");
            }
            if (id.equals("updateItem") || id.equals("createItem")) {
                // A piece's body is checked by the piece reader, which types every field the schema types
                // and names all mistakes in one answer; the schema validator would stop at the first wrong
                // type and hide the rule breaks next to it. (Vert.x OpenAPI also cannot parse
                // application/merge-patch+json bodies.) Neither operation has parameters.
                route.setDoValidation(false);
            }
            route.addHandler(handler);
            route.addFailureHandler(ApiVerticle::failure);
        });
    }

    /**
     * The server listens while the index is still being built (the start overlaps the two); until then the
     * API answers 503 rather than from a partial index. Health checks say what is under way.
     */
    private void untilReady(RoutingContext rc) {
        if (deps.ready().getAsBoolean() || !rc.request().path().startsWith("/api/")) {
            rc.next();
            return;
        }
        rc.response().putHeader("Retry-After", "1");
        Problems.status(rc, 503, "The appliance is starting: the stock is being loaded");
    }

    private void noSuchRoute(RoutingContext rc) {
        Set<String> allowed = paths.methodsFor(rc.request().path());
        if (allowed.isEmpty()) {
            Problems.status(rc, 404, "There is no API route " + rc.request().method() + " " + rc.request().path());
        } else {
            rc.response().putHeader("Allow", String.join(", ", allowed));
            Problems.status(rc, 405, rc.request().method() + " is not allowed on " + rc.request().path()
                    + "; it takes " + String.join(", ", allowed));
        }
    }

    private static void failure(RoutingContext rc) {
        if (rc.failure() != null) {
            Problems.respond(rc, rc.failure());
        } else if (rc.statusCode() == 413) {
            // The body handler fails an oversized upload here, before the router's own 413 handler is reached.
            Problems.status(rc, 413, "The request body is larger than " + BODY_LIMIT + " bytes");
        } else {
            Problems.status(rc, rc.statusCode() < 400 ? 500 : rc.statusCode(), "The request failed");
        }
    }
}
