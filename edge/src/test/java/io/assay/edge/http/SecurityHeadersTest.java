package io.assay.edge.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.RunningApp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every answer carries the security headers: pages, scripts, API answers, problems, health, metrics. */
class SecurityHeadersTest {

    @RegisterExtension
    final RunningApp running = new RunningApp();

    @Test
    void everyKindOfAnswerCarriesThem() {
        ApiClient api = running.client();
        String tooLarge = "x".repeat((int) BodyLimits.JSON + 10);
        List<ApiResponse> answers = List.of(
                api.get("/"),
                api.get("/js/app.js"),
                api.get("/api/v1/store"),
                api.get("/api/v1/items/NO-SUCH"),
                api.get("/api/v1/no-such-route"),
                api.send("POST", "/api/v1/locations", "application/json", tooLarge),
                api.get("/health/live"),
                api.get("/metrics"),
                running.anonymous().get("/api/v1/items"));
        assertThat(answers).extracting(ApiResponse::status).containsExactly(200, 200, 200, 404, 404, 413, 200, 200, 401);
        for (ApiResponse answer : answers) {
            assertThat(answer.header("Content-Security-Policy")).as(answer.toString())
                    .isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY)
                    .contains("script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(answer.header("Strict-Transport-Security")).as("plain HTTP: no HSTS").isNull();
        }
    }
}
