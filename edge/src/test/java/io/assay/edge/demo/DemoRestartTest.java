package io.assay.edge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.AssayApp;
import io.assay.edge.config.AssayConfig;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.TestStaff;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code --demo} on the real application, over real HTTP: the first start seeds, a restart keeps what is there. */
class DemoRestartTest {


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
            // The boutique's own, and the ring on its way from the sister store (DemoHq).
            assertThat(pieces).isEqualTo(DemoBoutique.PIECES + 1);
            assertThat(get(first, "/api/v1/items/count?location=case-1").get("count").asLong()).isPositive();
            assertThat(verify.get("ok").asBoolean()).isTrue();
        }

        try (AssayApp second = AssayApp.start(config)) {
            JsonNode verify = get(second, "/api/v1/journal/verify");
            assertThat(get(second, "/api/v1/items/count").get("count").asLong()).isEqualTo(pieces);
            assertThat(verify.get("ok").asBoolean()).isTrue();
            // The owner's sign-in on this start is the one event more.
            assertThat(verify.get("count").asLong()).isEqualTo(events + 1);
        }
    }

    private final Map<AssayApp, ApiClient> owners = new HashMap<>();

    private JsonNode get(AssayApp app, String path) {
        ApiResponse response = owners.computeIfAbsent(app, a -> TestStaff.owner(a.httpPort(), a.enrolmentCode())).get(path);
        assertThat(response.status()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return response.json();
    }
}
