package io.assay.edge.http;

import static io.assay.edge.http.ItemApiTest.assertProblem;
import static io.assay.edge.support.TestPieces.location;
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

/** Locations as records of their own: kinds, parents that must exist, ids that are taken once. */
class LocationApiTest {

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private ApiClient api;

    @BeforeEach
    void client() {
        api = running.client();
    }

    @Test
    void everyKindOfPlaceCanBeAddedAndIsListedParentsFirst() {
        for (String kind : List.of("case", "window", "safe", "back office")) {
            ApiResponse created = api.post("/api/v1/locations", location(kind.replace(' ', '-'), kind));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.header("Location")).isEqualTo("/api/v1/locations/" + kind.replace(' ', '-'));
        }
        ApiResponse tray = api.post("/api/v1/locations", location("case-tray-1", "tray").put("parent", "case"));
        assertThat(tray.status()).isEqualTo(201);
        assertThat(tray.json()).isEqualTo(Json.mapper().createObjectNode().put("id", "case-tray-1").put("name", "CASE-TRAY-1")
                .put("kind", "tray").put("parent", "case"));

        JsonNode list = api.get("/api/v1/locations").json();

        List<String> ids = new ArrayList<>();
        list.path("locations").forEach(l -> ids.add(l.path("id").asText()));
        assertThat(ids).containsExactly("back-office", "case", "case-tray-1", "safe", "window");
        assertThat(list.path("locations").get(0).path("kind").asText()).isEqualTo("back office");
    }

    @Test
    void aParentMustExist() {
        ApiResponse refused = api.post("/api/v1/locations", location("tray-1", "tray").put("parent", "case-9"));

        assertProblem(refused, 422);
        assertThat(refused.errorFields()).containsExactly("parent");
        assertThat(api.get("/api/v1/locations").json().path("locations").size()).isZero();
    }

    @Test
    void anIdIsTakenOnce() {
        assertThat(api.post("/api/v1/locations", location("case-1", "case")).status()).isEqualTo(201);

        ApiResponse again = api.post("/api/v1/locations", location("case-1", "window"));

        assertProblem(again, 422);
        assertThat(again.errorFields()).containsExactly("id");
        assertThat(again.errorMessage("id")).isEqualTo("a location with id case-1 already exists");
    }

    @Test
    void anUnknownKindAMalformedIdAndAMissingNameAreNamedTogether() {
        ApiResponse refused = api.post("/api/v1/locations", Json.mapper().createObjectNode()
                .put("id", "Case 1").put("kind", "drawer"));

        assertProblem(refused, 422);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("id", "name", "kind");
    }

    @Test
    void aValueOfTheWrongTypeIsNamedOnce() {
        ApiResponse refused = api.send("POST", "/api/v1/locations", "application/json",
                "{\"id\": \"case-1\", \"name\": \"Case 1\", \"kind\": 5}");

        assertProblem(refused, 422);
        assertThat(refused.errorFields()).containsExactly("kind");
    }

    @Test
    void aFieldALocationDoesNotHaveOrABodyThatIsNotAnObjectIsABadRequestNamingIt() {
        ApiResponse unknown = api.send("POST", "/api/v1/locations", "application/json",
                "{\"id\": \"case-1\", \"name\": \"Case 1\", \"kind\": \"case\", \"colour\": \"teal\"}");
        assertProblem(unknown, 400);
        assertThat(unknown.errorFields()).containsExactly("colour");
        assertProblem(api.send("POST", "/api/v1/locations", "application/json", "[\"case-1\"]"), 400);
        assertThat(api.get("/api/v1/locations").body()).doesNotContain("case-1");
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        assertProblem(api.send("POST", "/api/v1/locations", "application/json", "{\"id\":"), 400);
    }
}
