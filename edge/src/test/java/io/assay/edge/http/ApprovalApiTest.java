package io.assay.edge.http;

import static io.assay.edge.http.ItemApiTest.status;
import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.staff.Role;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.RunningApp;
import io.assay.edge.support.TestStaff;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Manager approval on the same request: an associate's write-off waits for a manager's PIN, a wrong PIN
 * counts toward that manager's lock, and the journal names both people.
 */
class ApprovalApiTest {

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private ApiClient associate;

    @BeforeEach
    void aRingInTheCase() {
        ApiClient owner = running.client();
        assertThat(owner.post("/api/v1/locations", location("case-1", "case")).status()).isEqualTo(201);
        assertThat(owner.post("/api/v1/items", ring("R-1", null, "case-1")).status()).isEqualTo(201);
        running.as(Role.MANAGER);
        associate = running.as(Role.ASSOCIATE);
    }

    @Test
    void anAssociatesWriteOffWaitsForAManagersPinAndTheJournalNamesBoth() {
        ApiResponse asked = writeOff(associate);
        assertThat(asked.status()).as(asked.body()).isEqualTo(403);
        assertThat(asked.json().path("type").asText()).endsWith("/approval-required");
        assertThat(asked.json().path("detail").asText()).isEqualTo("Writing off a piece needs a manager's approval.");
        assertThat(asked.json().path("action").asText()).isEqualTo("writing off a piece");
        assertThat(asked.json().path("approverHeader").asText()).isEqualTo("X-Approval-User");
        assertThat(piece().path("status").asText()).isEqualTo("in stock");

        ApiResponse approved = writeOff(associate, "X-Approval-User", "manager", "X-Approval-Pin", TestStaff.pin(Role.MANAGER));

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().path("status").asText()).isEqualTo("written off");
        JsonNode event = last(running.client().get("/api/v1/items/R-1/history").json().path("events"));
        assertThat(event.path("type").asText()).isEqualTo("io.assay.piece.status-changed");
        assertThat(event.path("actor").asText()).isEqualTo("associate");
        assertThat(event.path("approver").asText()).isEqualTo("manager");
        assertThat(running.client().get("/api/v1/journal/verify").json().path("ok").asBoolean()).isTrue();
    }

    @Test
    void aWrongManagerPinIsRefusedJournalledAndCountsTowardTheManagersLock() {
        for (int i = 1; i <= 4; i++) {
            ApiResponse wrong = writeOff(associate, "X-Approval-User", "manager", "X-Approval-Pin", "90000" + i);
            assertThat(wrong.status()).isEqualTo(403);
            assertThat(wrong.json().path("type").asText()).endsWith("/approval-refused");
        }
        ApiResponse fifth = writeOff(associate, "X-Approval-User", "manager", "X-Approval-Pin", "900005");
        assertThat(fifth.status()).isEqualTo(423);
        assertThat(fifth.json().path("detail").asText()).contains("manager is locked until");
        assertThat(Instant.parse(fifth.json().path("lockedUntil").asText())).isAfter(Instant.now());

        assertThat(piece().path("status").asText()).isEqualTo("in stock");
        assertThat(running.anonymous().signIn("manager", TestStaff.pin(Role.MANAGER)).status()).as("the manager is locked")
                .isEqualTo(423);
        List<String> types = new ArrayList<>();
        running.client().get("/api/v1/audit?subject=manager&size=50").json().path("items").forEach(e -> {
            types.add(e.path("type").asText());
            if (e.path("type").asText().equals("io.assay.staff.approval-refused")) {
                assertThat(e.path("actor").asText()).isEqualTo("associate");
                assertThat(e.path("data").path("action").asText()).isEqualTo("writing off a piece");
            }
        });
        assertThat(types).containsSubsequence("io.assay.staff.locked", "io.assay.staff.approval-refused",
                "io.assay.staff.approval-refused");
        assertThat(types.stream().filter("io.assay.staff.approval-refused"::equals).count()).isEqualTo(5);
        assertThat(running.client().get("/api/v1/audit?subject=manager").body()).doesNotContain("900005");
    }

    @Test
    void onlyASecondPersonWhoMayApproveCanApprove() {
        ApiResponse self = writeOff(associate, "X-Approval-User", "associate", "X-Approval-Pin", TestStaff.pin(Role.ASSOCIATE));
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.json().path("detail").asText()).contains("A second person must approve");

        running.as(Role.BENCH);
        ApiResponse bench = writeOff(associate, "X-Approval-User", "bench", "X-Approval-Pin", TestStaff.pin(Role.BENCH));
        assertThat(bench.status()).isEqualTo(403);
        assertThat(bench.json().path("detail").asText()).contains("(bench) cannot approve");

        ApiResponse unknown = writeOff(associate, "X-Approval-User", "nobody", "X-Approval-Pin", "123456");
        assertThat(unknown.status()).isEqualTo(403);
        assertThat(unknown.json().path("type").asText()).endsWith("/approval-refused");
        assertThat(piece().path("status").asText()).isEqualTo("in stock");
    }

    @Test
    void aManagerNeedsNoOneElseAndAnOrdinaryChangeNeedsNoApproval() {
        assertThat(associate.patch("/api/v1/items/R-1", status("reserved")).status()).isEqualTo(200);
        assertThat(associate.patch("/api/v1/items/R-1", status("in stock")).status()).isEqualTo(200);

        ApiResponse byManager = running.as(Role.MANAGER).patch("/api/v1/items/R-1", status("missing"));

        assertThat(byManager.status()).as(byManager.body()).isEqualTo(200);
        JsonNode event = last(running.client().get("/api/v1/items/R-1/history").json().path("events"));
        assertThat(event.path("actor").asText()).isEqualTo("manager");
        assertThat(event.has("approver")).isFalse();
    }

    private ApiResponse writeOff(ApiClient client, String... headers) {
        return client.send("PATCH", "/api/v1/items/R-1", ApiClient.MERGE_PATCH, status("written off").toString(), headers);
    }

    private JsonNode piece() {
        return running.client().get("/api/v1/items/R-1").json();
    }

    private static JsonNode last(JsonNode events) {
        return events.get(events.size() - 1);
    }
}
