package io.assay.edge.domain;

/**
 * A refusal by a domain rule. The HTTP layer maps each subtype to one problem document in one place.
 * Thrown by commands before they write anything, so a refused command leaves no trace.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInputException, ConflictException, NotFoundException, ApprovalRequiredException {

    protected DomainException(String message) {
        super(message, null, false, false);
    }
}
