package io.assay.edge.domain;

/**
 * One bad field of a request.
 *
 * @param field   the field's path in the request, e.g. {@code stones[0].clarity}
 * @param message what is wrong, in words a jeweler understands
 */
public record FieldError(String field, String message) {
}
