package io.assay.edge.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.MediaType;

/**
 * The published OpenAPI document as the request validator can take it. Vert.x OpenAPI 5.0 refuses a
 * contract that names media types it cannot parse (text/csv, application/problem+json) and parses server
 * URLs as absolute. The copy therefore drops those media types (CSV bodies are checked row by row by their
 * own reader; responses are not validated) and the relative server URL (paths carry their full prefix).
 *
 * <p>It also decodes each item of an array parameter as JSON, so {@code fineness=950} or
 * {@code style=12345} would fail {@code items: {type: string}}. The copy lets such items be any JSON
 * scalar; the handlers read the raw query text and check every value themselves. (Scalar string
 * parameters are kept strings by {@link StringParameterExtractor}.)
 */
final class ContractForValidation {

    private ContractForValidation() {
    }

    static JsonObject of(JsonObject published) {
        JsonObject copy = published.copy();
        copy.remove("servers");
        JsonObject components = copy.getJsonObject("components", new JsonObject());
        JsonObject shared = components.getJsonObject("parameters", new JsonObject());
        shared.fieldNames().forEach(name -> widenStringItems(shared.getJsonObject(name)));
        JsonObject sharedResponses = components.getJsonObject("responses", new JsonObject());
        for (String name : sharedResponses.fieldNames()) {
            JsonObject content = sharedResponses.getJsonObject(name).getJsonObject("content");
            if (content != null && keepSupported(content)) {
                sharedResponses.getJsonObject(name).remove("content");
            }
        }
        JsonObject paths = copy.getJsonObject("paths");
        for (String path : paths.fieldNames()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.fieldNames()) {
                JsonObject operation = item.getJsonObject(method);
                JsonArray parameters = operation.getJsonArray("parameters", new JsonArray());
                for (int i = 0; i < parameters.size(); i++) {
                    widenStringItems(parameters.getJsonObject(i));
                }
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

    private static void widenStringItems(JsonObject parameter) {
        JsonObject schema = parameter.getJsonObject("schema");
        JsonObject items = schema == null ? null : schema.getJsonObject("items");
        if ("array".equals(schema == null ? null : schema.getString("type")) && items != null
                && "string".equals(items.getValue("type"))) {
            items.put("type", new JsonArray().add("string").add("number").add("boolean").add("null"));
        }
    }

    /** Removes unsupported media types; true when none is left. */
    private static boolean keepSupported(JsonObject content) {
        content.fieldNames().removeIf(type -> !MediaType.isMediaTypeSupported(type) && !MediaType.isVendorSpecificJson(type));
        return content.isEmpty();
    }
}
