package io.assay.edge;

import io.assay.edge.attachments.AttachmentStore;
import io.assay.edge.clients.Appointments;
import io.assay.edge.clients.ClientBook;
import io.assay.edge.clients.ClientModule;
import io.assay.edge.clients.OnlineVisitors;
import io.assay.edge.clock.DueWork;
import io.assay.edge.config.AssayConfig;
import io.assay.edge.demo.DemoClients;
import io.assay.edge.demo.DemoCounterStock;
import io.assay.edge.demo.DemoDevices;
import io.assay.edge.demo.DemoHq;
import io.assay.edge.devices.CounterDevices;
import io.assay.edge.devices.DeviceManager;
import io.assay.edge.devices.DeviceMetrics;
import io.assay.edge.devices.Drivers;
import io.assay.edge.devices.EventBusDeviceEvents;
import io.assay.edge.devices.GpioDrawers;
import io.assay.edge.demo.DemoSeeder;
import io.assay.edge.demo.SeedReport;
import io.assay.edge.demo.DemoStaff;
import io.assay.edge.demo.DemoTerms;
import io.assay.edge.hq.ClickAndCollect;
import io.assay.edge.hq.Downlink;
import io.assay.edge.hq.HqBook;
import io.assay.edge.hq.HqDue;
import io.assay.edge.hq.HqCommands;
import io.assay.edge.hq.HqInbox;
import io.assay.edge.hq.Market;
import io.assay.edge.hq.OnlineInterests;
import io.assay.edge.hq.PriceChanges;
import io.assay.edge.hq.Transfers;
import io.assay.edge.http.ApiContract;
import io.assay.edge.http.ApiDependencies;
import io.assay.edge.http.ApiRoute;
import io.assay.edge.http.ApiVerticle;
import io.assay.edge.index.PieceQuery;
import io.assay.edge.index.SerialIndex;
import io.assay.edge.inventory.InventoryService;
import io.assay.edge.inventory.LocationCatalog;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.journal.Journal;
import io.assay.edge.journal.JournalEvent;
import io.assay.edge.metrics.Metrics;
import io.assay.edge.metrics.MicrometerStoreMetrics;
import io.assay.edge.relay.Relay;
import io.assay.edge.relay.RelayMetrics;
import io.assay.edge.staff.EnrolmentCode;
import io.assay.edge.staff.SecretHash;
import io.assay.edge.staff.StaffDirectory;
import io.assay.edge.staff.StaffService;
import io.assay.edge.sales.SaleHistory;
import io.assay.edge.sales.SalesBook;
import io.assay.edge.store.Committed;
import io.assay.edge.store.Database;
import io.assay.edge.store.MapDbClientStore;
import io.assay.edge.store.MapDbHqStore;
import io.assay.edge.store.MapDbInventoryStore;
import io.assay.edge.store.MapDbSalesStore;
import io.assay.edge.store.MapDbStaffStore;
import io.assay.edge.store.Writer;
import io.micrometer.core.instrument.Gauge;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import java.io.IOException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running appliance: opens the store, builds the index, starts the writer and the HTTP server, and
 * stops them in reverse order. {@link #close()} is what SIGTERM runs.
 */
public final class AssayApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AssayApp.class);
    /**
     * Event bus address where each committed journal event is announced, its {@code seq}, {@code type} and
     * {@code subject} in headers and no body: the relay wakes on it; whoever needs the event reads the journal.
     */
    public static final String JOURNAL_ADDRESS = "assay.journal";
    /** How often HQ's due price changes and run-out reservations are looked for: what "when due" means. */
    private static final long DUE_WORK_PERIOD_MS = 1_000;

    private final AssayConfig config;
    private final Database db;
    private final Metrics metrics;
    private final Vertx vertx;
    private final Writer writer;
    private final ApiVerticle api;
    private final String apiDeployment;
    private final SerialIndex index;
    private final StaffDirectory staff = new StaffDirectory();
    private final SalesBook sales = new SalesBook();
    private final HqBook hqBook = new HqBook();
    private final ClientBook clientBook = new ClientBook();
    /** Ends appointments whose time is over. */
    private final Appointments appointments;
    /** Applies HQ's due price changes and ends run-out reservations; null until the store is seeded. */
    private DueWork dueWork;
    private final DeviceManager devices;
    private final Relay relay;
    private String relayDeployment;
    /** The demo's simulated counter hardware, or null. */
    private final DemoDevices simulators;
    /** While the store has no owner (outside the demo): the one-time code that enrols the first one. */
    private volatile EnrolmentCode enrolment;
    private volatile boolean ready;
    private volatile boolean closed;

    private AssayApp(AssayConfig config) throws StartupException {
        this.config = config;
        long started = System.nanoTime();
        // Vert.x, the meters and the checked OpenAPI contract need nothing from the store: they come up on
        // another core while the store opens (a single-threaded phase), rather than after it.
        CompletableFuture<HttpParts> http = CompletableFuture.supplyAsync(() -> HttpParts.start(config),
                task -> new Thread(task, "assay-http-start").start());
        try {
            DataDirectory.prepare(config.dataDir());
            this.db = Database.open(config.dataDir());
        } catch (IOException e) {
            HttpParts.closeWhenStarted(http);
            throw new StartupException(e.getMessage(), e);
        } catch (StartupException | RuntimeException e) {
            HttpParts.closeWhenStarted(http);
            throw e;
        }
        Journal journal = new Journal(db, "/assay/" + config.store().tenant() + "/stores/" + config.store().id());
        this.index = new SerialIndex();
        LocationCatalog locations = new LocationCatalog();
        staff.apply(MapDbStaffStore.allMembers(db));
        sales.apply(MapDbSalesStore.everything(db));
        hqBook.apply(MapDbHqStore.everything(db));
        clientBook.apply(MapDbClientStore.everything(db));
        if (!config.demo() && !staff.hasOwner()) {
            enrolment = EnrolmentCode.random();
        }
        // Loading the stock and bringing up Vert.x with its OpenAPI router take about as long as each
        // other with a large stock: do both at once. The API answers 503 until the index is complete.
        LOG.info("store open: {} ms since start", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        // Before the load's parser gets hot, but after the store's open, which it would slow down: waking
        // JMX loads hundreds of classes. Off this thread, so the load starts at once.
        new Thread(LoadCompilation::keepOptimisingCompilerOff, "assay-load-compilation").start();
        CompletableFuture<Void> loading = CompletableFuture.runAsync(() -> {
            long loadStarted = System.nanoTime();
            List<Piece> pieces = MapDbInventoryStore.allPieces(db);
            long read = System.nanoTime();
            index.upsertAll(pieces);
            locations.putAll(MapDbInventoryStore.allLocations(db));
            LOG.info("stock loaded: {} pieces read in {} ms, indexed in {} ms", pieces.size(),
                    TimeUnit.NANOSECONDS.toMillis(read - loadStarted), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - read));
        }, task -> new Thread(task, "assay-index-load").start());
        // The index answers once the load is in; its text words and range buckets finish aside, and a
        // query that needs them waits for them meanwhile (SerialIndex#upsertAll).
        loading.thenRun(() -> {
            index.awaitAsideWork();
            LOG.info("text words and price and weight ranges indexed: {} ms since start",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        });

        HttpParts parts;
        try {
            parts = http.join();
        } catch (CompletionException e) {
            loading.exceptionally(ignored -> null).join();
            db.close();
            throw new StartupException("cannot start Vert.x: " + rootMessage(e), e);
        }
        this.metrics = parts.metrics();
        this.vertx = parts.vertx();
        registerGauges(journal);
        this.writer = new Writer(db, journal, Clock.systemUTC(), committed -> afterCommit(committed, locations),
                new MicrometerStoreMetrics(metrics.registry()), config.maxBatch());
        AttachmentStore attachments;
        try {
            attachments = new AttachmentStore(config.dataDir());
        } catch (IOException e) {
            loading.exceptionally(ignored -> null).join();
            closeQuietly();
            throw new StartupException("cannot create the attachments directory in " + config.dataDir() + ": " + e.getMessage(), e);
        }
        InventoryService inventory = new InventoryService(attachments::exists);
        // The demo drives simulated devices unless the configuration lists real ones.
        this.simulators = config.demo() && !config.devices().configured() ? DemoDevices.start(config.dataDir()) : null;
        AssayConfig.Devices hardware = simulators == null ? config.devices() : simulators.devices(config.devices());
        this.devices = new DeviceManager(hardware.devices(), new Drivers(new GpioDrawers()), new EventBusDeviceEvents(vertx.eventBus()),
                Clock.systemUTC());
        DeviceMetrics.bind(devices, metrics.registry());
        CounterDevices counter = new CounterDevices(devices, hardware.registers());
        ClickAndCollect clickAndCollect = new ClickAndCollect(inventory);
        PriceChanges priceChanges = new PriceChanges(inventory, config.store().currency(),
                style -> index.byStyle(style).stream().map(Piece::serial).toList());
        Transfers transfers = new Transfers(inventory, config.store().id());
        ClientModule clients = ClientModule.of(clientBook, sales, index, inventory, config.clients().tiers(), config.clients().loyalty(),
                config.store().currency(),
                config.store().timeZone());
        HqCommands hqCommands = new HqCommands(clickAndCollect, priceChanges,
                new Market(config.store().currency(), code -> config.sales().terms().exchangeRates().get(code)), transfers,
                new OnlineInterests(new OnlineVisitors(clientBook, clients.service())));
        this.appointments = clients.appointments();
        Downlink downlink = new Downlink(new HqInbox(config.store().tenant(), config.store().id()), writer, hqCommands, metrics.registry());
        this.relay = new Relay(config, journal, index, JOURNAL_ADDRESS, downlink, Clock.systemUTC());
        RelayMetrics.bind(relay, metrics.registry(), Clock.systemUTC());
        this.api = new ApiVerticle(new ApiDependencies(config, writer, inventory, index, locations, journal, metrics,
                attachments, staff, sales, devices, counter, relay, hqBook, transfers, clients, () -> enrolment, () -> ready), parts.contract());
        try {
            this.apiDeployment = vertx.deployVerticle(api).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            loading.exceptionally(ignored -> null).join();
            closeQuietly();
            throw new StartupException("HTTP server cannot start on " + config.http().host() + ":" + config.http().port()
                    + ": " + rootMessage(e), e);
        }
        LOG.info("HTTP server listening: {} ms since start", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        try {
            loading.join();
        } catch (CompletionException e) {
            closeQuietly();
            throw new StartupException("cannot load the stock from " + config.dataDir() + ": " + rootMessage(e), e);
        }
        LOG.info("index built: {} pieces, {} journal events; {} ms since start", index.size(), journal.lastSeq(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        if (config.demo()) {
            // After the load: the seeder's commits update the index, which must not race the initial build.
            SeedReport seeded = DemoSeeder.seedIfEmpty(writer, inventory, db.pieces().isEmpty() && db.locations().isEmpty(),
                    config.store().currency());
            DemoStaff.seedIfNone(writer, new StaffService(config.staff().signIn()), new SecretHash(), staff);
            try {
                DemoCounterStock.seedIfNone(writer, config.store().currency(), sales.stockItems().isEmpty());
            } catch (Exception e) {
                closeQuietly();
                throw new StartupException("cannot seed the demo's counter stock: " + rootMessage(e), e);
            }
            DemoHq.seedIfFresh(writer, hqCommands, index, config.store(), seeded.seeded());
            DemoClients.seedIfFresh(writer, clients.service(), new SaleHistory(inventory, config.sales().terms(), config.store().currency()),
                    index, config.store().timeZone(), serial -> hqBook.pendingPriceChanges().stream().anyMatch(c -> serial.equals(c.serial())),
                    seeded.seeded());
        }
        devices.start();
        dueWork = new DueWork(writer, Clock.systemUTC(), List.of(new HqDue(hqBook, priceChanges, clickAndCollect),
                appointments));
        dueWork.start(DUE_WORK_PERIOD_MS);
        try {
            // After the demo's seeding and any recovery: the relay starts from the journal as committed.
            relayDeployment = vertx.deployVerticle(relay).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            closeQuietly();
            throw new StartupException("the HQ relay cannot start: " + rootMessage(e), e);
        }
        if (simulators != null) {
            simulators.layPiecesOnThePad(index);
        }
        ready = true;
        if (enrolment != null) {
            // The one place this code is ever shown: whoever can read the appliance's log may make the owner.
            LOG.warn("no owner yet: enrol one at http://{}:{}/ with the one-time code {} (a new code at each start until then)",
                    config.http().host(), api.port(), enrolment.display());
        }
        LOG.info("ready in {} ms: http://{}:{}/", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                config.http().host(), api.port());
    }

    /** The one-time enrolment code while the store has no owner, as the log shows it. */
    public Optional<String> enrolmentCode() {
        EnrolmentCode code = enrolment;
        return code == null || code.used() ? Optional.empty() : Optional.of(code.display());
    }

    /** Starts the appliance and returns once it is ready to serve. */
    public static AssayApp start(AssayConfig config) throws StartupException {
        return new AssayApp(config.demo() ? DemoTerms.withDemoMarket(config) : config);
    }

    public int httpPort() {
        return api.port();
    }

    /** Every API operation the HTTP router serves. */
    public List<ApiRoute> apiRoutes() {
        return api.routes();
    }

    public AssayConfig config() {
        return config;
    }

    public Vertx vertx() {
        return vertx;
    }

    /** Stops taking requests, lets those in flight finish, commits what is queued, closes the store. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        ready = false;
        LOG.info("stopping: no new requests; finishing those in flight");
        try {
            vertx.undeploy(apiDeployment).toCompletionStage().toCompletableFuture().get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("HTTP server did not stop cleanly: {}", rootMessage(e));
        }
        if (relayDeployment != null) {
            try {
                vertx.undeploy(relayDeployment).toCompletionStage().toCompletableFuture().get(15, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warn("HQ relay did not stop cleanly: {}", rootMessage(e));
            }
        }
        closeQuietly();
        LOG.info("stopped; store closed cleanly");
    }

    private void closeQuietly() {
        if (dueWork != null) {
            dueWork.close();
        }
        if (devices != null) {
            devices.close();
        }
        if (simulators != null) {
            simulators.close();
        }
        writer.close();
        db.close();
        Future<Void> closing = vertx.close();
        try {
            closing.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("Vert.x did not close cleanly: {}", rootMessage(e));
        }
        metrics.close();
    }

    /** What the HTTP side needs that the store does not: started together, closed together on failure. */
    private record HttpParts(Vertx vertx, Metrics metrics, ApiContract contract) {

        static HttpParts start(AssayConfig config) {
            Vertx vertx = Vertx.builder().build();
            try {
                // The contract is checked on Vert.x's threads while the meters are made here.
                ApiContract contract = ApiContract.load(vertx);
                return new HttpParts(vertx, new Metrics(config.store().tenant(), config.store().id()), contract);
            } catch (RuntimeException | Error e) {
                vertx.close();
                throw e;
            }
        }

        static void closeWhenStarted(CompletableFuture<HttpParts> starting) {
            try {
                HttpParts parts = starting.join();
                parts.metrics().close();
                parts.vertx().close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warn("Vert.x did not close cleanly: {}", rootMessage(e));
            }
        }
    }

    private void afterCommit(Committed committed, LocationCatalog locations) {
        staff.apply(committed.staff());
        sales.apply(committed.documents());
        hqBook.apply(committed.documents());
        clientBook.apply(committed.documents());
        index.upsertAll(committed.pieces());
        locations.putAll(committed.locations());
        // Headers only: serialising every event again on the writer's thread would cost the write path
        // for readers that mostly need to know that something was committed.
        for (JournalEvent event : committed.events()) {
            vertx.eventBus().publish(JOURNAL_ADDRESS, null, new DeliveryOptions().addHeader("seq", Long.toString(event.seq()))
                    .addHeader("type", event.type()).addHeader("subject", event.subject() == null ? "" : event.subject()));
        }
    }

    private void registerGauges(Journal journal) {
        for (PieceStatus status : EnumSet.allOf(PieceStatus.class)) {
            PieceQuery query = new PieceQuery(null, EnumSet.of(status), null, null, null, null, null, null, null, null,
                    null, null, null, null, null);
            Gauge.builder("assay.pieces", index, i -> i.count(query))
                    .description("Pieces by status")
                    .tag("status", status.label())
                    .register(metrics.registry());
        }
        Gauge.builder("assay.journal.length", journal, Journal::lastSeq)
                .description("Events in the journal (the last sequence number)")
                .register(metrics.registry());
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
