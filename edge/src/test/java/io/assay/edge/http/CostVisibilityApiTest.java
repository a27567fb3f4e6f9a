package io.assay.edge.http;

import static io.assay.edge.support.TestPieces.contractDocument;
import static io.assay.edge.support.TestPieces.location;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.config.AssayConfig;
import io.assay.edge.json.Json;
import io.assay.edge.staff.Permission;
import io.assay.edge.staff.Role;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.RunningApp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the boutique paid never reaches a role without cost-read: not in a piece, a list, a lookup by
 * EPC, a piece's history or an export. The server leaves the field out; it is not blanked for the screen.
 */
class CostVisibilityApiTest {

    private static final String COST = "5200.00";
    private static final String NEW_COST = "5350.00";

    /** Associates here may also import, as a store can configure. */
    @RegisterExtension
    final RunningApp running = new RunningApp(c -> new AssayConfig(c.http(), c.store(), c.dataDir(), c.demo(), c.maxBatch(),
            new AssayConfig.Staff(c.staff().permissions().with(Map.of(Role.ASSOCIATE, Set.of(Permission.INVENTORY_READ,
                    Permission.INVENTORY_WRITE, Permission.INVENTORY_EXPORT, Permission.INVENTORY_IMPORT, Permission.CHANGES_READ))),
                    c.staff().signIn(), c.staff().sessionIdle())));

    private ApiClient associate;
    private ApiClient manager;

    @BeforeEach
    void aSolitaireWhoseCostWasRevised() {
        ApiClient owner = running.client();
        assertThat(owner.post("/api/v1/locations", location("case-1", "case")).status()).isEqualTo(201);
        assertThat(owner.post("/api/v1/items", contractDocument()).status()).isEqualTo(201);
        ObjectNode revised = Json.mapper().createObjectNode();
        revised.putObject("cost").put("amount", NEW_COST).put("currency", "USD");
        assertThat(owner.patch("/api/v1/items/R-10234", revised).status()).isEqualTo(200);
        associate = running.as(Role.ASSOCIATE);
        manager = running.as(Role.MANAGER);
    }

    @Test
    void anAssociateReceivesNoCostAnywhere() {
        for (String path : List.of("/api/v1/items/R-10234", "/api/v1/items/by-epc/3034257BF7194E4000001A85", "/api/v1/items",
                "/api/v1/items?q=lumiere", "/api/v1/items/R-10234/history", "/api/v1/items/export")) {
            ApiResponse answer = associate.get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.body()).as(path).doesNotContain(COST, NEW_COST).doesNotContainIgnoringCase("\"cost\"")
                    .doesNotContain("cost,", ",cost");
            assertThat(answer.body()).as(path).contains("12500.00");
        }
        JsonNode piece = associate.get("/api/v1/items/R-10234").json();
        assertThat(piece.has("cost")).isFalse();
        assertThat(piece.path("retailPrice").path("amount").asText()).isEqualTo("12500.00");
        String header = associate.get("/api/v1/items/export").body().lines().findFirst().orElseThrow();
        assertThat(header).contains("retailPrice").doesNotContain("cost");
    }

    @Test
    void aManagerSeesTheCostEverywhere() {
        assertThat(manager.get("/api/v1/items/R-10234").json().path("cost").path("amount").asText()).isEqualTo(NEW_COST);
        assertThat(manager.get("/api/v1/items").json().path("items").get(0).path("cost").path("amount").asText()).isEqualTo(NEW_COST);
        String history = manager.get("/api/v1/items/R-10234/history").body();
        assertThat(history).contains(COST, NEW_COST);
        String export = manager.get("/api/v1/items/export").body();
        assertThat(export.lines().findFirst().orElseThrow()).contains("cost,costCurrency");
        assertThat(export).contains(NEW_COST);
    }

    @Test
    void anAssociateMayImportPiecesButNotTheirCost() {
        String header = "serial,category,description,metal,fineness,weight,weightUnit,retailPrice,currency,location";
        ApiResponse withCost = associate.send("POST", "/api/v1/items/import", "text/csv",
                header + ",Cost\r\nR-7,ring,Band,gold,18k,5.2,g,100.00,USD,case-1,40.00\r\n");
        assertThat(withCost.status()).as(withCost.body()).isEqualTo(403);
        assertThat(withCost.json().path("permission").asText()).isEqualTo("cost-read");
        assertThat(withCost.errorFields()).containsExactly("cost.amount");
        assertThat(manager.get("/api/v1/items/R-7").status()).as("nothing entered").isEqualTo(404);

        ApiResponse without = associate.send("POST", "/api/v1/items/import", "text/csv",
                header + "\r\nR-7,ring,Band,gold,18k,5.2,g,100.00,USD,case-1\r\n");
        assertThat(without.status()).as(without.body()).isEqualTo(200);
    }

    @Test
    void anAssociateCannotSetACostTheyMayNotSee() {
        ObjectNode piece = contractDocument().put("serial", "R-2").put("epc", "3034257BF7194E4000001A86");
        ApiResponse created = associate.post("/api/v1/items", piece);
        assertThat(created.status()).isEqualTo(403);
        assertThat(created.errorFields()).containsExactly("cost");

        ObjectNode change = Json.mapper().createObjectNode();
        change.putObject("cost").put("amount", "1.00").put("currency", "USD");
        ApiResponse patched = associate.patch("/api/v1/items/R-10234", change);
        assertThat(patched.status()).isEqualTo(403);
        assertThat(manager.get("/api/v1/items/R-10234").json().path("cost").path("amount").asText()).isEqualTo(NEW_COST);

        piece.remove("cost");
        ApiResponse withoutCost = associate.post("/api/v1/items", piece);
        assertThat(withoutCost.status()).as(withoutCost.body()).isEqualTo(201);
        assertThat(withoutCost.json().has("cost")).isFalse();
    }
}
