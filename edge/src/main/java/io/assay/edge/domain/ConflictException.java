package io.assay.edge.domain;

/** The request is well formed but the current state forbids it (an illegal status change, a taken serial). */
public final class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
