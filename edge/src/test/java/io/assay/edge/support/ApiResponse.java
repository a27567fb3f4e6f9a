package io.assay.edge.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;

/**
 * One answer of the appliance as a client sees it: status, headers and body text.
 *
 * @param body the body as text (empty when there is none)
 */
public record ApiResponse(int status, HttpHeaders headers, String body) {

    /** The body parsed as JSON; fails the test when it is not JSON. */
    public JsonNode json() {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("the body is not JSON: " + body, e);
        }
    }

    /** The Content-Type header without parameters, or "" when there is none. */
    public String contentType() {
        return headers.firstValue("Content-Type").map(v -> v.split(";")[0].trim()).orElse("");
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The {@code field} of every entry of a problem document's {@code errors[]}, in order. */
    public List<String> errorFields() {
        List<String> fields = new ArrayList<>();
        json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    /** The message of the first error about {@code field}, or null. */
    public String errorMessage(String field) {
        for (JsonNode e : json().path("errors")) {
            if (e.path("field").asText().equals(field)) {
                return e.path("message").asText();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
