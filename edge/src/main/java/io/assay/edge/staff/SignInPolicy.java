package io.assay.edge.staff;

import java.time.Duration;
import java.time.Instant;

/**
 * What a sign-in attempt does to an account: a right secret clears the count of wrong ones; the
 * {@code maxAttempts}-th wrong one in a row locks the account for {@code lockFor}; while locked, even the
 * right secret is refused (and the lock is not extended, so a locked account cannot be kept locked forever
 * by someone hammering it). A lock that has run out starts a fresh count.
 */
public record SignInPolicy(int maxAttempts, Duration lockFor) {

    public static final SignInPolicy DEFAULT = new SignInPolicy(5, Duration.ofMinutes(15));

    public SignInPolicy {
        if (maxAttempts < 1 || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("maxAttempts must be at least 1 and lockFor positive");
        }
    }

    /** The outcome of one attempt on {@code member} at {@code now}, whose secret did or did not match. */
    public Attempt judge(StaffMember member, boolean secretMatches, Instant now) {
        if (member.lockedAt(now)) {
            return new Attempt.Locked(member, member.lockedUntil(), false);
        }
        int failedBefore = member.lockedUntil() != null ? 0 : member.failedAttempts();
        if (secretMatches) {
            boolean unchanged = failedBefore == 0 && member.lockedUntil() == null;
            return new Attempt.Accepted(unchanged ? member : member.changed(member.role(), 0, null, now));
        }
        int failed = failedBefore + 1;
        if (failed >= maxAttempts) {
            Instant until = now.plus(lockFor);
            return new Attempt.Locked(member.changed(member.role(), 0, until, now), until, true);
        }
        return new Attempt.Refused(member.changed(member.role(), failed, null, now), maxAttempts - failed);
    }

    /** One attempt's outcome, with the account as it is to be saved (possibly unchanged). */
    public sealed interface Attempt {

        StaffMember after();

        record Accepted(StaffMember after) implements Attempt {
        }

        /** A wrong secret; {@code attemptsLeft} more before the account locks. */
        record Refused(StaffMember after, int attemptsLeft) implements Attempt {
        }

        /** Refused because the account is locked until {@code until}; {@code justLocked} when this attempt locked it. */
        record Locked(StaffMember after, Instant until, boolean justLocked) implements Attempt {
        }
    }
}
