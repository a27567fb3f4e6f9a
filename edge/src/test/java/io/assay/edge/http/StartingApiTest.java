package io.assay.edge.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.assay.edge.attachments.AttachmentStore;
import io.assay.edge.config.AssayConfig;
import io.assay.edge.devices.CounterDevices;
import io.assay.edge.devices.DeviceEvents;
import io.assay.edge.devices.DeviceManager;
import io.assay.edge.clients.ClientBook;
import io.assay.edge.clients.ClientModule;
import io.assay.edge.clients.Loyalty;
import io.assay.edge.clients.Tiers;
import io.assay.edge.hq.HqBook;
import io.assay.edge.relay.Relay;
import io.assay.edge.inventory.LocationCatalog;
import io.assay.edge.metrics.Metrics;
import io.assay.edge.sales.SalesBook;
import io.assay.edge.staff.StaffDirectory;
import io.assay.edge.store.WriteRig;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP server listens while the stock is still being loaded into the index: until the appliance says
 * it is ready, the API answers 503 rather than from a partial index, and the health check says why.
 */
class StartingApiTest {

    @TempDir
    Path dir;

    @Test
    void theApiAnswers503UntilTheIndexIsCompleteThenServes() throws Exception {
        AtomicBoolean ready = new AtomicBoolean(false);
        Vertx vertx = Vertx.vertx();
        try (WriteRig rig = new WriteRig(dir, 16); Metrics metrics = new Metrics("test", "test");
                DeviceManager devices = new DeviceManager(List.of(), (spec, opened) -> null, DeviceEvents.NONE, Clock.systemUTC())) {
            ApiVerticle api = new ApiVerticle(new ApiDependencies(AssayConfig.forTest(dir, false), rig.writer,
                    rig.inventory, rig.index, new LocationCatalog(), rig.journal, metrics, new AttachmentStore(dir), new StaffDirectory(), new SalesBook(),
                    devices, new CounterDevices(devices, List.of()), new Relay(AssayConfig.forTest(dir, false), rig.journal, rig.index, "journal", null, Clock.systemUTC()),
                    new HqBook(), null, ClientModule.of(new ClientBook(), new SalesBook(), rig.index, rig.inventory, Tiers.DEFAULTS,
                            Loyalty.DEFAULTS, Currency.getInstance("USD"), ZoneId.of("UTC")),
                    () -> null, ready::get));
            vertx.deployVerticle(api).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            ApiClient client = new ApiClient(api.port());

            ApiResponse starting = client.get("/api/v1/items/count");
            assertThat(starting.status()).isEqualTo(503);
            assertThat(starting.contentType()).startsWith("application/problem+json");
            assertThat(starting.header("Retry-After")).isEqualTo("1");
            assertThat(client.get("/health/ready").status()).isEqualTo(503);
            assertThat(client.get("/health/live").status()).isEqualTo(200);

            ready.set(true);
            // Past the gate, the session check answers: nobody is signed in on this client.
            assertThat(client.get("/api/v1/items/count").status()).isEqualTo(401);
            assertThat(client.get("/health/ready").status()).isEqualTo(200);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
