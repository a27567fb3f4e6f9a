package io.assay.edge.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.OpenAPIContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The published OpenAPI document and the contract the router validates against, checked from it. Reading
 * the document and checking it against the OpenAPI schema is a good part of bringing the HTTP side up, and
 * needs neither the store nor the index: the appliance starts it while the store opens.
 */
public final class ApiContract {

    private final Buffer published;
    private final Future<OpenAPIContract> contract;

    private ApiContract(Buffer published, Future<OpenAPIContract> contract) {
        this.published = published;
        this.contract = contract;
    }

    /** Reads {@code openapi.json} and starts checking it on {@code vertx}; the check completes {@link #contract}. */
    public static ApiContract load(Vertx vertx) {
        JsonObject document = loadDocument();
        return new ApiContract(document.toBuffer(), OpenAPIContract.from(vertx, ContractForValidation.of(document)));
    }

    /** The document as served at {@code /api/openapi.json}. */
    Buffer published() {
        return published;
    }

    Future<OpenAPIContract> contract() {
        return contract;
    }

    private static JsonObject loadDocument() {
        try (InputStream in = ApiContract.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the classpath");
            }
            return new JsonObject(Buffer.buffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
