package io.assay.edge.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.json.Json;
import io.assay.edge.staff.Permission;
import io.assay.edge.staff.RolePermissions;
import io.assay.edge.staff.SecretHash;
import io.assay.edge.staff.SignInPolicy;
import io.assay.edge.staff.StaffDirectory;
import io.assay.edge.staff.StaffMember;
import io.assay.edge.staff.StaffService;
import io.assay.edge.store.Writer;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Sign-in and sign-out: {@code /api/v1/session}. The secret is checked on a worker thread (Argon2id takes
 * tens of milliseconds on purpose), then the attempt is recorded through the writer, which applies the
 * lockout and journals it. A wrong secret and an unknown user get the same answer, after the same work.
 */
final class SessionRoutes {

    private final Sessions sessions;
    private final StaffDirectory staff;
    private final StaffService service;
    private final RolePermissions permissions;
    private final SecretHash hash = new SecretHash();
    private final Writer writer;
    /** Secure when the listener speaks TLS: a browser would not send a Secure cookie back over plain HTTP. */
    private final boolean secureCookie;
    /** A hash of nothing anyone knows, checked when the user is unknown so that the answer takes as long. */
    private volatile String decoy;

    private final WorkerExecutor secretChecks;

    SessionRoutes(ApiDependencies deps, Sessions sessions, WorkerExecutor secretChecks) {
        this.secretChecks = secretChecks;
        this.sessions = sessions;
        this.staff = deps.staff();
        this.service = new StaffService(deps.config().staff().signIn());
        this.permissions = deps.config().staff().permissions();
        this.writer = deps.writer();
        this.secureCookie = deps.config().http().tls() != null;
    }

    void signIn(RoutingContext rc) {
        JsonNode body = Responses.body(rc);
        String user = body.path("user").asText();
        boolean pin = body.hasNonNull("pin");
        if (pin == body.hasNonNull("password")) {
            throw new BadRequestException(pin ? "password" : "pin", "give either a pin or a password");
        }
        String method = pin ? "pin" : "password";
        char[] secret = body.path(method).asText().toCharArray();
        secretChecks.executeBlocking(() -> {
            Optional<StaffMember> member = staff.member(user);
            String stored = member.map(m -> pin ? m.pinHash() : m.passwordHash()).orElse(null);
            boolean matches;
            try {
                matches = hash.verify(secret, stored != null ? stored : decoy()) && stored != null;
            } finally {
                Arrays.fill(secret, '\0');
            }
            String actor = member.isPresent() ? user : Caller.NOBODY;
            return writer.submit(actor, work -> service.recordSignIn(work, user, matches, method)).get(30, TimeUnit.SECONDS);
        }, false).onSuccess(attempt -> {
            if (attempt instanceof SignInPolicy.Attempt.Accepted accepted) {
                // Switching user at a shared register: the browser's previous session ends with this sign-in.
                sessions.close(AccessGuard.token(rc));
                Sessions.Session session = sessions.open(accepted.after());
                rc.response().addCookie(cookie(session.token));
                Responses.json(rc, 200, describe(accepted.after(), session));
            } else if (attempt instanceof SignInPolicy.Attempt.Locked locked) {
                Problems.send(rc, 423, "locked", "Locked", "The account is locked until " + locked.until()
                        + " after too many wrong attempts; the owner can unlock it sooner", List.of(),
                        Map.of("lockedUntil", locked.until().toString()));
            } else {
                Problems.send(rc, 401, "sign-in-refused", "Unauthorized", "The user name or the " + method + " is wrong", List.of());
            }
        }).onFailure(rc::fail);
    }

    void current(RoutingContext rc) {
        Optional<Sessions.Session> session = sessions.find(AccessGuard.token(rc));
        Optional<StaffMember> member = session.flatMap(s -> staff.member(s.user));
        if (member.isEmpty()) {
            Problems.send(rc, 401, "no-session", "Unauthorized", "Nobody is signed in here, or the session timed out", List.of());
            return;
        }
        Responses.json(rc, 200, describe(member.get(), session.get()));
    }

    void signOut(RoutingContext rc) {
        sessions.close(AccessGuard.token(rc));
        rc.response().addCookie(cookie("").setMaxAge(0));
        rc.response().setStatusCode(204).end();
    }

    /** The session cookie: never readable by scripts, never sent by another site's page. */
    private Cookie cookie(String value) {
        return Cookie.cookie(Sessions.COOKIE, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(secureCookie);
    }

    private ObjectNode describe(StaffMember member, Sessions.Session session) {
        ObjectNode body = Json.mapper().createObjectNode()
                .put("user", member.user())
                .put("name", member.name())
                .put("role", member.role().jsonName());
        ArrayNode granted = body.putArray("permissions");
        permissions.of(member.role()).stream().map(Permission::jsonName).sorted().forEach(granted::add);
        body.put("csrfToken", session.csrfToken);
        body.put("idleTimeoutSeconds", sessions.idleTimeout().toSeconds());
        return body;
    }

    private String decoy() {
        String value = decoy;
        if (value == null) {
            value = hash.hash("decoy for unknown users".toCharArray());
            decoy = value;
        }
        return value;
    }
}
