package io.assay.edge.http;

import static io.assay.edge.http.ItemApiTest.status;
import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.json.Json;
import io.assay.edge.store.Database;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.RunningApp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The journal over HTTP: CloudEvents with a sequence, an actor and a hash chain, read page by page, and
 * a verification that notices an entry changed behind the appliance's back.
 *
 * <p>The boutique's journal: 1 case-1 created, 2-6 R-1..R-5 created, 7 R-1 sold.
 */
class JournalApiTest {

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private ApiClient api;

    @BeforeEach
    void sevenEventsAfterTheOwnersEnrolmentAndSignIn() {
        api = running.client();
        assertThat(api.get("/api/v1/journal").json().path("head").asLong()).isEqualTo(SIGNED_IN);
        assertThat(api.post("/api/v1/locations", location("case-1", "case")).status()).isEqualTo(201);
        for (int i = 1; i <= 5; i++) {
            assertThat(api.post("/api/v1/items", ring("R-" + i, null, "case-1")).status()).isEqualTo(201);
        }
        assertThat(api.patch("/api/v1/items/R-1", status("sold")).status()).isEqualTo(200);
    }

    @Test
    void eventsAreCloudEventsChainedByHash() {
        JsonNode page = api.get("/api/v1/journal").json();

        assertThat(page.path("head").asLong()).isEqualTo(9);
        assertThat(page.path("next").asLong()).isEqualTo(9);
        List<JsonNode> events = new ArrayList<>();
        page.path("events").forEach(events::add);
        assertThat(events).extracting(e -> e.path("seq").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        String previous = "0".repeat(64);
        for (JsonNode event : events) {
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("id").asText()).isNotBlank();
            assertThat(event.path("source").asText()).isEqualTo("/assay/demo/stores/demo-store");
            assertThat(event.path("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(event.path("actor").asText()).isIn("enrolment", "owner");
            assertThat(event.path("prevhash").asText()).isEqualTo(previous);
            assertThat(event.path("hash").asText()).matches("[0-9a-f]{64}");
            previous = event.path("hash").asText();
        }
        assertThat(events.get(0).path("type").asText()).isEqualTo("io.assay.staff.created");
        assertThat(events.get(0).path("actor").asText()).isEqualTo("enrolment");
        assertThat(events.get(1).path("type").asText()).isEqualTo("io.assay.staff.signed-in");
        assertThat(events.get(2).path("type").asText()).isEqualTo("io.assay.location.created");
        assertThat(events.get(2).path("actor").asText()).isEqualTo("owner");
        assertThat(events.get(8).path("type").asText()).isEqualTo("io.assay.piece.status-changed");
        assertThat(events.get(8).path("subject").asText()).isEqualTo("R-1");
        assertThat(events.get(8).path("actor").asText()).isEqualTo("owner");
    }

    @Test
    void theJournalIsReadPageByPageAfterASequenceNumber() {
        JsonNode first = api.get("/api/v1/journal?limit=3").json();
        JsonNode second = api.get("/api/v1/journal?after=" + first.path("next").asLong() + "&limit=3").json();
        JsonNode third = api.get("/api/v1/journal?after=" + second.path("next").asLong() + "&limit=3").json();
        JsonNode end = api.get("/api/v1/journal?after=" + third.path("next").asLong() + "&limit=3").json();

        assertThat(seqs(first)).containsExactly(1L, 2L, 3L);
        assertThat(seqs(second)).containsExactly(4L, 5L, 6L);
        assertThat(seqs(third)).containsExactly(7L, 8L, 9L);
        assertThat(seqs(end)).isEmpty();
        assertThat(end.path("next").asLong()).isEqualTo(9);
    }

    @Test
    void anIntactJournalVerifies() {
        JsonNode verification = api.get("/api/v1/journal/verify").json();
        String lastHash = api.get("/api/v1/journal?after=8").json().path("events").get(0).path("hash").asText();

        assertThat(verification).isEqualTo(Json.mapper().createObjectNode()
                .put("ok", true).put("count", 9).put("head", lastHash));
    }

    @Test
    void anEntryChangedInTheFileIsFoundAtItsSequenceNumber() throws Exception {
        running.stop();
        try (Database db = Database.open(running.dataDir())) {
            ObjectNode event = (ObjectNode) Json.mapper().readTree(db.journal().get(6L));
            ((ObjectNode) event.path("data").path("retailPrice")).put("amount", "24.50");
            db.journal().put(6L, Json.mapper().writeValueAsBytes(event));
            db.commit();
        }
        running.start();

        JsonNode verification = running.client().get("/api/v1/journal/verify").json();

        assertThat(verification.path("ok").asBoolean()).isFalse();
        assertThat(verification.path("brokenAt").asLong()).isEqualTo(6);
        assertThat(verification.path("count").asLong()).isEqualTo(5);
        assertThat(verification.path("reason").asText()).isEqualTo("hash does not match the event's content");
    }

    @Test
    void aRemovedEntryIsFoundToo() throws Exception {
        running.stop();
        try (Database db = Database.open(running.dataDir())) {
            db.journal().remove(7L);
            db.commit();
        }
        running.start();

        JsonNode verification = running.client().get("/api/v1/journal/verify").json();

        assertThat(verification.path("ok").asBoolean()).isFalse();
        assertThat(verification.path("brokenAt").asLong()).isEqualTo(8);
    }

    /** The owner's enrolment and first sign-in are the journal's first two events. */
    private static final long SIGNED_IN = 2;

    private static List<Long> seqs(JsonNode page) {
        List<Long> seqs = new ArrayList<>();
        page.path("events").forEach(e -> seqs.add(e.path("seq").asLong()));
        return seqs;
    }
}
