package io.assay.edge.staff;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.domain.ConflictException;
import io.assay.edge.domain.FieldError;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.domain.NotFoundException;
import io.assay.edge.domain.UnitOfWork;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff accounts' changes, run on the writer: each saves the account and journals what happened, so the
 * journal (the audit trail) says who changed whom, and every failed sign-in and lock.
 *
 * <p>Hashing a secret takes tens of milliseconds on purpose (Argon2id); it never happens here, where it
 * would hold up every other write. Callers hash or verify first, on their own thread, and hand this
 * service hashes and outcomes.
 */
public final class StaffService {

    public static final String STAFF_CREATED = "io.assay.staff.created";
    public static final String STAFF_ROLE_CHANGED = "io.assay.staff.role-changed";
    public static final String SIGN_IN_SUCCEEDED = "io.assay.staff.signed-in";
    public static final String SIGN_IN_FAILED = "io.assay.staff.sign-in-failed";
    public static final String STAFF_LOCKED = "io.assay.staff.locked";
    public static final String STAFF_UNLOCKED = "io.assay.staff.unlocked";
    public static final String APPROVAL_REFUSED = "io.assay.staff.approval-refused";

    /** PINs are quick at the counter, but not shorter than this many digits. */
    public static final int MIN_PIN_DIGITS = 6;
    public static final int MIN_PASSWORD_LENGTH = 10;

    private final SignInPolicy policy;

    public StaffService(SignInPolicy policy) {
        this.policy = policy;
    }

    /** What is wrong with a PIN or password before it is hashed; empty when both are acceptable. */
    public static List<FieldError> secretProblems(char[] pin, char[] password) {
        List<FieldError> errors = new ArrayList<>();
        if (pin == null && password == null) {
            errors.add(new FieldError("pin", "a PIN or a password is needed"));
        }
        if (pin != null && (pin.length < MIN_PIN_DIGITS || !allDigits(pin))) {
            errors.add(new FieldError("pin", "a PIN is " + MIN_PIN_DIGITS + " digits or more"));
        }
        if (password != null && password.length < MIN_PASSWORD_LENGTH) {
            errors.add(new FieldError("password", "a password is " + MIN_PASSWORD_LENGTH + " characters or more"));
        }
        return errors;
    }

    /**
     * Adds a person with already hashed secrets (see {@link #secretProblems}, {@link SecretHash}).
     *
     * @throws InvalidInputException naming the bad fields
     * @throws ConflictException     when the user name is taken
     */
    public StaffMember create(UnitOfWork work, String user, String name, Role role, String pinHash, String passwordHash) {
        List<FieldError> errors = new ArrayList<>();
        if (!StaffMember.isValidUser(user)) {
            errors.add(new FieldError("user", "2 to 32 of a-z, 0-9, '.', '-', '_'"));
        }
        if (name == null || name.isBlank() || name.length() > 80) {
            errors.add(new FieldError("name", "a name of 1 to 80 characters"));
        }
        if (role == null) {
            errors.add(new FieldError("role", "one of owner, manager, associate, bench, auditor"));
        }
        if (pinHash == null && passwordHash == null) {
            errors.add(new FieldError("pin", "a PIN or a password is needed"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The staff member cannot be added", errors);
        }
        if (work.staff().member(user).isPresent()) {
            throw new ConflictException("There is already a staff member '" + user + "'");
        }
        StaffMember member = new StaffMember(user, name.strip(), role, pinHash, passwordHash, 0, null, 1, work.now(), work.now());
        work.staff().save(member);
        work.record(STAFF_CREATED, user, describe(member));
        return member;
    }

    /**
     * Makes the first owner of a store that has none (the enrolment): as {@link #create}, refused when an
     * owner exists by the time it runs, so two enrolments at once cannot both succeed.
     */
    public StaffMember enrolOwner(UnitOfWork work, String user, String name, String pinHash, String passwordHash) {
        if (work.staff().all().stream().anyMatch(m -> m.role() == Role.OWNER)) {
            throw new ConflictException("The store already has an owner");
        }
        return create(work, user, name, Role.OWNER, pinHash, passwordHash);
    }

    /**
     * Gives {@code user} another role.
     *
     * @throws ConflictException when that would leave the store without an owner
     */
    public StaffMember changeRole(UnitOfWork work, String user, Role role) {
        StaffMember member = work.staff().member(user).orElseThrow(() -> new NotFoundException("No staff member '" + user + "'"));
        if (member.role() == role) {
            return member;
        }
        if (member.role() == Role.OWNER && work.staff().all().stream().filter(m -> m.role() == Role.OWNER).count() == 1) {
            throw new ConflictException(user + " is the last owner: make someone else owner first");
        }
        StaffMember changed = member.changed(role, member.failedAttempts(), member.lockedUntil(), work.now());
        work.staff().save(changed);
        ObjectNode data = describe(changed).put("previousRole", member.role().jsonName());
        work.record(STAFF_ROLE_CHANGED, user, data);
        return changed;
    }

    /** Ends {@code user}'s lock and forgets their wrong attempts, before the lock would time out. */
    public StaffMember unlock(UnitOfWork work, String user) {
        StaffMember member = work.staff().member(user).orElseThrow(() -> new NotFoundException("No staff member '" + user + "'"));
        if (member.lockedUntil() == null && member.failedAttempts() == 0) {
            return member;
        }
        StaffMember unlocked = member.changed(member.role(), 0, null, work.now());
        work.staff().save(unlocked);
        work.record(STAFF_UNLOCKED, user, JsonNodeFactory.instance.objectNode()
                .put("wasLockedUntil", member.lockedUntil() == null ? null : member.lockedUntil().toString()));
        return unlocked;
    }

    /**
     * Records a sign-in attempt on {@code user} whose secret was checked (off the writer) to match or not.
     * An unknown user is journalled as a failure too, and answered as one: the caller must not tell the
     * two apart to the person at the screen.
     */
    public SignInPolicy.Attempt recordSignIn(UnitOfWork work, String user, boolean secretMatches, String method) {
        return recordSecret(work, user, secretMatches, SIGN_IN_SUCCEEDED, SIGN_IN_FAILED,
                JsonNodeFactory.instance.objectNode().put("method", method), "wrong " + method);
    }

    /**
     * Records a manager's PIN entered to approve another person's action ({@code action}), checked off the
     * writer to match or not. A wrong PIN counts toward the approver's lock exactly as at sign-in; a right
     * one is journalled by the approved action's own events, which name the approver.
     */
    public SignInPolicy.Attempt recordApproval(UnitOfWork work, String approver, boolean pinMatches, String action) {
        return recordSecret(work, approver, pinMatches, null, APPROVAL_REFUSED,
                JsonNodeFactory.instance.objectNode().put("action", action).put("for", work.actor()), "wrong pin");
    }

    /**
     * Judges one entry of {@code user}'s secret and journals it: {@code succeeded} (none when null) or
     * {@code failed}, and the lock when this failure locks the account. Null for an unknown user.
     */
    private SignInPolicy.Attempt recordSecret(UnitOfWork work, String user, boolean matches, String succeeded, String failed,
            ObjectNode data, String wrong) {
        StaffMember member = work.staff().member(user).orElse(null);
        if (member == null) {
            work.record(failed, user, data.put("reason", "unknown user"));
            return null;
        }
        SignInPolicy.Attempt attempt = policy.judge(member, matches, work.now());
        if (attempt.after() != member) {
            work.staff().save(attempt.after());
        }
        if (attempt instanceof SignInPolicy.Attempt.Accepted) {
            if (succeeded != null) {
                work.record(succeeded, user, data);
            }
        } else if (attempt instanceof SignInPolicy.Attempt.Refused refused) {
            work.record(failed, user, data.put("reason", wrong).put("attemptsLeft", refused.attemptsLeft()));
        } else if (attempt instanceof SignInPolicy.Attempt.Locked locked && locked.justLocked()) {
            work.record(failed, user, data.put("reason", wrong).put("attemptsLeft", 0));
            work.record(STAFF_LOCKED, user, JsonNodeFactory.instance.objectNode().put("until", locked.until().toString()));
        } else if (attempt instanceof SignInPolicy.Attempt.Locked locked) {
            work.record(failed, user, data.put("reason", "locked").put("until", locked.until().toString()));
        }
        return attempt;
    }

    /** What the journal says of an account: never its hashes. */
    private static ObjectNode describe(StaffMember member) {
        return JsonNodeFactory.instance.objectNode()
                .put("user", member.user())
                .put("name", member.name())
                .put("role", member.role().jsonName())
                .put("pin", member.pinHash() != null)
                .put("password", member.passwordHash() != null);
    }

    private static boolean allDigits(char[] secret) {
        for (char c : secret) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
