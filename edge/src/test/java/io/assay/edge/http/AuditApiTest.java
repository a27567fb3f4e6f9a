package io.assay.edge.http;

import static io.assay.edge.http.ItemApiTest.status;
import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.json.Json;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.RunningApp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The audit trail: the journal filtered by actor, subject, type and time, paged newest first, and exported
 * as CSV and JSON lines.
 *
 * <p>The journal: 1 case-1 created, 2-3 created, 4 R-1 sold (all by system), 5 the owner
 * enrolled (by enrolment), 6 a failed sign-in of olga (by olga).
 */
class AuditApiTest {

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private ApiClient api;

    /**
     * 1 the owner's enrolment, 2 their sign-in, 3 a location, 4 and 5 two rings, 6 a sale, 7 a wrong PIN
     * for the owner at another register.
     */
    @BeforeEach
    void sevenEvents() {
        api = running.client();
        assertThat(api.post("/api/v1/locations", location("case-1", "case")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/items", ring("R-1", null, "case-1")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/items", ring("R-2", null, "case-1")).status()).isEqualTo(201);
        assertThat(api.patch("/api/v1/items/R-1", status("sold")).status()).isEqualTo(200);
        assertThat(running.anonymous().signIn("owner", "924680").status()).isEqualTo(401);
    }

    @Test
    void eventsAreFilteredByActorSubjectTypeAndTimeNewestFirst() {
        assertThat(seqs("/api/v1/audit")).containsExactly(7L, 6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(seqs("/api/v1/audit?actor=enrolment")).containsExactly(1L);
        assertThat(seqs("/api/v1/audit?actor=owner")).containsExactly(7L, 6L, 5L, 4L, 3L, 2L);
        assertThat(seqs("/api/v1/audit?subject=R-1")).containsExactly(6L, 4L);
        assertThat(seqs("/api/v1/audit?type=io.assay.staff.*")).containsExactly(7L, 2L, 1L);
        assertThat(seqs("/api/v1/audit?type=io.assay.piece.status-changed")).containsExactly(6L);
        assertThat(seqs("/api/v1/audit?subject=owner&type=io.assay.staff.sign-in-failed")).containsExactly(7L);

        JsonNode all = api.get("/api/v1/audit").json().path("items");
        String sixth = all.get(1).path("time").asText();
        String seventh = all.get(0).path("time").asText();
        assertThat(seqs("/api/v1/audit?from=" + sixth)).startsWith(7L).contains(6L).doesNotContain(1L, 2L);
        assertThat(seqs("/api/v1/audit?to=" + sixth)).doesNotContain(6L, 7L).contains(1L);
        if (!sixth.equals(seventh)) {
            assertThat(seqs("/api/v1/audit?from=" + sixth + "&to=" + seventh)).containsExactly(6L);
        }
    }

    @Test
    void pagesCountTheWholeSelection() {
        JsonNode first = api.get("/api/v1/audit?size=4").json();
        JsonNode second = api.get("/api/v1/audit?size=4&page=1").json();
        assertThat(first.path("total").asInt()).isEqualTo(7);
        assertThat(ids(first)).containsExactly(7L, 6L, 5L, 4L);
        assertThat(ids(second)).containsExactly(3L, 2L, 1L);
        assertThat(ids(api.get("/api/v1/audit?size=4&page=2").json())).isEmpty();
    }

    @Test
    void theSelectionExportsAsCsvAndAsJsonLinesOldestFirst() throws Exception {
        ApiResponse csv = api.get("/api/v1/audit/export?format=csv&actor=owner");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment", ".csv");
        String[] rows = csv.body().split("\r\n");
        assertThat(rows[0]).isEqualTo("seq,time,type,subject,actor,data,hash");
        assertThat(rows).hasSize(7);
        assertThat(rows[2]).startsWith("3,").contains(",io.assay.location.created,case-1,owner,\"{");
        assertThat(rows[5]).startsWith("6,").contains("io.assay.piece.status-changed,R-1,owner");

        ApiResponse lines = api.get("/api/v1/audit/export?format=jsonl&type=io.assay.staff.*");
        assertThat(lines.status()).isEqualTo(200);
        List<Long> seqs = new ArrayList<>();
        for (String line : lines.body().split("\n")) {
            seqs.add(Json.mapper().readTree(line).path("seq").asLong());
        }
        assertThat(seqs).containsExactly(1L, 2L, 7L);
        assertThat(lines.body()).doesNotContain("111111", "924680", "argon2");
    }

    @Test
    void anExportLongerThanOneChunkComesWholeAndInOrder() throws Exception {
        int more = 2 * 500 + 37;
        for (int i = 0; i < more; i++) {
            assertThat(api.post("/api/v1/locations", location("tray-" + i, "tray")).status()).isEqualTo(201);
        }
        ApiResponse lines = api.get("/api/v1/audit/export?format=jsonl&type=io.assay.location.created");
        List<Long> seqs = new ArrayList<>();
        for (String line : lines.body().split("\n")) {
            seqs.add(Json.mapper().readTree(line).path("seq").asLong());
        }
        assertThat(seqs).hasSize(more + 1).isSorted().doesNotHaveDuplicates().startsWith(3L);
        assertThat(api.get("/api/v1/audit/export?format=csv&type=io.assay.location.created").body().split("\r\n"))
                .hasSize(more + 2);
    }

    @Test
    void aFilterThatCannotBeReadIsNamed() {
        ApiResponse badTime = api.get("/api/v1/audit?from=yesterday");
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.errorFields()).containsExactly("from");
        ApiResponse badFormat = api.get("/api/v1/audit/export?format=xml");
        assertThat(badFormat.status()).isEqualTo(400);
        assertThat(badFormat.errorFields()).containsExactly("format");
    }

    private List<Long> seqs(String path) {
        ApiResponse response = api.get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return ids(response.json());
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> out = new ArrayList<>();
        page.path("items").forEach(e -> out.add(e.path("seq").asLong()));
        return out;
    }
}
