package io.assay.edge.http;

import static io.assay.edge.http.ItemApiTest.assertProblem;
import static io.assay.edge.http.ItemApiTest.status;
import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;
import static org.assertj.core.api.Assertions.assertThat;

import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.RunningApp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Status changes through {@code PATCH /api/v1/items/{serial}}: what a boutique allows answers 200, anything
 * else 409 with the reason, and a refused change leaves the piece as it was.
 */
class ItemStatusApiTest {

    private static final List<String> STATUSES = List.of("in stock", "reserved", "sold", "on memo out", "on memo in",
            "in repair", "in transit", "missing", "written off");

    /** The boutique's rules, written out as the specification (issue 3, section 3). */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "in stock", Set.of("reserved", "sold", "on memo out", "in repair", "in transit", "missing", "written off"),
            "reserved", Set.of("in stock", "sold", "missing"),
            "sold", Set.of("in stock"),
            "on memo out", Set.of("in stock", "sold", "missing"),
            "on memo in", Set.of("in stock", "reserved", "sold", "in repair", "missing", "written off"),
            "in repair", Set.of("in stock", "missing", "written off"),
            "in transit", Set.of("in stock", "missing"),
            "missing", Set.of("in stock", "written off"),
            "written off", Set.of());

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private ApiClient api;

    @BeforeEach
    void caseOne() {
        api = running.client();
        assertThat(api.post("/api/v1/locations", location("case-1", "case")).status()).isEqualTo(201);
    }

    @Test
    void everyStatusMovesOnlyWhereTheBoutiqueAllows() {
        SoftAssertions softly = new SoftAssertions();
        int n = 0;
        for (String from : STATUSES) {
            for (String to : STATUSES) {
                if (from.equals(to)) {
                    continue;
                }
                String serial = "T-" + n++;
                pieceThatIs(serial, from);

                ApiResponse response = api.patch("/api/v1/items/" + serial, status(to));

                String pieceStatus = api.get("/api/v1/items/" + serial).json().path("status").asText();
                if (ALLOWED.get(from).contains(to)) {
                    softly.assertThat(response.status()).as(from + " -> " + to + ": " + response.body()).isEqualTo(200);
                    softly.assertThat(pieceStatus).as(from + " -> " + to).isEqualTo(to);
                } else {
                    softly.assertThat(response.status()).as(from + " -> " + to + ": " + response.body()).isEqualTo(409);
                    softly.assertThat(response.contentType()).isEqualTo("application/problem+json");
                    softly.assertThat(pieceStatus).as(from + " -> " + to + " refused").isEqualTo(from);
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void anIllegalChangeIsAConflictThatSaysWhy() {
        pieceThatIs("R-1", "sold");

        ApiResponse refused = api.patch("/api/v1/items/R-1", status("reserved"));

        assertProblem(refused, 409);
        assertThat(refused.json().path("type").asText()).endsWith("/conflict");
        assertThat(refused.json().path("detail").asText())
                .isEqualTo("A piece that is sold cannot become reserved; from sold it can become in stock");
    }

    @Test
    void aWrittenOffPieceIsClosedForGood() {
        pieceThatIs("R-1", "written off");

        ApiResponse refused = api.patch("/api/v1/items/R-1", status("in stock"));

        assertProblem(refused, 409);
        assertThat(refused.json().path("detail").asText()).endsWith("it can become nothing: it is closed");
    }

    @Test
    void aSaleAndItsReturnAreBothJournalled() {
        pieceThatIs("R-1", "in stock");

        assertThat(api.patch("/api/v1/items/R-1", status("sold")).json().path("version").asInt()).isEqualTo(2);
        assertThat(api.patch("/api/v1/items/R-1", status("in stock")).json().path("version").asInt()).isEqualTo(3);

        assertThat(api.get("/api/v1/items/R-1/history").json().path("events")).extracting(e -> e.path("type").asText())
                .containsExactly("io.assay.piece.created", "io.assay.piece.status-changed", "io.assay.piece.status-changed");
    }

    @Test
    void aNewPieceCannotArriveSoldReservedMissingOrWrittenOff() {
        for (String status : List.of("sold", "reserved", "missing", "written off")) {
            ApiResponse refused = api.post("/api/v1/items", ring("N-" + status.length(), null, "case-1").put("status", status));

            assertThat(refused.status()).as(status).isEqualTo(422);
            assertThat(refused.errorFields()).as(status).containsExactly("status");
        }
    }

    @Test
    void anUnknownStatusInAPatchIsInvalidInput() {
        pieceThatIs("R-1", "in stock");

        ApiResponse refused = api.patch("/api/v1/items/R-1", status("lost"));

        assertProblem(refused, 422);
        assertThat(refused.errorFields()).containsExactly("status");
    }

    /** Enters a piece and brings it to {@code status} the way a boutique would. */
    private void pieceThatIs(String serial, String status) {
        boolean arrivesSo = Set.of("in stock", "on memo in", "in transit", "in repair", "on memo out").contains(status);
        ApiResponse created = api.post("/api/v1/items", ring(serial, null, "case-1").put("status", arrivesSo ? status : "in stock"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        if (!arrivesSo) {
            ApiResponse changed = api.patch("/api/v1/items/" + serial, status(status));
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        }
    }
}
