package io.assay.edge.http;

import io.assay.edge.domain.FieldError;
import java.util.List;

/** A request the HTTP layer cannot read: a malformed parameter or body. Answered 400. */
public final class BadRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public BadRequestException(String field, String message) {
        super(message, null, false, false);
        this.errors = List.of(new FieldError(field, message));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
