package io.assay.edge.http;

/**
 * One operation as the router serves it.
 *
 * @param path the router's path, parameters as {@code :name} ({@code /api/v1/items/:serial})
 */
public record ApiRoute(String operationId, String method, String path) {
}
