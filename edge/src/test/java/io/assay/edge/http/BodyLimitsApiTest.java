package io.assay.edge.http;

import static io.assay.edge.support.TestPieces.location;
import static org.assertj.core.api.Assertions.assertThat;

import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.RunningApp;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each route takes a body up to its own size: a megabyte of JSON, tens of megabytes of spreadsheet. */
class BodyLimitsApiTest {

    @RegisterExtension
    final RunningApp running = new RunningApp();

    @Test
    void aJsonRouteRefusesMoreThanAMegabyteDeclaredOrChunked() throws Exception {
        ApiClient owner = running.client();
        String padded = "{\"id\":\"case-1\",\"kind\":\"case\",\"name\":\"" + "x".repeat((int) BodyLimits.JSON) + "\"}";

        ApiResponse declared = owner.send("POST", "/api/v1/locations", "application/json", padded);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.json().path("detail").asText()).contains("(" + BodyLimits.JSON + " bytes)");

        // No Content-Length: the body comes in chunks and is judged once read.
        HttpRequest chunked = HttpRequest.newBuilder(owner.uri("/api/v1/locations"))
                .header("Content-Type", "application/json")
                .header("Cookie", ApiClient.SESSION_COOKIE + "=" + owner.sessionCookie())
                .header("X-CSRF-Token", owner.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(padded.getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);

        assertThat(owner.post("/api/v1/locations", location("case-1", "case")).status()).as("nothing was half-taken").isEqualTo(201);
    }

    @Test
    void aSpreadsheetOfSeveralMegabytesIsTaken() {
        ApiClient owner = running.client();
        assertThat(owner.post("/api/v1/locations", location("case-1", "case")).status()).isEqualTo(201);
        StringBuilder csv = new StringBuilder("serial,category,description,metal,fineness,weight,weightUnit,retailPrice,currency,location,notes\r\n");
        for (int i = 0; csv.length() < 3 * BodyLimits.JSON; i++) {
            csv.append("R-").append(i).append(",ring,Band,gold,18k,5.2,g,100.00,USD,case-1,").append("n".repeat(200)).append("\r\n");
        }

        ApiResponse imported = owner.send("POST", "/api/v1/items/import", "text/csv", csv.toString());

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    }
}
