package io.assay.edge.relay;

import static io.assay.edge.support.TestPieces.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.json.Json;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.AppProcess;
import io.assay.edge.support.TestStaff;
import io.assay.edge.support.mqtt.ClientCert;
import io.assay.edge.support.mqtt.HqClient;
import io.assay.edge.support.mqtt.HqLink;
import io.assay.edge.support.mqtt.MosquittoBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The appliance killed (SIGKILL) while the relay streams to HQ, then started again on the same data
 * directory: HQ ends up with every event, in order; the only repeats are events the dead appliance had
 * not recorded as acknowledged, and they come again right after the last one it had.
 */
@Timeout(180)
class RelayKillNineTest {

    private static final String STORE = "store-042";

    @TempDir
    Path dir;

    @Test
    void anApplianceKilledMidStreamLosesNothingAndRepeatsOnlyWhatWasUnacknowledged() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start(dir.resolve("broker"))) {
            HqClient hq = broker.hq();
            hq.subscribe("assay/v1/acme/stores/" + STORE + "/events/#");
            Map<String, String> env = environment(broker, broker.clientCert(STORE));

            long seenBeforeKill;
            try (AppProcess first = AppProcess.start(dir, env)) {
                int port = first.awaitPort(Duration.ofSeconds(60));
                ApiClient owner = TestStaff.owner(port, first.enrolmentCode());
                assertThat(owner.post("/api/v1/locations", location("case-1", "case")).status()).isEqualTo(201);
                importPieces(owner, 0, 4_000);
                await().atMost(Duration.ofSeconds(60)).until(() -> seqs(hq).size() >= 400);
                // Mid-stream: thousands still to send, some in flight.
            }
            seenBeforeKill = seqs(hq).size();
            // What the dead appliance had recorded as acknowledged: nothing at or below it may come twice.
            long pointerAtKill = Long.parseLong(Files.readString(dir.resolve("data").resolve("relay.pointer")).trim());

            try (AppProcess second = AppProcess.start(dir, env)) {
                int port = second.awaitPort(Duration.ofSeconds(60));
                ApiClient owner = TestStaff.owner(port, Optional.empty());
                importPieces(owner, 4_000, 5_000);
                long last = owner.get("/api/v1/hq/status").json().path("lastSeq").asLong();

                await().atMost(Duration.ofSeconds(90)).until(() -> new HashSet<>(seqs(hq)).size() == last);
                List<Long> arrived = seqs(hq);
                long highest = 0;
                int repeats = 0;
                Set<Long> seen = new HashSet<>();
                for (long seq : arrived) {
                    if (seen.add(seq)) {
                        assertThat(seq).as("a new event comes right after the highest so far").isEqualTo(highest + 1);
                        highest = seq;
                    } else {
                        repeats++;
                        assertThat(seq).as("only events not recorded as acknowledged come twice").isGreaterThan(pointerAtKill);
                    }
                }
                assertThat(seenBeforeKill).as("killed mid-stream").isLessThan(last);
                assertThat(pointerAtKill).as("the pointer had moved before the kill").isPositive();
                assertThat(repeats).as("repeats, each above the pointer at the kill (%d), of %d deliveries", pointerAtKill, arrived.size())
                        .isLessThan(arrived.size());
                assertThat(owner.get("/api/v1/hq/status").json().path("backlog").asLong()).isZero();
            }
        }
    }

    @Test
    void commandsArrivingWhileTheApplianceIsKilledAreEachAppliedExactlyOnce() throws Exception {
        int commands = 300;
        try (MosquittoBroker broker = MosquittoBroker.start(dir.resolve("broker"))) {
            HqClient hq = broker.hq();
            hq.subscribe("assay/v1/acme/stores/" + STORE + "/events/#");
            Map<String, String> env = environment(broker, broker.clientCert(STORE));
            String topic = "assay/v1/acme/stores/" + STORE + "/commands/reservation";

            try (AppProcess first = AppProcess.start(dir, env)) {
                int port = first.awaitPort(Duration.ofSeconds(60));
                ApiClient owner = TestStaff.owner(port, first.enrolmentCode());
                assertThat(owner.post("/api/v1/locations", location("case-1", "case")).status()).isEqualTo(201);
                importPieces(owner, 0, commands);
                await().atMost(Duration.ofSeconds(30)).until(() -> owner.get("/api/v1/hq/status").json().path("connected").asBoolean());
                for (int i = 0; i < commands; i++) {
                    hq.publish(topic, "{\"id\":\"res-" + i + "\",\"kind\":\"reservation\",\"issuedAt\":\"2026-11-25T10:00:00Z\","
                            + "\"payload\":{\"serial\":\"R-" + i + "\",\"client\":{\"name\":\"Online client " + i + "\"},"
                            + "\"until\":\"2099-01-01T00:00:00Z\"}}", false);
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> answers(hq).size() >= 20);
                // Killed while the rest are still arriving and being applied.
            }
            int answeredBeforeKill = answers(hq).size();

            try (AppProcess second = AppProcess.start(dir, env)) {
                int port = second.awaitPort(Duration.ofSeconds(60));
                ApiClient owner = TestStaff.owner(port, Optional.empty());
                await().atMost(Duration.ofSeconds(90)).until(() -> answers(hq).size() == commands);

                Map<String, List<JsonNode>> bySubject = new HashMap<>();
                answers(hq).values().forEach(a -> bySubject.computeIfAbsent(a.path("subject").asText(), k -> new ArrayList<>()).add(a));
                assertThat(bySubject).hasSize(commands);
                assertThat(bySubject.values()).allSatisfy(answered -> {
                    assertThat(answered).as("one answer per command").hasSize(1);
                    assertThat(answered.get(0).path("type").asText()).as(answered.get(0).toString()).isEqualTo("io.assay.hq.command-accepted");
                });
                assertThat(answeredBeforeKill).as("killed mid-stream").isLessThan(commands);
                for (int i = 0; i < commands; i += 37) {
                    assertThat(owner.get("/api/v1/items/R-" + i).json().path("status").asText()).isEqualTo("reserved");
                }
            }
        }
    }

    /** HQ's answers received so far, one per journal event (the relay may deliver an event twice), by event id. */
    private static Map<String, JsonNode> answers(HqClient hq) {
        Map<String, JsonNode> answers = new HashMap<>();
        for (HqClient.Received message : hq.received()) {
            JsonNode event = HqLink.json(message.payload());
            if (event.path("type").asText().startsWith("io.assay.hq.command-")) {
                answers.put(event.path("id").asText(), event);
            }
        }
        return answers;
    }

    private static List<Long> seqs(HqClient hq) {
        List<Long> seqs = new ArrayList<>();
        for (HqClient.Received message : hq.received()) {
            try {
                JsonNode event = Json.mapper().readTree(message.payload());
                seqs.add(event.path("data").path("seq").asLong());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seqs;
    }

    private Map<String, String> environment(MosquittoBroker broker, ClientCert device) {
        Map<String, String> env = new HashMap<>();
        env.put("ASSAY_HTTP_HOST", "127.0.0.1");
        env.put("ASSAY_HTTP_PORT", "0");
        env.put("ASSAY_DATA_DIR", dir.resolve("data").toString());
        env.put("ASSAY_TENANT", "acme");
        env.put("ASSAY_STORE_ID", STORE);
        env.put("ASSAY_HQ_BROKER", broker.url());
        env.put("ASSAY_HQ_CA_CERT", broker.caCert().toString());
        env.put("ASSAY_HQ_CLIENT_CERT", device.cert().toString());
        env.put("ASSAY_HQ_CLIENT_KEY", device.key().toString());
        env.put("ASSAY_HQ_RECONNECT_MAX_SECONDS", "1");
        return env;
    }

    private static void importPieces(ApiClient owner, int from, int to) {
        StringBuilder csv = new StringBuilder("serial,category,description,metal,fineness,weight,weightUnit,retailPrice,currency,location\r\n");
        for (int i = from; i < to; i++) {
            csv.append("R-").append(i).append(",ring,Band,gold,18k,5.2,g,100.00,USD,case-1\r\n");
        }
        ApiResponse imported = owner.send("POST", "/api/v1/items/import", "text/csv", csv.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    }
}
