package io.assay.edge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.AssayApp;
import io.assay.edge.config.AssayConfig;
import io.assay.edge.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code --demo} on the real application, over real HTTP: the first start seeds, a restart keeps what is there. */
class DemoRestartTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Timeout(180)
    void aSecondStartOnTheSameDataDirectoryDoesNotSeedAgain(@TempDir Path dir) throws Exception {
        AssayConfig config = AssayConfig.forTest(dir, true);
        long pieces;
        long events;
        try (AssayApp first = AssayApp.start(config)) {
            pieces = get(first, "/api/v1/items/count").get("count").asLong();
            JsonNode verify = get(first, "/api/v1/journal/verify");
            events = verify.get("count").asLong();
            assertThat(pieces).isEqualTo(DemoBoutique.PIECES);
            assertThat(get(first, "/api/v1/items/count?location=case-1").get("count").asLong()).isPositive();
            assertThat(verify.get("ok").asBoolean()).isTrue();
        }

        try (AssayApp second = AssayApp.start(config)) {
            JsonNode verify = get(second, "/api/v1/journal/verify");
            assertThat(get(second, "/api/v1/items/count").get("count").asLong()).isEqualTo(pieces);
            assertThat(verify.get("ok").asBoolean()).isTrue();
            assertThat(verify.get("count").asLong()).isEqualTo(events);
        }
    }

    private JsonNode get(AssayApp app, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.httpPort() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }
}
