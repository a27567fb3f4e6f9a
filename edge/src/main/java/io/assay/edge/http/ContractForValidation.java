package io.assay.edge.http;

import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.MediaType;

/**
 * The published OpenAPI document as the request validator can take it. Vert.x OpenAPI 5.0 refuses a
 * contract that names media types it cannot parse (text/csv, application/problem+json) and parses server
 * URLs as absolute. The copy therefore drops those media types (CSV bodies are checked row by row by their
 * own reader; responses are not validated) and the relative server URL (paths carry their full prefix).
 */
final class ContractForValidation {

    private ContractForValidation() {
    }

    static JsonObject of(JsonObject published) {
        JsonObject copy = published.copy();
        copy.remove("servers");
        JsonObject paths = copy.getJsonObject("paths");
        for (String path : paths.fieldNames()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.fieldNames()) {
                JsonObject operation = item.getJsonObject(method);
                JsonObject body = operation.getJsonObject("requestBody");
                if (body != null && keepSupported(body.getJsonObject("content"))) {
                    operation.remove("requestBody");
                }
                JsonObject responses = operation.getJsonObject("responses");
                for (String status : responses.fieldNames()) {
                    JsonObject content = responses.getJsonObject(status).getJsonObject("content");
                    if (content != null && keepSupported(content)) {
                        responses.getJsonObject(status).remove("content");
                    }
                }
            }
        }
        return copy;
    }

    /** Removes unsupported media types; true when none is left. */
    private static boolean keepSupported(JsonObject content) {
        content.fieldNames().removeIf(type -> !MediaType.isMediaTypeSupported(type) && !MediaType.isVendorSpecificJson(type));
        return content.isEmpty();
    }
}
