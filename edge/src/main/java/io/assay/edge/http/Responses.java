package io.assay.edge.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.json.Json;
import io.assay.edge.store.Writer;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Small helpers shared by the route classes: JSON in, JSON out, commands to the writer. */
final class Responses {

    private Responses() {
    }

    static void json(RoutingContext rc, int status, Object body) {
        try {
            rc.response().setStatusCode(status)
                    .putHeader("Content-Type", "application/json")
                    .end(Buffer.buffer(Json.mapper().writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The request body as JSON; a body that is not labelled JSON is a 415, a missing or malformed one a
     * 400. (The piece routes skip the contract's validation, which would otherwise check the label.)
     */
    static JsonNode body(RoutingContext rc) {
        String type = rc.request().getHeader("Content-Type");
        String mediaType = type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            throw new HttpException(415, "the body must be JSON (Content-Type application/json), got "
                    + (type == null ? "no Content-Type" : "'" + type + "'"));
        }
        if (rc.body() == null || rc.body().buffer() == null || rc.body().length() == 0) {
            throw new BadRequestException("", "the request needs a JSON body");
        }
        try {
            JsonNode json = Json.mapper().readTree(rc.body().buffer().getBytes());
            if (json == null || !json.isObject()) {
                throw new BadRequestException("", "the body must be a JSON object");
            }
            return json;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadRequestException("", "the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a command on the writer as the signed-in caller, and continues on the request's context once
     * it is committed.
     */
    static <T> Future<T> submit(RoutingContext rc, Writer writer, Writer.Command<T> command) {
        return submit(rc, writer, null, command);
    }

    /** As {@link #submit(RoutingContext, Writer, Writer.Command)}, for an action {@code approver} approved (or null). */
    static <T> Future<T> submit(RoutingContext rc, Writer writer, String approver, Writer.Command<T> command) {
        return Future.fromCompletionStage(writer.submit(Caller.actor(rc), approver, command), rc.vertx().getOrCreateContext());
    }
}
