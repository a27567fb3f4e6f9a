package io.assay.edge.relay;

import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.staff.Role;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.RunningApp;
import io.assay.edge.support.mqtt.AsyncApiContract;
import io.assay.edge.support.mqtt.HqClient;
import io.assay.edge.support.mqtt.HqLink;
import io.assay.edge.support.mqtt.MosquittoBroker;
import java.nio.charset.StandardCharsets;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The journal reaches HQ through a real Mosquitto over TLS, the appliance proving who it is with its own
 * certificate: every event, in order, once or more but never lost, through a broker outage and an
 * appliance restart.
 */
@Timeout(240)
class RelayTest {

    private static final String STORE = "store-042";
    private static final String EVENTS = "assay/v1/acme/stores/" + STORE + "/events/#";

    private final HqLink link = HqLink.start(STORE);
    private final MosquittoBroker broker = link.broker();
    private final HqClient hq = link.hq();

    @RegisterExtension
    final RunningApp running = new RunningApp(link.appliance());

    RelayTest() throws Exception {
        hq.subscribe(EVENTS);
        hq.subscribe("assay/v1/acme/stores/" + STORE + "/status");
    }

    @AfterEach
    void brokerDown() {
        link.close();
    }

    @Test
    void everyEventReachesHqInOrderAsTheContractSays() {
        ApiClient owner = running.client();
        importPieces(owner, 0, 50);

        long last = lastSeq(owner);
        await().atMost(Duration.ofSeconds(20)).until(() -> events().size() >= last);
        List<HqClient.Received> events = events();
        AsyncApiContract contract = AsyncApiContract.load();
        Set<String> ids = new HashSet<>();
        long expected = 1;
        for (HqClient.Received message : events) {
            contract.check(message.topic(), message.payload());
            JsonNode event = json(message.payload());
            assertThat(event.path("data").path("seq").asLong()).as("in journal order").isEqualTo(expected++);
            assertThat(ids.add(event.path("id").asText())).isTrue();
            assertThat(message.topic()).endsWith("/events/" + event.path("type").asText().substring("io.assay.".length()));
        }
        // HQ may hold the last events a moment before the broker's acknowledgements reach the appliance.
        await().atMost(Duration.ofSeconds(10)).until(() -> owner.get("/api/v1/hq/status").json().path("backlog").asLong() == 0);
        JsonNode status = owner.get("/api/v1/hq/status").json();
        assertThat(status.path("state").asText()).isEqualTo("connected");
        assertThat(status.path("backlog").asLong()).isZero();
        assertThat(status.path("lastAckedSeq").asLong()).isEqualTo(last);
        assertThat(status.path("lastReachedAt").asText()).isNotBlank();
        assertThat(running.as(Role.BENCH).get("/api/v1/hq/status").status()).isEqualTo(200);
        HqClient.Received online = hq.received().stream().filter(m -> m.topic().endsWith("/status")).reduce((a, b) -> b).orElseThrow();
        contract.check(online.topic(), online.payload());
        assertThat(json(online.payload()).path("state").asText()).isEqualTo("online");
        assertThat(running.client().get("/metrics").body()).contains("assay_relay_connected{").contains("assay_relay_backlog_events{")
                .contains("assay_relay_oldest_unacked_seconds{");
    }

    @Test
    void tenThousandEventsWithTheBrokerDownForThirtySecondsAllArriveInOrder() throws Exception {
        ApiClient owner = running.client();
        importPieces(owner, 0, 5_000);
        await().atMost(Duration.ofSeconds(60)).until(() -> events().size() >= 1_000);

        broker.stop();
        importPieces(owner, 5_000, 10_000);
        await().atMost(Duration.ofSeconds(10)).until(() -> !owner.get("/api/v1/hq/status").json().path("connected").asBoolean());
        JsonNode alone = owner.get("/api/v1/hq/status").json();
        assertThat(alone.path("backlog").asLong()).as("kept while HQ is away").isPositive();
        // The outage itself: nothing to wait for, thirty seconds of a broker that is not there.
        Thread.sleep(30_000);
        broker.restart();

        long last = lastSeq(owner);
        await().atMost(Duration.ofSeconds(90)).until(() -> distinctSeqs().size() == last);
        assertInOrderWithOnlyRepeats();
        await().atMost(Duration.ofSeconds(10)).until(() -> owner.get("/api/v1/hq/status").json().path("backlog").asLong() == 0);
    }

    @Test
    void anApplianceRestartedMidStreamLosesNothing() throws Exception {
        ApiClient owner = running.client();
        importPieces(owner, 0, 3_000);
        await().atMost(Duration.ofSeconds(60)).until(() -> events().size() >= 500);

        running.restart();
        ApiClient again = running.client();
        importPieces(again, 3_000, 4_000);

        long last = lastSeq(again);
        await().atMost(Duration.ofSeconds(90)).until(() -> distinctSeqs().size() == last);
        assertInOrderWithOnlyRepeats();
    }

    @Test
    void theStoresStockOfAStyleGoesToTheFleetAndTheFleetsComesBack() throws Exception {
        hq.subscribe("assay/v1/acme/stores/+/stock/#");
        ApiClient owner = running.client();
        assertThat(owner.post("/api/v1/locations", location("case-1", "case")).status()).isEqualTo(201);
        assertThat(owner.post("/api/v1/items", ring("R-1", null, "case-1").put("style", "EAR-PEARL-7")).status()).isEqualTo(201);

        String ours = "assay/v1/acme/stores/" + STORE + "/stock/EAR-PEARL-7";
        await().atMost(Duration.ofSeconds(20)).until(() -> hq.received().stream().anyMatch(m -> m.topic().equals(ours)
                && json(m.payload()).path("available").asInt() == 1));
        HqClient.Received stock = hq.received().stream().filter(m -> m.topic().equals(ours)).reduce((a, b) -> b).orElseThrow();
        AsyncApiContract.load().check(stock.topic(), stock.payload());
        assertThat(json(stock.payload()).path("pieces").get(0).path("serial").asText()).isEqualTo("R-1");

        // The other store says it has two pairs; the appliance hears it.
        MqttAsyncClient other = broker.connectAs("store-007");
        String theirs = "{\"store\":\"store-007\",\"style\":\"EAR-PEARL-7\",\"available\":2,\"pieces\":[],\"at\":\"2026-11-25T10:00:00Z\"}";
        other.publish("assay/v1/acme/stores/store-007/stock/EAR-PEARL-7", theirs.getBytes(StandardCharsets.UTF_8), 1, true)
                .waitForCompletion(10_000);
        other.disconnect().waitForCompletion(10_000);
        other.close();
        ApiClient associate = running.as(Role.ASSOCIATE);
        await().atMost(Duration.ofSeconds(10)).until(() -> associate.get("/api/v1/fleet/stock/EAR-PEARL-7").json().path("stores").size() == 2);
        JsonNode fleet = associate.get("/api/v1/fleet/stock/EAR-PEARL-7").json().path("stores");
        assertThat(fleet.findValuesAsText("store")).as("by store id").containsExactly("store-007", STORE);
        assertThat(fleet.get(0).path("available").asInt()).isEqualTo(2);
        assertThat(fleet.get(1).path("available").asInt()).isEqualTo(1);

        // Reserved here: the fleet hears there is none left to sell.
        assertThat(owner.send("PATCH", "/api/v1/items/R-1", "application/merge-patch+json", "{\"status\":\"reserved\"}").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> hq.received().stream().filter(m -> m.topic().equals(ours))
                .reduce((a, b) -> b).map(m -> json(m.payload()).path("available").asInt() == 0).orElse(false));
    }

    /** Seqs arrive in order; a repeat (an event in flight when the link broke) only goes back, then forward again. */
    private void assertInOrderWithOnlyRepeats() {
        long highest = 0;
        Set<Long> seen = new HashSet<>();
        for (HqClient.Received message : events()) {
            long seq = json(message.payload()).path("data").path("seq").asLong();
            if (seen.add(seq)) {
                assertThat(seq).as("a new event comes right after the highest so far").isEqualTo(highest + 1);
                highest = seq;
            }
        }
    }

    private Set<Long> distinctSeqs() {
        Set<Long> seqs = new HashSet<>();
        events().forEach(m -> seqs.add(json(m.payload()).path("data").path("seq").asLong()));
        return seqs;
    }

    private List<HqClient.Received> events() {
        return hq.received().stream().filter(m -> m.topic().contains("/events/")).toList();
    }

    private static long lastSeq(ApiClient client) {
        return client.get("/api/v1/hq/status").json().path("lastSeq").asLong();
    }

    /** Pieces {@code from} to {@code to} (exclusive) in one CSV import: one journal event each, and a location the first time. */
    private static void importPieces(ApiClient owner, int from, int to) {
        if (from == 0) {
            assertThat(owner.post("/api/v1/locations", location("case-1", "case")).status()).isEqualTo(201);
        }
        StringBuilder csv = new StringBuilder("serial,category,description,metal,fineness,weight,weightUnit,retailPrice,currency,location\r\n");
        for (int i = from; i < to; i++) {
            csv.append("R-").append(i).append(",ring,Band,gold,18k,5.2,g,100.00,USD,case-1\r\n");
        }
        ApiResponse imported = owner.send("POST", "/api/v1/items/import", "text/csv", csv.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    }

    private static JsonNode json(byte[] payload) {
        return HqLink.json(payload);
    }
}
