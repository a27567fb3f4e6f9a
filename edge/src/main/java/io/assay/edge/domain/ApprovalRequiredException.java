package io.assay.edge.domain;

/**
 * A command that needs a second person's approval and came without it: a discount above the store's
 * threshold, a price override. The HTTP layer answers 403 approval-required naming the action, and the
 * register asks a manager for their PIN.
 */
public final class ApprovalRequiredException extends DomainException {

    private final String action;

    /** @param action what needs approving, in words ("a discount of 15%") */
    public ApprovalRequiredException(String action) {
        super(Character.toUpperCase(action.charAt(0)) + action.substring(1) + " needs a manager's approval.");
        this.action = action;
    }

    public String action() {
        return action;
    }
}
