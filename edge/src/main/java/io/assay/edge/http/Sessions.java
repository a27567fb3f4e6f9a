package io.assay.edge.http;

import io.assay.edge.staff.StaffMember;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Who is signed in on which browser: sessions by an unguessable token (the cookie), each with its own
 * CSRF token, ending after {@code idleTimeout} without a request. In memory only: a restart signs
 * everyone out, which at a register costs one PIN.
 */
final class Sessions {

    static final String COOKIE = "assay_session";

    /** One signed-in person on one browser. */
    static final class Session {
        final String token;
        final String user;
        final String csrfToken;
        private volatile Instant lastSeen;

        private Session(String token, String user, String csrfToken, Instant now) {
            this.token = token;
            this.user = user;
            this.csrfToken = csrfToken;
            this.lastSeen = now;
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final ConcurrentMap<String, Session> byToken = new ConcurrentHashMap<>();
    private final Duration idleTimeout;
    private final Clock clock;

    Sessions(Duration idleTimeout, Clock clock) {
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    Duration idleTimeout() {
        return idleTimeout;
    }

    Session open(StaffMember member) {
        Session session = new Session(token(), member.user(), token(), clock.instant());
        byToken.put(session.token, session);
        return session;
    }

    /** The live session of {@code token}, its idle time restarted; empty when unknown or timed out (then ended). */
    Optional<Session> find(String token) {
        return find(token, true);
    }

    /**
     * As {@link #find(String)}; with {@code activity} false the idle time runs on: a screen polling for
     * changes on its own is not a person at the register.
     */
    Optional<Session> find(String token, boolean activity) {
        if (token == null) {
            return Optional.empty();
        }
        Session session = byToken.get(token);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!now.isBefore(session.lastSeen.plus(idleTimeout))) {
            byToken.remove(token, session);
            return Optional.empty();
        }
        if (activity) {
            session.lastSeen = now;
        }
        return Optional.of(session);
    }

    /** Ends every session idle for {@code idleTimeout} or longer; returns how many. Run now and then. */
    int sweep() {
        Instant now = clock.instant();
        int before = byToken.size();
        byToken.values().removeIf(session -> !now.isBefore(session.lastSeen.plus(idleTimeout)));
        return before - byToken.size();
    }

    int size() {
        return byToken.size();
    }

    void close(String token) {
        if (token != null) {
            byToken.remove(token);
        }
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
