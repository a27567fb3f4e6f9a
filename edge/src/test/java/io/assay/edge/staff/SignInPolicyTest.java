package io.assay.edge.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Five wrong secrets in a row lock an account for the configured time; a right one clears the count. */
class SignInPolicyTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private final SignInPolicy policy = new SignInPolicy(5, Duration.ofMinutes(15));
    private StaffMember member = new StaffMember("anna", "Anna", Role.ASSOCIATE, "$argon2id$x", null, 0, null, 1, T0, T0);

    @Test
    void theFifthWrongSecretInARowLocksAndEvenTheRightOneIsRefusedUntilTheLockRunsOut() {
        for (int i = 1; i <= 4; i++) {
            SignInPolicy.Attempt attempt = attempt(false, T0.plusSeconds(i));
            assertThat(attempt).isInstanceOf(SignInPolicy.Attempt.Refused.class);
            assertThat(((SignInPolicy.Attempt.Refused) attempt).attemptsLeft()).isEqualTo(5 - i);
        }
        SignInPolicy.Attempt fifth = attempt(false, T0.plusSeconds(5));
        assertThat(fifth).isEqualTo(new SignInPolicy.Attempt.Locked(member, T0.plusSeconds(5).plus(Duration.ofMinutes(15)), true));

        SignInPolicy.Attempt whileLocked = attempt(true, T0.plusSeconds(60));
        assertThat(whileLocked).isInstanceOf(SignInPolicy.Attempt.Locked.class);
        assertThat(((SignInPolicy.Attempt.Locked) whileLocked).justLocked()).isFalse();
        assertThat(whileLocked.after()).as("a locked account's lock is not extended").isSameAs(member);

        SignInPolicy.Attempt afterLock = attempt(true, T0.plusSeconds(5).plus(Duration.ofMinutes(15)));
        assertThat(afterLock).isInstanceOf(SignInPolicy.Attempt.Accepted.class);
        assertThat(member.lockedUntil()).isNull();
        assertThat(member.failedAttempts()).isZero();
    }

    @Test
    void aRightSecretClearsTheCountAndALockThatRanOutStartsAFreshOne() {
        attempt(false, T0);
        attempt(false, T0);
        assertThat(attempt(true, T0)).isInstanceOf(SignInPolicy.Attempt.Accepted.class);
        assertThat(member.failedAttempts()).isZero();
        for (int i = 0; i < 4; i++) {
            assertThat(attempt(false, T0)).isInstanceOf(SignInPolicy.Attempt.Refused.class);
        }
        assertThat(attempt(false, T0)).isInstanceOf(SignInPolicy.Attempt.Locked.class);
        Instant later = T0.plus(Duration.ofHours(1));
        SignInPolicy.Attempt first = attempt(false, later);
        assertThat(first).isInstanceOf(SignInPolicy.Attempt.Refused.class);
        assertThat(((SignInPolicy.Attempt.Refused) first).attemptsLeft()).isEqualTo(4);
    }

    @Test
    void anAcceptedSignInOfAHealthyAccountChangesNothing() {
        SignInPolicy.Attempt attempt = policy.judge(member, true, T0);
        assertThat(attempt.after()).isSameAs(member);
    }

    private SignInPolicy.Attempt attempt(boolean matches, Instant at) {
        SignInPolicy.Attempt attempt = policy.judge(member, matches, at);
        member = attempt.after();
        return attempt;
    }
}
