package io.assay.edge.http;

import io.vertx.core.Future;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RequestExtractor;
import io.vertx.json.schema.common.dsl.SchemaType;
import io.vertx.openapi.contract.Location;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Parameter;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.ValidatableRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Extracts requests for validation like {@link RequestExtractor#withBodyHandler()}, but hands each
 * string-typed path and query parameter to the validator as the string it is.
 *
 * <p>Vert.x OpenAPI 5.0 decodes a parameter value as JSON unless it is a single word, so a serial
 * {@code 2024.001} or a price {@code 1500.50} arrives as a number and fails {@code type: string}
 * (vert-x3/vertx-web#2709). Quoting the value as a JSON string makes the decoder yield it unchanged.
 * Array parameters are widened in {@link ContractForValidation} instead.
 */
final class StringParameterExtractor implements RequestExtractor {

    /** Values the decoder already keeps as strings. */
    private static final Pattern WORD = Pattern.compile("\\w+");

    private final RequestExtractor delegate = RequestExtractor.withBodyHandler();

    @Override
    public Future<ValidatableRequest> extractValidatableRequest(RoutingContext rc, Operation operation) {
        return delegate.extractValidatableRequest(rc, operation).map(request -> quoted(request, operation));
    }

    private static ValidatableRequest quoted(ValidatableRequest request, Operation operation) {
        Map<String, RequestParameter> path = new HashMap<>(request.getPathParameters());
        Map<String, RequestParameter> query = new HashMap<>(request.getQuery());
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getSchemaType() != SchemaType.STRING) {
                continue;
            }
            if (parameter.getIn() == Location.PATH) {
                path.computeIfPresent(parameter.getName(), (name, value) -> quote(value));
            } else if (parameter.getIn() == Location.QUERY) {
                query.computeIfPresent(parameter.getName(), (name, value) -> quote(value));
            }
        }
        return new ValidatableRequest() {
            @Override
            public Map<String, RequestParameter> getCookies() {
                return request.getCookies();
            }

            @Override
            public Map<String, RequestParameter> getPathParameters() {
                return path;
            }

            @Override
            public Map<String, RequestParameter> getQuery() {
                return query;
            }

            @Override
            public Map<String, RequestParameter> getHeaders() {
                return request.getHeaders();
            }

            @Override
            public RequestParameter getBody() {
                return request.getBody();
            }

            @Override
            public String getContentType() {
                return request.getContentType();
            }
        };
    }

    private static RequestParameter quote(RequestParameter value) {
        if (!(value.get() instanceof String text) || text.isEmpty() || WORD.matcher(text).matches()) {
            return value;
        }
        String json = Json.encode(text);
        return () -> json;
    }
}
