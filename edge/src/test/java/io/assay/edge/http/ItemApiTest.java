package io.assay.edge.http;

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reading and changing pieces over HTTP: lookups by serial and EPC, lists with filters, text search,
 * paging and sorting, counts and facets, merge-patch changes and a piece's history.
 *
 * <p>The boutique: case-1 holds tray-1; a safe. Four pieces: R-1 (gold ring, 2450.00, case-1), R-2 (gold
 * ring, 900.00, tray-1, reserved), N-1 (platinum necklace, 12500.00, safe) and the contract's R-10234
 * (platinum engagement ring, 12500.00, case-1).
 */
class ItemApiTest {

    private static final String CONTRACT_EPC = "3034257BF7194E4000001A85";

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private ApiClient api;

    @BeforeEach
    void boutique() {
        api = running.client();
        created(api.post("/api/v1/locations", location("case-1", "case")));
        created(api.post("/api/v1/locations", location("tray-1", "tray").put("parent", "case-1")));
        created(api.post("/api/v1/locations", location("safe", "safe")));
        created(api.post("/api/v1/items", ring("R-1", null, "case-1")));
        ObjectNode cheap = ring("R-2", "30340000000000000000BEEF", "tray-1");
        cheap.putObject("retailPrice").put("amount", "900.00").put("currency", "USD");
        created(api.post("/api/v1/items", cheap));
        ObjectNode necklace = ring("N-1", null, "safe").put("category", "necklace").put("metal", "platinum")
                .put("fineness", "950").put("description", "Diamond rivière necklace").put("designer", "Atelier Noor");
        necklace.putObject("retailPrice").put("amount", "12500.00").put("currency", "USD");
        created(api.post("/api/v1/items", necklace));
        created(api.post("/api/v1/items", contractDocument()));
        assertThat(api.patch("/api/v1/items/R-2", status("reserved")).status()).isEqualTo(200);
    }

    @Test
    void aPieceIsFoundBySerial() {
        ApiResponse response = api.get("/api/v1/items/R-1");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("serial").asText()).isEqualTo("R-1");
        assertThat(response.json().path("fineness").asText()).isEqualTo("18k");
    }

    @Test
    void anUnknownSerialIsANotFoundProblem() {
        ApiResponse response = api.get("/api/v1/items/R-404");

        assertProblem(response, 404);
        assertThat(response.json().path("detail").asText()).isEqualTo("There is no piece with serial R-404");
    }

    @Test
    void aPieceIsFoundByItsEpcInEitherCase() {
        assertThat(api.get("/api/v1/items/by-epc/" + CONTRACT_EPC).json().path("serial").asText()).isEqualTo("R-10234");
        assertThat(api.get("/api/v1/items/by-epc/" + CONTRACT_EPC.toLowerCase()).json().path("serial").asText())
                .isEqualTo("R-10234");
    }

    @Test
    void anEpcNoPieceCarriesIsNotFoundAndAMalformedOneIsABadRequest() {
        assertProblem(api.get("/api/v1/items/by-epc/3034257BF7194E4000009999"), 404);

        ApiResponse malformed = api.get("/api/v1/items/by-epc/3034257BF7194E40000XYZ85");
        assertProblem(malformed, 400);
        assertThat(malformed.errorFields()).containsExactly("epc");
    }

    @Test
    void aListAnswersItemsPageSizeAndTotalSortedBySerial() {
        JsonNode list = api.get("/api/v1/items").json();

        assertThat(fieldNames(list)).containsExactly("items", "page", "size", "total");
        assertThat(list.path("page").asInt()).isZero();
        assertThat(list.path("size").asInt()).isEqualTo(50);
        assertThat(list.path("total").asInt()).isEqualTo(4);
        assertThat(serials(list)).containsExactly("N-1", "R-1", "R-10234", "R-2");
    }

    @Test
    void pagesSliceTheSortedList() {
        JsonNode second = api.get("/api/v1/items?size=2&page=1").json();
        JsonNode beyond = api.get("/api/v1/items?size=2&page=7").json();

        assertThat(serials(second)).containsExactly("R-10234", "R-2");
        assertThat(second.path("total").asInt()).isEqualTo(4);
        assertThat(second.path("size").asInt()).isEqualTo(2);
        assertThat(serials(beyond)).isEmpty();
        assertThat(beyond.path("total").asInt()).isEqualTo(4);
    }

    @Test
    void sortingByPriceDescendingBreaksTiesBySerial() {
        assertThat(serials(api.get("/api/v1/items?sort=-price").json())).containsExactly("N-1", "R-10234", "R-1", "R-2");
        assertThat(serials(api.get("/api/v1/items?sort=price").json())).containsExactly("R-2", "R-1", "N-1", "R-10234");
    }

    @Test
    void filtersCombineAcrossAttributesAndAlternateWithinOne() {
        assertThat(serials(api.get("/api/v1/items?status=reserved").json())).containsExactly("R-2");
        assertThat(serials(api.get("/api/v1/items?category=necklace").json())).containsExactly("N-1");
        assertThat(serials(api.get("/api/v1/items?metal=platinum&fineness=950").json())).containsExactly("N-1", "R-10234");
        assertThat(serials(api.get("/api/v1/items?status=in%20stock&location=case-1").json()))
                .containsExactly("R-1", "R-10234");
        assertThat(serials(api.get("/api/v1/items?status=reserved,in%20stock&category=ring").json()))
                .containsExactly("R-1", "R-2");
        assertThat(serials(api.get("/api/v1/items?status=reserved&status=in%20stock&category=ring").json()))
                .containsExactly("R-1", "R-2");
        assertThat(serials(api.get("/api/v1/items?priceMin=900&priceMax=2450").json())).containsExactly("R-1", "R-2");
        assertThat(serials(api.get("/api/v1/items?designer=House&collection=Lumiere").json())).containsExactly("R-10234");
        assertThat(serials(api.get("/api/v1/items?stoneType=diamond").json())).containsExactly("R-10234");
    }

    @Test
    void valuesThatLookLikeNumbersAreReadAsTheTextTheyAre() {
        ObjectNode numbered = ring("2024.001", null, "safe").put("style", "12345");
        numbered.putObject("retailPrice").put("amount", "1500.50").put("currency", "USD");
        created(api.post("/api/v1/items", numbered));

        assertThat(api.get("/api/v1/items/2024.001").json().path("serial").asText()).isEqualTo("2024.001");
        assertThat(api.get("/api/v1/items/2024.001/history").status()).isEqualTo(200);
        assertThat(api.patch("/api/v1/items/2024.001", status("reserved")).status()).isEqualTo(200);
        assertThat(serials(api.get("/api/v1/items?style=12345").json())).containsExactly("2024.001");
        assertThat(serials(api.get("/api/v1/items?priceMin=1500.50&priceMax=1500.50").json())).containsExactly("2024.001");
        assertThat(serials(api.get("/api/v1/items?weightMin=5.2&weightMax=5.20").json()))
                .containsExactly("2024.001", "N-1", "R-1", "R-2");
        assertProblem(api.get("/api/v1/items/-1"), 404);
        assertThat(api.get("/api/v1/items/count?q=4.5").json().path("count").asInt()).isZero();
    }

    @Test
    void aCaseIncludesTheTraysInsideIt() {
        assertThat(serials(api.get("/api/v1/items?location=case-1").json())).containsExactly("R-1", "R-10234", "R-2");
        assertThat(serials(api.get("/api/v1/items?location=tray-1").json())).containsExactly("R-2");
    }

    @Test
    void textSearchMatchesWordPrefixesWithoutCaseOrAccents() {
        assertThat(serials(api.get("/api/v1/items?q=solit").json())).containsExactly("R-10234");
        assertThat(serials(api.get("/api/v1/items?q=RIVIERE").json())).containsExactly("N-1");
        assertThat(serials(api.get("/api/v1/items?q=lumiere%20round").json())).containsExactly("R-10234");
        assertThat(serials(api.get("/api/v1/items?q=noor&status=sold").json())).isEmpty();
    }

    @Test
    void aCountAnswersOnlyTheCount() {
        ApiResponse count = api.get("/api/v1/items/count?location=case-1&status=in%20stock");

        assertThat(count.status()).isEqualTo(200);
        assertThat(count.json()).isEqualTo(Json.mapper().createObjectNode().put("count", 2));
        assertThat(api.get("/api/v1/items/count").json().path("count").asInt()).isEqualTo(4);
        assertThat(api.get("/api/v1/items/count?metal=palladium").json().path("count").asInt()).isZero();
    }

    @Test
    void facetsCountTheMatchingStockByEachAttribute() {
        JsonNode facets = api.get("/api/v1/items/facets?metal=gold").json();

        assertThat(facets.path("total").asInt()).isEqualTo(2);
        assertThat(facets.path("status")).isEqualTo(Json.mapper().createObjectNode().put("in stock", 1).put("reserved", 1));
        assertThat(facets.path("location")).isEqualTo(Json.mapper().createObjectNode().put("case-1", 1).put("tray-1", 1));
        assertThat(facets.path("category")).isEqualTo(Json.mapper().createObjectNode().put("ring", 2));
        assertThat(facets.path("fineness")).isEqualTo(Json.mapper().createObjectNode().put("18k", 2));

        JsonNode platinum = api.get("/api/v1/items/facets?metal=platinum").json();
        assertThat(platinum.path("fineness")).isEqualTo(Json.mapper().createObjectNode().put("950", 2));
        assertThat(platinum.path("metalColour")).isEqualTo(Json.mapper().createObjectNode().put("white", 1));
        assertThat(platinum.path("stoneType")).isEqualTo(Json.mapper().createObjectNode().put("diamond", 1));
    }

    @Test
    void aMergePatchReplacesWhatItNamesAndRemovesWhatItSetsToNull() {
        ObjectNode patch = Json.mapper().createObjectNode();
        patch.putObject("retailPrice").put("amount", "13900.00");
        patch.putNull("designer");
        patch.put("location", "safe");

        ApiResponse changed = api.patch("/api/v1/items/R-10234", patch);

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode piece = api.get("/api/v1/items/R-10234").json();
        assertThat(piece).isEqualTo(changed.json());
        assertThat(piece.path("retailPrice")).isEqualTo(Json.mapper().createObjectNode()
                .put("amount", "13900.00").put("currency", "USD"));
        assertThat(piece.has("designer")).isFalse();
        assertThat(piece.path("collection").asText()).isEqualTo("Lumiere");
        assertThat(piece.path("version").asInt()).isEqualTo(2);
        assertThat(serials(api.get("/api/v1/items?location=safe").json())).containsExactly("N-1", "R-10234");
    }

    @Test
    void aPatchAsPlainJsonIsAcceptedToo() {
        ApiResponse changed = api.send("PATCH", "/api/v1/items/R-1", "application/json", "{\"notes\": \"engraved\"}");

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("notes").asText()).isEqualTo("engraved");
    }

    @Test
    void aPatchThatChangesNothingKeepsTheVersionAndWritesNoEvent() {
        long events = api.get("/api/v1/journal/verify").json().path("count").asLong();

        ApiResponse same = api.patch("/api/v1/items/R-1", Json.mapper().createObjectNode().put("location", "case-1"));

        assertThat(same.status()).isEqualTo(200);
        assertThat(same.json().path("version").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/journal/verify").json().path("count").asLong()).isEqualTo(events);
    }

    @Test
    void aPatchThatBreaksARuleIsRefusedAndChangesNothing() {
        ApiResponse refused = api.patch("/api/v1/items/R-10234", Json.mapper().createObjectNode().put("fineness", "24k"));
        ApiResponse moved = api.patch("/api/v1/items/R-10234", Json.mapper().createObjectNode().put("location", "vault-9"));
        ApiResponse renamed = api.patch("/api/v1/items/R-10234", Json.mapper().createObjectNode().put("serial", "R-9"));
        ApiResponse stolenEpc = api.patch("/api/v1/items/R-1", Json.mapper().createObjectNode().put("epc", CONTRACT_EPC));

        assertProblem(refused, 422);
        assertThat(refused.errorFields()).containsExactly("fineness");
        assertThat(moved.errorFields()).containsExactly("location");
        assertThat(renamed.errorFields()).containsExactly("serial");
        assertThat(stolenEpc.errorFields()).containsExactly("epc");
        assertThat(api.get("/api/v1/items/R-10234").json().path("version").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/items/R-1").json().has("epc")).isFalse();
    }

    @Test
    void patchingAnUnknownPieceIsNotFoundAndAMalformedPatchIsABadRequest() {
        assertProblem(api.patch("/api/v1/items/R-404", status("sold")), 404);
        assertProblem(api.send("PATCH", "/api/v1/items/R-1", ApiClient.MERGE_PATCH, "{\"notes\":"), 400);
    }

    @Test
    void aPiecesHistoryListsItsEventsOldestFirst() {
        api.patch("/api/v1/items/R-2", Json.mapper().createObjectNode().put("notes", "client: Mrs Osei"));

        JsonNode history = api.get("/api/v1/items/R-2/history").json();

        assertThat(history.path("serial").asText()).isEqualTo("R-2");
        List<String> types = new ArrayList<>();
        long previousSeq = 0;
        for (JsonNode event : history.path("events")) {
            types.add(event.path("type").asText());
            assertThat(event.path("subject").asText()).isEqualTo("R-2");
            assertThat(event.path("actor").asText()).isEqualTo("owner");
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("seq").asLong()).isGreaterThan(previousSeq);
            previousSeq = event.path("seq").asLong();
        }
        assertThat(types).containsExactly("io.assay.piece.created", "io.assay.piece.status-changed", "io.assay.piece.updated");
        JsonNode statusChange = history.path("events").get(1).path("data").path("changes").path("status");
        assertThat(statusChange).isEqualTo(Json.mapper().createObjectNode().put("from", "in stock").put("to", "reserved"));
    }

    @Test
    void theHistoryOfAnUnknownPieceIsNotFound() {
        assertProblem(api.get("/api/v1/items/R-404/history"), 404);
    }

    static ObjectNode status(String status) {
        return Json.mapper().createObjectNode().put("status", status);
    }

    static void assertProblem(ApiResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertThat(response.json().path("title").asText()).isNotBlank();
        assertThat(response.json().path("detail").asText()).isNotBlank();
    }

    private static void created(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private static List<String> serials(JsonNode list) {
        List<String> serials = new ArrayList<>();
        list.path("items").forEach(p -> serials.add(p.path("serial").asText()));
        return serials;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
