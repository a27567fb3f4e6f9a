package io.assay.edge.http;

import static io.assay.edge.http.ItemApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.RunningApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every API route shares: problem documents for unknown paths and bad parameters, each bad
 * parameter named; the OpenAPI document served at its place.
 */
class ApiConventionsTest {

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private ApiClient api;

    @BeforeEach
    void client() {
        api = running.client();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/nothing", "/api", "/api/v2/items", "/api/v1/items/R-1/photos", "/api/v1/locations/case-1/x",
        "/api/v1/journal/tail"})
    void anUnknownApiPathIsANotFoundProblem(String path) {
        ApiResponse response = api.get(path);

        assertProblem(response, 404);
        assertThat(response.json().path("instance").asText()).isEqualTo(path);
    }

    @Test
    void aMethodAnApiPathDoesNotTakeIsAMethodNotAllowedProblemNamingTheOnesItTakes() {
        ApiResponse delete = api.send("DELETE", "/api/v1/items/R-1", null, null);
        ApiResponse put = api.send("PUT", "/api/v1/locations", "application/json", "{}");

        assertProblem(delete, 405);
        assertThat(delete.header("Allow")).isEqualTo("GET, PATCH");
        assertThat(delete.json().path("detail").asText()).isEqualTo("DELETE is not allowed on /api/v1/items/R-1; it takes GET, PATCH");
        assertProblem(put, 405);
        assertThat(put.header("Allow")).isEqualTo("GET, POST");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/api/v1/items?size=-1, size",
        "/api/v1/items?size=0, size",
        "/api/v1/items?size=501, size",
        "/api/v1/items?page=abc, page",
        "/api/v1/items?page=-1, page",
        "/api/v1/items?sort=bogus, sort",
        "/api/v1/items?sort=-colour, sort",
        "/api/v1/items?priceMin=x, priceMin",
        "/api/v1/items?priceMax=12%2C50, priceMax",
        "/api/v1/items/count?weightMin=heavy, weightMin",
        "/api/v1/items/count?status=lost, status",
        "/api/v1/items/count?category=tiara, category",
        "/api/v1/items/facets?metal=tin, metal",
        "/api/v1/items/by-epc/3034257BF7194E40, epc",
        "/api/v1/journal?after=-1, after",
        "/api/v1/journal?after=x, after",
        "/api/v1/journal?limit=0, limit",
        "/api/v1/journal?limit=1001, limit"})
    void aBadParameterIsABadRequestNamingIt(String path, String parameter) {
        ApiResponse response = api.get(path);

        assertProblem(response, 400);
        assertThat(response.errorFields()).containsExactly(parameter);
        assertThat(response.json().path("detail").asText()).containsIgnoringCase(parameter);
    }

    @Test
    void theOpenApiDocumentIsServedAndDescribesTheApi() {
        ApiResponse response = api.get("/api/v1/openapi.json");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/json");
        JsonNode document = response.json();
        assertThat(document.path("openapi").asText()).startsWith("3.");
        assertThat(document.path("paths").has("/api/v1/items")).isTrue();
        assertThat(document.path("paths").path("/api/v1/items/{serial}").has("patch")).isTrue();
        assertThat(document.path("paths").has("/api/v1/journal/verify")).isTrue();
        assertThat(document.path("components").path("schemas").has("Problem")).isTrue();
    }
}
