package io.assay.edge.http;

import java.time.Instant;
import java.util.Map;

/**
 * An approval given that is refused ({@code approval-refused}, or {@code locked} when the approver's
 * account is). An approval not given at all is the domain's {@link io.assay.edge.domain.ApprovalRequiredException}.
 * The register's approval dialog tells them apart by the problem type.
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
}
