package io.assay.edge.http;

import io.assay.edge.domain.FieldError;
import java.util.List;

/** A request the caller's role may not make in this form: a 403 naming the fields at fault. */
final class ForbiddenException extends RuntimeException {

    private final List<FieldError> errors;

    ForbiddenException(String message, List<FieldError> errors) {
        super(message, null, false, false);
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
