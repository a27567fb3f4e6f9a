package io.assay.edge.http;

import io.assay.edge.config.AssayConfig;
import io.assay.edge.sales.RegisterService;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.Operation;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP server: the REST API routed and validated from the OpenAPI document, health and metrics,
 * and the register's static files. Stops gracefully: no new requests, those in flight finish.
 */
public final class ApiVerticle extends VerticleBase {

    /**
     * How many PINs and passwords are hashed or checked at once. Each Argon2id check takes 19 MiB for tens of
     * milliseconds: a flood of sign-ins queues here instead of exhausting a Raspberry Pi's memory and the
     * worker pool that the rest of the API shares.
     */
    private static final int SECRET_CHECKS = 2;

    /** How often sessions that timed out are forgotten. */
    private static final Duration SWEEP = Duration.ofMinutes(1);


    private final ApiDependencies deps;
    private final ApiContract loaded;
    private final ApiPaths paths = new ApiPaths();
    private final Sessions sessions;
    private HttpServer server;
    private volatile Router router;
    private long sweeper = -1;
    private WorkerExecutor secretChecks;

    /** A verticle that reads and checks the OpenAPI contract when deployed. */
    public ApiVerticle(ApiDependencies deps) {
        this(deps, null);
    }

    /** A verticle on a contract already loaded (or being checked) on the Vert.x it is deployed on. */
    public ApiVerticle(ApiDependencies deps, ApiContract contract) {
        this.deps = deps;
        this.loaded = contract;
        this.sessions = new Sessions(deps.config().staff().sessionIdle(), Clock.systemUTC());
    }

    /** The port the server listens on (useful when configured as 0). */
    public int port() {
        return server.actualPort();
    }

    @Override
    public Future<?> start() {
        ApiContract api = loaded != null ? loaded : ApiContract.load(vertx);
        secretChecks = vertx.createSharedWorkerExecutor("assay-secret-checks", SECRET_CHECKS);
        Buffer published = api.published();
        return api.contract().compose(contract -> {
            RouterBuilder builder = RouterBuilder.create(vertx, contract, new StringParameterExtractor());
            builder.rootHandler(new HttpMetricsHandler(deps.metrics().registry()));
            builder.rootHandler(new StartingGate(deps.ready()));
            // Before the body handler, so that even its 413 carries them.
            builder.rootHandler(new SecurityHeaders(deps.config().http().tls() != null));
            // Before the body handler too: a request nobody may make is refused before its body is read.
            builder.rootHandler(new AccessGuard(paths, sessions, deps.staff(), deps.config()));
            BodyLimits limits = new BodyLimits(paths);
            builder.rootHandler(limits.declared());
            builder.rootHandler(BodyHandler.create().setBodyLimit(BodyLimits.LARGEST).setHandleFileUploads(false));
            builder.rootHandler(limits.received());
            bind(builder, published);
            Router router = builder.createRouter();
            this.router = router;
            router.route("/api/*").handler(this::noSuchRoute);
            router.route("/*").handler(StaticHandler.create("webroot").setCachingEnabled(false));
            router.route().failureHandler(ApiVerticle::failure);
            router.errorHandler(405, rc -> Problems.status(rc, 405, rc.request().method() + " is not allowed on " + rc.request().path()));
            router.errorHandler(413, rc -> Problems.status(rc, 413, BodyLimits.tooLarge(BodyLimits.LARGEST)));
            return vertx.createHttpServer(serverOptions(deps.config().http()))
                    .requestHandler(router)
                    .listen(deps.config().http().port(), deps.config().http().host());
        }).onSuccess(s -> {
            server = s;
            // A register left signed in overnight is otherwise swept only when its cookie comes back.
            sweeper = vertx.setPeriodic(SWEEP.toMillis(), id -> sessions.sweep());
        });
    }

    /** Compression, and TLS from the configured PEM files when there are some. */
    private static HttpServerOptions serverOptions(AssayConfig.Http http) {
        HttpServerOptions options = new HttpServerOptions().setCompressionSupported(true);
        if (http.tls() != null) {
            options.setSsl(true).setKeyCertOptions(new PemKeyCertOptions()
                    .setCertPath(http.tls().certificate().toString())
                    .setKeyPath(http.tls().key().toString()));
        }
        return options;
    }

    /** The operations the router serves, as it holds them: for tests that must cover every route. */
    public List<ApiRoute> routes() {
        List<ApiRoute> routes = new ArrayList<>();
        for (Route route : router.getRoutes()) {
            Object operation = route.getMetadata(RouterBuilder.KEY_META_DATA_OPERATION);
            if (operation instanceof Operation op && route.methods() != null) {
                route.methods().forEach(method -> routes.add(new ApiRoute(op.getOperationId(), method.name(), route.getPath())));
            }
        }
        return routes;
    }

    @Override
    public Future<?> stop() {
        vertx.cancelTimer(sweeper);
        secretChecks.close();
        return server == null ? Future.succeededFuture() : server.shutdown(10, TimeUnit.SECONDS);
    }

    private void bind(RouterBuilder builder, Buffer published) {
        Approvals approvals = new Approvals(deps, secretChecks);
        ItemRoutes items = new ItemRoutes(deps, approvals);
        LocationRoutes locations = new LocationRoutes(deps);
        JournalRoutes journal = new JournalRoutes(deps);
        HealthRoutes health = new HealthRoutes(deps);
        ImportExportRoutes transfer = new ImportExportRoutes(deps);
        AttachmentRoutes attachments = new AttachmentRoutes(deps);
        StoreRoutes store = new StoreRoutes(deps);
        SessionRoutes session = new SessionRoutes(deps, sessions, secretChecks);
        EnrolmentRoutes enrolment = new EnrolmentRoutes(deps, secretChecks);
        AuditRoutes audit = new AuditRoutes(deps);
        StaffRoutes staff = new StaffRoutes(deps, secretChecks);
        RegisterService registerService = new RegisterService(deps.config().store().currency(), deps.config().sales().registers());
        RegisterRoutes registers = new RegisterRoutes(deps, registerService, approvals);
        SaleRoutes sales = new SaleRoutes(deps, registerService, approvals);
        StockItemRoutes stockItems = new StockItemRoutes(deps);
        LayawayRoutes layaways = new LayawayRoutes(deps, registerService);
        DeviceRoutes devices = new DeviceRoutes(vertx, deps);
        HqRoutes hq = new HqRoutes(deps);
        HqBookRoutes hqBook = new HqBookRoutes(deps);
        TransferRoutes storeTransfers = new TransferRoutes(deps);
        MarketRoutes market = new MarketRoutes(deps);
        ClientRoutes clients = new ClientRoutes(deps);
        Map<String, Handler<RoutingContext>> handlers = Map.ofEntries(
                Map.entry("enrolOwner", enrolment::enrol),
                Map.entry("createSession", session::signIn),
                Map.entry("getSession", session::current),
                Map.entry("deleteSession", session::signOut),
                Map.entry("getStore", store::get),
                Map.entry("listStaff", staff::list),
                Map.entry("createStaff", staff::create),
                Map.entry("changeStaffRole", staff::changeRole),
                Map.entry("unlockStaff", staff::unlock),
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
                Map.entry("listRegisters", registers::list),
                Map.entry("openRegister", registers::open),
                Map.entry("closeRegister", registers::close),
                Map.entry("registerReport", registers::xReport),
                Map.entry("moveCash", registers::moveCash),
                Map.entry("noSale", registers::noSale),
                Map.entry("getReceipt", sales::receipt),
                Map.entry("getReceiptBarcode", sales::receiptBarcode),
                Map.entry("printReceipt", sales::printReceipt),
                Map.entry("hqStatus", hq::status),
                Map.entry("fleetStock", hq::fleetStock),
                Map.entry("listReservations", hqBook::reservations),
                Map.entry("listPriceChanges", hqBook::priceChanges),
                Map.entry("listInterests", hqBook::interests),
                Map.entry("getMarket", market::get),
                Map.entry("listTransfers", storeTransfers::list),
                Map.entry("receiveTransfer", storeTransfers::receive),
                Map.entry("createClient", clients::create),
                Map.entry("searchClients", clients::search),
                Map.entry("getClient", clients::get),
                Map.entry("patchClient", clients::patch),
                Map.entry("addClientNote", clients::addNote),
                Map.entry("addClientWish", clients::addWish),
                Map.entry("removeClientWish", clients::removeWish),
                Map.entry("setClientTier", clients::setTier),
                Map.entry("mergeClients", clients::merge),
                Map.entry("exportClient", clients::export),
                Map.entry("eraseClient", clients::erase),
                Map.entry("clientRecommendations", clients::recommendations),
                Map.entry("upcomingMilestones", clients::upcoming),
                Map.entry("clientelingDay", clients::day),
                Map.entry("bookAppointment", clients::bookAppointment),
                Map.entry("listAppointments", clients::listAppointments),
                Map.entry("cancelAppointment", clients::cancelAppointment),
                Map.entry("convertRingSize", clients::ringSizes),
                Map.entry("listDevices", devices::list),
                Map.entry("getDevice", devices::get),
                Map.entry("streamDeviceEvents", devices::stream),
                Map.entry("tareScale", devices::tare),
                Map.entry("zeroScale", devices::zero),
                Map.entry("runInventory", devices::inventory),
                Map.entry("weighItem", devices::weigh),
                Map.entry("createReturn", sales::createReturn),
                Map.entry("getReturn", sales::getReturn),
                Map.entry("createReturnWithoutReceipt", sales::createReturnWithoutReceipt),
                Map.entry("getCreditAccount", sales::creditAccount),
                Map.entry("createLayaway", layaways::create),
                Map.entry("payLayaway", layaways::pay),
                Map.entry("cancelLayaway", layaways::cancel),
                Map.entry("getLayaway", layaways::get),
                Map.entry("overdueLayaways", layaways::overdue),
                Map.entry("createSale", sales::create),
                Map.entry("getSale", sales::get),
                Map.entry("findSales", sales::find),
                Map.entry("voidSale", sales::voidSale),
                Map.entry("listLayaways", layaways::list),
                Map.entry("quoteSale", sales::quote),
                Map.entry("listStockItems", stockItems::list),
                Map.entry("createStockItem", stockItems::create),
                Map.entry("readChanges", journal::changes),
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
            paths.add(route.getOperation().getOpenAPIPath(), route.getOperation().getHttpMethod().name(), id);
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
                // application/merge-patch+json bodies.) Their only parameters are the serial, a path segment,
                // and the optional approval headers, which Approvals reads and checks itself.
                route.setDoValidation(false);
            }
            // AccessGuard checks the session on every route, before the body is read; the contract's
            // security section documents the same for clients.
            route.setDoSecurity(false);
            route.addHandler(handler);
            route.addFailureHandler(ApiVerticle::failure);
        });
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
            Problems.status(rc, 413, BodyLimits.tooLarge(BodyLimits.LARGEST));
        } else {
            Problems.status(rc, rc.statusCode() < 400 ? 500 : rc.statusCode(), "The request failed");
        }
    }
}
