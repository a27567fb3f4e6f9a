package io.assay.edge.http;

import java.time.Instant;
import java.util.Map;

/**
 * A sensitive action that cannot go ahead as asked: no approval was given ({@code approval-required}),
 * or the one given was refused ({@code approval-refused}, or {@code locked} when the approver's account
 * is). The register's approval dialog tells them apart by the problem type.
 */
final class ApprovalException extends RuntimeException {

    private final int status;
    private final String slug;
    private final Map<String, String> members;

    private ApprovalException(int status, String slug, String detail, Map<String, String> members) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.members = members;
    }

    /** The problem names the {@code action} and the headers that carry an approval. */
    static ApprovalException required(String action) {
        return new ApprovalException(403, "approval-required", capitalised(action) + " needs a manager's approval.",
                Map.of("action", action, "approverHeader", Approvals.USER_HEADER, "pinHeader", Approvals.PIN_HEADER));
    }

    static ApprovalException refused(String detail) {
        return new ApprovalException(403, "approval-refused", detail, Map.of());
    }

    static ApprovalException locked(String approver, Instant until) {
        return new ApprovalException(423, "locked", approver + " is locked until " + until + " after too many wrong PINs",
                Map.of("lockedUntil", until.toString()));
    }

    Map<String, String> members() {
        return members;
    }

    int status() {
        return status;
    }

    String slug() {
        return slug;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
