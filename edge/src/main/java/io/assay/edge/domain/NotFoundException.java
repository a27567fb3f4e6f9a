package io.assay.edge.domain;

/** The named thing does not exist. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }
}
