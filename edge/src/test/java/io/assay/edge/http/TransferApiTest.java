package io.assay.edge.http;

import static io.assay.edge.http.HqWorkApiTest.each;
import static io.assay.edge.http.ItemApiTest.assertProblem;
import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.json.Json;
import io.assay.edge.staff.Role;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.RunningApp;
import io.assay.edge.support.mqtt.HeadOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pieces between the tenant's stores over HTTP: the transfers in either direction, and a piece that
 * arrived taken into stock by scanning its tag. The ring R-7 went to store-007 for a client's viewing and
 * HQ sends it back: in transit, expected here, until it is scanned.
 */
@Timeout(120)
class TransferApiTest {

    private static final String STORE = HqWorkApiTest.STORE;
    private static final String EPC = "3034257BF7194E4000001A85";

    private final HeadOffice hq = HeadOffice.start(STORE);

    @RegisterExtension
    final RunningApp running = new RunningApp(hq.appliance());

    private ApiClient owner;

    @BeforeEach
    void theRingIsOnItsWayBack() {
        owner = running.client();
        for (String id : new String[] {"case-1", "case-2"}) {
            assertThat(owner.post("/api/v1/locations", location(id, "case")).status()).isEqualTo(201);
        }
        assertThat(owner.post("/api/v1/items", ring("R-7", EPC, "case-1")).status()).isEqualTo(201);
        assertThat(owner.post("/api/v1/items", ring("R-8", null, "case-1")).status()).isEqualTo(201);
        hq.command("transfer", Json.mapper().createObjectNode().put("serial", "R-7").put("toStore", "store-007"));
        ObjectNode back = Json.mapper().createObjectNode().put("serial", "R-7").put("toStore", STORE).put("fromStore", "store-007");
        back.set("piece", owner.get("/api/v1/items/R-7").json());
        hq.command("transfer", back);
    }

    @AfterEach
    void hqDown() {
        hq.close();
    }

    @Test
    void anExpectedPieceIsListedWithWhereItComesFrom() {
        ApiResponse answer = running.as(Role.BENCH).get("/api/v1/transfers?state=expected");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode transfers = answer.json().path("transfers");
        assertThat(each(transfers, "serial")).containsExactly("R-7");
        assertThat(transfers.get(0).path("fromStore").asText()).isEqualTo("store-007");
        assertThat(transfers.get(0).path("toStore").asText()).isEqualTo(STORE);
        assertThat(transfers.get(0).path("piece").path("status").asText()).isEqualTo("in transit");
        assertThat(transfers.get(0).path("piece").path("description").asText()).isEqualTo("18k yellow gold band with a round diamond");
        assertThat(owner.get("/api/v1/transfers?state=received").json().path("transfers").size()).isZero();
        assertThat(owner.get("/api/v1/transfers").json().path("transfers").size()).isEqualTo(1);
    }

    @Test
    void scanningTheTagTakesThePieceIntoStockOnTheShelfGiven() {
        ApiClient associate = running.as(Role.ASSOCIATE);

        ApiResponse received = associate.post("/api/v1/transfers/receipts", scan(EPC.toLowerCase()).put("location", "case-2"));

        assertThat(received.status()).as(received.body()).isEqualTo(200);
        assertThat(received.json().path("piece").path("serial").asText()).isEqualTo("R-7");
        assertThat(received.json().path("piece").path("status").asText()).isEqualTo("in stock");
        assertThat(received.json().path("piece").path("location").asText()).isEqualTo("case-2");
        JsonNode transfer = received.json().path("transfer");
        assertThat(transfer.path("state").asText()).isEqualTo("received");
        assertThat(transfer.path("receivedBy").asText()).isEqualTo("associate");
        assertThat(transfer.path("location").asText()).isEqualTo("case-2");
        assertThat(owner.get("/api/v1/items/R-7").json().path("status").asText()).isEqualTo("in stock");
        assertThat(each(owner.get("/api/v1/transfers?state=received").json().path("transfers"), "serial")).containsExactly("R-7");
        assertThat(owner.get("/api/v1/transfers?state=expected").json().path("transfers").size()).isZero();
        JsonNode history = owner.get("/api/v1/items/R-7/history").json();
        assertThat(history.toString()).contains("io.assay.transfer.received");
    }

    @Test
    void aRingNewToTheStoreIsReceivedByItsSerialOntoTheShelfGiven() {
        ObjectNode coming = Json.mapper().createObjectNode().put("serial", "R-90").put("toStore", STORE).put("fromStore", "store-007");
        coming.set("piece", ring("R-90", null, "their-case-3"));
        hq.command("transfer", coming);
        assertThat(each(owner.get("/api/v1/transfers?state=expected").json().path("transfers"), "serial")).containsExactly("R-90", "R-7");

        ApiResponse received = owner.post("/api/v1/transfers/receipts", scan("R-90").put("location", "case-2"));

        assertThat(received.status()).as(received.body()).isEqualTo(200);
        assertThat(received.json().path("piece").path("location").asText()).isEqualTo("case-2");
        assertThat(received.json().path("transfer").path("fromStore").asText()).isEqualTo("store-007");
        assertThat(each(owner.get("/api/v1/transfers?state=expected").json().path("transfers"), "serial")).containsExactly("R-7");
    }

    @Test
    void aScanThatCannotBeReceivedIsAProblemSayingWhy() {
        ApiResponse none = owner.post("/api/v1/transfers/receipts", Json.mapper().createObjectNode());
        assertProblem(none, 422);
        assertThat(none.errorFields()).containsExactly("scan");

        ApiResponse unknown = owner.post("/api/v1/transfers/receipts", scan("R-404"));
        assertProblem(unknown, 404);
        assertThat(unknown.json().path("detail").asText()).contains("R-404");

        ApiResponse inStock = owner.post("/api/v1/transfers/receipts", scan("R-8"));
        assertProblem(inStock, 409);
        assertThat(inStock.json().path("detail").asText()).contains("not in transit");

        ApiResponse nowhere = owner.post("/api/v1/transfers/receipts", scan("R-7").put("location", "case-9"));
        assertProblem(nowhere, 422);
        assertThat(nowhere.errorFields()).containsExactly("location");
        assertThat(owner.get("/api/v1/items/R-7").json().path("status").asText()).as("nothing received").isEqualTo("in transit");

        ApiResponse badState = owner.get("/api/v1/transfers?state=lost");
        assertProblem(badState, 400);
        assertThat(badState.errorFields()).containsExactly("state");
        assertThat(running.as(Role.BENCH).post("/api/v1/transfers/receipts", scan("R-7")).status()).isEqualTo(403);
    }

    private static ObjectNode scan(String code) {
        return Json.mapper().createObjectNode().put("scan", code);
    }
}
