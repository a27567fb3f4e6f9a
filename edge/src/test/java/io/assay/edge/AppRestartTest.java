package io.assay.edge;

import static io.assay.edge.support.TestPieces.contractDocument;
import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.json.Json;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.RunningApp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Closing the appliance and starting it again on the same data directory, as a reboot does: every
 * piece, location and event is there, the index answers as before, the chain verifies and grows on.
 */
class AppRestartTest {

    /** Reads whose answers must not change across a restart. */
    private static final List<String> READS = List.of(
            "/api/v1/items/R-10234", "/api/v1/items/R-1", "/api/v1/items/R-2", "/api/v1/items/N-1",
            "/api/v1/items?sort=-price", "/api/v1/items?location=case-1&status=in%20stock",
            "/api/v1/items/count?metal=platinum", "/api/v1/items/count?status=sold", "/api/v1/items/facets",
            "/api/v1/items/by-epc/3034257BF7194E4000001A85", "/api/v1/items?q=lumiere",
            "/api/v1/items/R-10234/history", "/api/v1/items/R-1/history", "/api/v1/locations");

    @RegisterExtension
    final RunningApp running = new RunningApp();

    @Test
    void everythingCommittedIsThereAfterARestart() throws Exception {
        ApiClient api = running.client();
        created(api.post("/api/v1/locations", location("case-1", "case")));
        created(api.post("/api/v1/locations", location("tray-1", "tray").put("parent", "case-1")));
        created(api.post("/api/v1/items", contractDocument()));
        created(api.post("/api/v1/items", ring("R-1", null, "tray-1")));
        created(api.post("/api/v1/items", ring("R-2", "30340000000000000000BEEF", "case-1")));
        created(api.post("/api/v1/items", ring("N-1", null, "case-1").put("category", "necklace")));
        ok(api.patch("/api/v1/items/R-1", Json.mapper().createObjectNode().put("status", "sold")));
        ObjectNode repriced = Json.mapper().createObjectNode();
        repriced.putObject("retailPrice").put("amount", "13900.00");
        ok(api.patch("/api/v1/items/R-10234", repriced));
        ok(api.patch("/api/v1/items/R-2", Json.mapper().createObjectNode().putNull("epc").put("location", "tray-1")));
        Map<String, JsonNode> before = readAll(api);
        JsonNode journalBefore = api.get("/api/v1/journal?limit=1000").json().path("events");

        running.restart();

        ApiClient again = running.client();
        Map<String, JsonNode> after = readAll(again);
        assertThat(after).isEqualTo(before);
        // The journal goes on where it was, the owner's new sign-in after it.
        JsonNode journalAfter = again.get("/api/v1/journal?limit=1000").json().path("events");
        assertThat(journalAfter).hasSize(journalBefore.size() + 1);
        for (int i = 0; i < journalBefore.size(); i++) {
            assertThat(journalAfter.get(i)).isEqualTo(journalBefore.get(i));
        }
        assertThat(journalAfter.get(journalBefore.size()).path("type").asText()).isEqualTo("io.assay.staff.signed-in");
        JsonNode verify = again.get("/api/v1/journal/verify").json();
        assertThat(verify.path("ok").asBoolean()).isTrue();
        // Enrolment and sign-in, 2 locations, 4 pieces, 3 changes; the sign-in after the restart.
        assertThat(verify.path("count").asInt()).isEqualTo(12);
        assertThat(running.client().get("/health/ready").json().path("pieces").asInt()).isEqualTo(4);
    }

    @Test
    void theRestartedApplianceKeepsTheRulesAndTheChainGoingOn() throws Exception {
        ApiClient api = running.client();
        created(api.post("/api/v1/locations", location("case-1", "case")));
        created(api.post("/api/v1/items", ring("R-1", "30340000000000000000BEEF", "case-1")));
        ok(api.patch("/api/v1/items/R-1", Json.mapper().createObjectNode().put("status", "written off")));
        String head = api.get("/api/v1/journal/verify").json().path("head").asText();

        running.restart();
        ApiClient again = running.client();

        assertThat(again.post("/api/v1/items", ring("R-1", null, "case-1")).errorFields()).containsExactly("serial");
        assertThat(again.post("/api/v1/items", ring("R-9", "30340000000000000000beef", "case-1")).errorFields())
                .containsExactly("epc");
        assertThat(again.patch("/api/v1/items/R-1", Json.mapper().createObjectNode().put("status", "in stock")).status())
                .isEqualTo(409);
        created(again.post("/api/v1/items", ring("R-2", null, "case-1")));
        // 1-2 the owner's enrolment and sign-in, 3-5 before the restart; 6 the sign-in after it.
        JsonNode next = again.get("/api/v1/journal?after=5").json().path("events").get(0);
        assertThat(next.path("seq").asLong()).isEqualTo(6);
        assertThat(next.path("prevhash").asText()).isEqualTo(head);
        JsonNode verification = again.get("/api/v1/journal/verify").json();
        assertThat(verification.path("ok").asBoolean()).isTrue();
        assertThat(verification.path("count").asInt()).isEqualTo(7);
    }

    private static Map<String, JsonNode> readAll(ApiClient api) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String path : READS) {
            ApiResponse response = api.get(path);
            assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
            answers.put(path, response.json());
        }
        return answers;
    }

    private static void created(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private static void ok(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
