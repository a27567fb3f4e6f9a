package io.assay.edge.http;

import static io.assay.edge.http.ItemApiTest.status;
import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.RunningApp;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What HQ's monitoring scrapes: liveness, readiness with the store's size, and Prometheus text where
 * every series is named {@code assay_} and tagged with the store.
 *
 * <p>The boutique: three rings, one of them sold; five journal events.
 */
class HealthAndMetricsTest {

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private ApiClient api;

    @BeforeEach
    void threeRingsOneSold() {
        api = running.client();
        assertThat(api.post("/api/v1/locations", location("case-1", "case")).status()).isEqualTo(201);
        for (String serial : List.of("R-1", "R-2", "R-3")) {
            assertThat(api.post("/api/v1/items", ring(serial, null, "case-1")).status()).isEqualTo(201);
        }
        assertThat(api.patch("/api/v1/items/R-1", status("sold")).status()).isEqualTo(200);
    }

    @Test
    void theApplianceIsLiveAndReady() {
        ApiResponse live = api.get("/health/live");
        ApiResponse ready = api.get("/health/ready");

        assertThat(live.status()).isEqualTo(200);
        assertThat(live.json().path("status").asText()).isEqualTo("UP");
        assertThat(ready.status()).isEqualTo(200);
        JsonNode body = ready.json();
        assertThat(body.path("status").asText()).isEqualTo("UP");
        assertThat(body.path("pieces").asInt()).isEqualTo(3);
        // The owner's enrolment and sign-in, the location, three rings, one sale.
        assertThat(body.path("journal").asInt()).isEqualTo(7);
    }

    @Test
    void metricsArePrometheusTextNamedAssay() {
        ApiResponse response = api.get("/metrics");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("text/plain");
        List<String> series = response.body().lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        assertThat(series).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("assay_"));
        assertThat(series).allSatisfy(line -> assertThat(line).contains("store=\"demo-store\"").contains("tenant=\"demo\""));
    }

    @Test
    void metricsCountPiecesByStatusAndTheJournal() {
        String text = api.get("/metrics").body();

        assertThat(sample(text, "assay_pieces{", "status=\"in stock\"")).isEqualTo(2.0);
        assertThat(sample(text, "assay_pieces{", "status=\"sold\"")).isEqualTo(1.0);
        assertThat(sample(text, "assay_pieces{", "status=\"written off\"")).isEqualTo(0.0);
        assertThat(sample(text, "assay_journal_length{", "")).isEqualTo(7.0);
    }

    @Test
    void commitLatencyIsAHistogram() {
        String text = api.get("/metrics").body();

        assertThat(text).contains("# TYPE assay_store_commit_seconds histogram");
        assertThat(sample(text, "assay_store_commit_seconds_count{", "")).isGreaterThanOrEqualTo(1.0);
        assertThat(text).contains("assay_store_commit_seconds_bucket{");
    }

    @Test
    void httpRequestsAreTimedByRouteTemplateNotByRawPath() {
        api.get("/api/v1/items/R-2");
        api.get("/api/v1/items/R-3");

        String text = api.get("/metrics").body();

        assertThat(text).contains("# TYPE assay_http_server_requests_seconds histogram");
        assertThat(sample(text, "assay_http_server_requests_seconds_count{", "route=\"/api/v1/items/:serial\"", "method=\"GET\""))
                .isGreaterThanOrEqualTo(2.0);
        assertThat(text).doesNotContain("R-2");
    }

    @Test
    void jvmMetricsArePublished() {
        String text = api.get("/metrics").body();

        assertThat(text).contains("assay_jvm_memory_used_bytes{", "assay_jvm_threads_live_threads{",
                "assay_jvm_gc_max_data_size_bytes{", "assay_jvm_classes_loaded_classes{", "assay_process_uptime_seconds{");
    }

    /** The value of the one sample line that starts with {@code prefix} and contains every label. */
    private static double sample(String text, String prefix, String... labels) {
        List<String> lines = text.lines().filter(l -> l.startsWith(prefix))
                .filter(l -> List.of(labels).stream().allMatch(l::contains)).toList();
        assertThat(lines).as(prefix + String.join(",", labels)).hasSize(1);
        String line = lines.get(0);
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
}
