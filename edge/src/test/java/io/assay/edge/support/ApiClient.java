package io.assay.edge.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A blocking HTTP client for the appliance's API on a real port, as a register or HQ would call it.
 * Paths are given with their query, already encoded ({@code /api/v1/items?status=in%20stock}).
 */
public final class ApiClient {

    /** The media type of a JSON merge patch (RFC 7396), what PATCH on a piece takes. */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    // HTTP/1.1 as the register's browsers speak it on the store LAN (no h2c there). Also, JDK 17's client
    // fails every open HTTP/2 stream on GOAWAY, even those the server still answers (JDK-8335181).
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public ApiClient(int port) {
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    public ApiResponse get(String path) {
        return send("GET", path, null, null);
    }

    public ApiResponse post(String path, JsonNode body) {
        return send("POST", path, "application/json", text(body));
    }

    public ApiResponse patch(String path, JsonNode mergePatch) {
        return send("PATCH", path, MERGE_PATCH, text(mergePatch));
    }

    /** Any request with a raw body, for bodies no well-behaved client would send. */
    public ApiResponse send(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body, new String[0]);
    }

    /** As {@link #send(String, String, String, String)}, with headers given as name, value, name, value... */
    public ApiResponse send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
    }

    private static String text(JsonNode json) {
        try {
            return Json.mapper().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
