package io.assay.edge.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.assay.edge.staff.Role;
import io.assay.edge.staff.StaffMember;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Sessions end after their idle time, whether their cookie comes back (find) or not (sweep). */
class SessionsTest {

    private static final Instant NINE = Instant.parse("2026-11-25T09:00:00Z");

    private final MovableClock clock = new MovableClock(NINE);
    private final Sessions sessions = new Sessions(Duration.ofMinutes(15), clock);

    @Test
    void aSessionInUseLastsAndAnIdleOneEnds() {
        Sessions.Session used = sessions.open(member("anna"));
        Sessions.Session idle = sessions.open(member("bruno"));

        clock.now = NINE.plus(Duration.ofMinutes(10));
        assertThat(sessions.find(used.token)).isPresent();
        clock.now = NINE.plus(Duration.ofMinutes(20));

        assertThat(sessions.find(used.token)).as("used 10 minutes ago").isPresent();
        assertThat(sessions.find(idle.token)).as("idle 20 minutes").isEmpty();
        assertThat(used.csrfToken).isNotEqualTo(used.token).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void aScreenPollingOnItsOwnDoesNotKeepTheSessionAlive() {
        Sessions.Session polled = sessions.open(member("anna"));

        clock.now = NINE.plus(Duration.ofMinutes(14));
        assertThat(sessions.find(polled.token, false)).isPresent();
        clock.now = NINE.plus(Duration.ofMinutes(15));

        assertThat(sessions.find(polled.token, false)).isEmpty();
    }

    @Test
    void theSweepForgetsSessionsWhoseCookieNeverCameBack() {
        sessions.open(member("anna"));
        Sessions.Session late = sessions.open(member("bruno"));
        clock.now = NINE.plus(Duration.ofMinutes(14));
        sessions.find(late.token);
        clock.now = NINE.plus(Duration.ofMinutes(15));

        assertThat(sessions.sweep()).isEqualTo(1);
        assertThat(sessions.size()).isEqualTo(1);
        assertThat(sessions.find(late.token)).isPresent();
    }

    private static StaffMember member(String user) {
        return new StaffMember(user, user, Role.ASSOCIATE, "$argon2id$v=19$m=64,t=1,p=1$c2FsdA$aGFzaA", null, 0, null, 1, NINE, NINE);
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
