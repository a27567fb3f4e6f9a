package io.assay.edge.domain;

import java.util.List;

/** The request breaks one or more rules; {@link #errors()} names every bad field. */
public final class InvalidInputException extends DomainException {

    private final List<FieldError> errors;

    public InvalidInputException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(message, List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
