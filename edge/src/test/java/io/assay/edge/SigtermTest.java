package io.assay.edge;

import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.config.AssayConfig;
import io.assay.edge.json.Json;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.AppProcess;
import io.assay.edge.support.TestStaff;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while registers are busy: the appliance stops taking requests, finishes those in flight, and
 * closes the store; afterwards every acknowledged change is there and the store opens and verifies.
 */
class SigtermTest {

    private static final int REGISTERS = 6;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void sigtermUnderLoadLosesNothingAcknowledgedAndClosesTheStoreCleanly() throws Exception {
        Path data = dir.resolve("data");
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        List<String> unexpected = new CopyOnWriteArrayList<>();
        AtomicInteger refusedWhileStopping = new AtomicInteger();
        Map<String, Integer> cutOff = new ConcurrentHashMap<>();
        int exit;
        String output;
        try (AppProcess app = AppProcess.start(dir, Map.of("ASSAY_HTTP_HOST", "127.0.0.1", "ASSAY_HTTP_PORT", "0",
                "ASSAY_DATA_DIR", data.toString()))) {
            ApiClient api = TestStaff.owner(app.awaitPort(Duration.ofSeconds(60)), app.enrolmentCode());
            assertThat(api.post("/api/v1/locations", location("case-1", "case")).status()).isEqualTo(201);
            CountDownLatch busy = new CountDownLatch(100);
            List<Thread> registers = new ArrayList<>();
            for (int r = 0; r < REGISTERS; r++) {
                String prefix = "S" + r + "-";
                Thread register = new Thread(() -> enterAndReserve(api, prefix, acknowledged, busy, unexpected,
                        refusedWhileStopping, cutOff), "register-" + r);
                register.start();
                registers.add(register);
            }
            assertThat(busy.await(60, TimeUnit.SECONDS)).as("registers got answers").isTrue();

            app.terminate();

            exit = app.awaitExit(Duration.ofSeconds(60));
            for (Thread register : registers) {
                register.join(TimeUnit.SECONDS.toMillis(60));
                assertThat(register.isAlive()).as(register.getName() + " stopped").isFalse();
            }
            output = app.stdout();
        }

        System.out.printf("SigtermTest: %d changes acknowledged, %d refused while stopping, %d cut off%n",
                acknowledged.values().stream().mapToInt(Integer::intValue).sum(), refusedWhileStopping.get(), cutOff.size());
        assertThat(exit).isEqualTo(143);
        assertThat(output).contains("stopping: no new requests", "stopped; store closed cleanly");
        assertThat(unexpected).isEmpty();
        try (AssayApp reopened = AssayApp.start(AssayConfig.forTest(data, false))) {
            ApiClient api = TestStaff.owner(reopened.httpPort(), reopened.enrolmentCode());
            acknowledged.forEach((serial, version) -> {
                JsonNode piece = api.get("/api/v1/items/" + serial).json();
                assertThat(piece.path("version").asInt()).as(serial).isGreaterThanOrEqualTo(version);
                if (version == 2) {
                    assertThat(piece.path("status").asText()).as(serial).isEqualTo("reserved");
                }
            });
            // A request cut off by the server's GOAWAY was, by HTTP/2's rule, not processed.
            cutOff.forEach((serial, version) -> {
                ApiResponse piece = api.get("/api/v1/items/" + serial);
                if (version == 1) {
                    assertThat(piece.status()).as(serial + " cut off while entered").isEqualTo(404);
                } else {
                    assertThat(piece.json().path("version").asInt()).as(serial + " cut off while reserved").isEqualTo(1);
                }
            });
            JsonNode verification = api.get("/api/v1/journal/verify").json();
            assertThat(verification.path("ok").asBoolean()).as(verification.toString()).isTrue();
            int pieces = api.get("/api/v1/items/count").json().path("count").asInt();
            int reserved = api.get("/api/v1/items/count?status=reserved").json().path("count").asInt();
            // Nothing half-applied: the owner's enrolment and two sign-ins (before and after the restart), one
            // location event, then one event per piece and per reservation.
            assertThat(verification.path("count").asInt()).isEqualTo(3 + 1 + pieces + reserved);
            assertThat(pieces).isGreaterThanOrEqualTo((int) acknowledged.keySet().stream().count());
        }
    }

    /** A register entering pieces and reserving each, until the appliance stops answering. */
    private static void enterAndReserve(ApiClient api, String prefix, Map<String, Integer> acknowledged,
                                        CountDownLatch busy, List<String> unexpected, AtomicInteger refused,
                                        Map<String, Integer> cutOff) {
        for (int n = 0; ; n++) {
            String serial = prefix + n;
            int attempted = 1;
            try {
                ApiResponse created = api.post("/api/v1/items", ring(serial, null, "case-1"));
                if (!answered(created, 201, serial, acknowledged, 1, unexpected, refused)) {
                    return;
                }
                busy.countDown();
                attempted = 2;
                ApiResponse reserved = api.patch("/api/v1/items/" + serial, Json.mapper().createObjectNode().put("status", "reserved"));
                if (!answered(reserved, 200, serial, acknowledged, 2, unexpected, refused)) {
                    return;
                }
            } catch (UncheckedIOException stopped) {
                // The server no longer takes requests (HTTP/2 GOAWAY, or a refused connection).
                cutOff.put(serial, attempted);
                return;
            }
        }
    }

    private static boolean answered(ApiResponse response, int success, String serial, Map<String, Integer> acknowledged,
                                    int version, List<String> unexpected, AtomicInteger refused) {
        if (response.status() == success) {
            acknowledged.put(serial, version);
            return true;
        }
        if (response.status() == 503) {
            refused.incrementAndGet();
        } else {
            unexpected.add(serial + ": " + response);
        }
        return false;
    }
}
