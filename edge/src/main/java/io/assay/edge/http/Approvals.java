package io.assay.edge.http;

import io.assay.edge.domain.ApprovalRequiredException;
import io.assay.edge.staff.Permission;
import io.assay.edge.staff.RolePermissions;
import io.assay.edge.staff.SecretHash;
import io.assay.edge.staff.SignInPolicy;
import io.assay.edge.staff.StaffDirectory;
import io.assay.edge.staff.StaffMember;
import io.assay.edge.staff.StaffService;
import io.assay.edge.store.Writer;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Manager approval of a sensitive action, on the same request: the manager types their user name and
 * PIN on the associate's screen, which sends them in {@link #USER_HEADER} and {@link #PIN_HEADER}. The
 * PIN is checked like a sign-in (Argon2id, on a worker) and a wrong one counts toward the manager's
 * lock. Someone who holds {@link Permission#APPROVE} needs nobody else's approval.
 */
final class Approvals {

    static final String USER_HEADER = "X-Approval-User";
    static final String PIN_HEADER = "X-Approval-Pin";

    private final StaffDirectory staff;
    private final RolePermissions permissions;
    private final StaffService service;
    private final Writer writer;
    private final SecretHash hash = new SecretHash();

    private final WorkerExecutor secretChecks;

    Approvals(ApiDependencies deps, WorkerExecutor secretChecks) {
        this.secretChecks = secretChecks;
        this.staff = deps.staff();
        this.permissions = deps.config().staff().permissions();
        this.service = new StaffService(deps.config().staff().signIn());
        this.writer = deps.writer();
    }

    /**
     * Approves {@code action} (e.g. "writing off a piece") for the caller of {@code rc}: succeeds with the
     * approver's user name, or null when the caller may approve it themselves; fails with an
     * {@link ApprovalRequiredException} when no approval came, an {@link ApprovalException} when it is refused.
     */
    Future<String> approve(RoutingContext rc, String action) {
        if (Caller.may(rc, Permission.APPROVE)) {
            return Future.succeededFuture(null);
        }
        String approver = rc.request().getHeader(USER_HEADER);
        String pinText = rc.request().getHeader(PIN_HEADER);
        if (approver == null || approver.isBlank() || pinText == null || pinText.isEmpty()) {
            return Future.failedFuture(new ApprovalRequiredException(action));
        }
        String actor = Caller.actor(rc);
        if (approver.equals(actor)) {
            return Future.failedFuture(ApprovalException.refused("A second person must approve: " + actor + " cannot approve their own action"));
        }
        Optional<StaffMember> member = staff.member(approver);
        if (member.isPresent() && !permissions.allows(member.get().role(), Permission.APPROVE)) {
            return Future.failedFuture(ApprovalException.refused(member.get().name() + " (" + member.get().role().jsonName()
                    + ") cannot approve: ask a manager"));
        }
        char[] pin = pinText.toCharArray();
        return secretChecks.executeBlocking(() -> {
            String stored = member.map(StaffMember::pinHash).orElse(null);
            boolean matches;
            try {
                matches = stored != null && hash.verify(pin, stored);
            } finally {
                Arrays.fill(pin, '\0');
            }
            return writer.submit(actor, work -> service.recordApproval(work, approver, matches, action)).get(30, TimeUnit.SECONDS);
        }, false).map(attempt -> {
            if (attempt instanceof SignInPolicy.Attempt.Accepted) {
                return approver;
            }
            if (attempt instanceof SignInPolicy.Attempt.Locked locked) {
                throw ApprovalException.locked(approver, locked.until());
            }
            throw ApprovalException.refused("The approver's user name or PIN is wrong");
        });
    }
}
