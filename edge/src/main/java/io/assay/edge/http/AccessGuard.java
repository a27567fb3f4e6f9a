package io.assay.edge.http;

import io.assay.edge.config.AssayConfig;
import io.assay.edge.staff.Permission;
import io.assay.edge.staff.RolePermissions;
import io.assay.edge.staff.StaffDirectory;
import io.assay.edge.staff.StaffMember;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.SecurityPolicyHandler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every API request against its operation's {@link RouteAccess} rule before anything else runs
 * (the body is not even read): a session (401 without), a role that holds the permission (403), and on a
 * change the session's CSRF token in {@code X-CSRF-Token} (403). The person found is attached as the
 * request's {@link Caller}. The role is read from the directory at each request, so a role change or a
 * removal applies at once.
 */
final class AccessGuard implements SecurityPolicyHandler {

    static final String CSRF_HEADER = "X-CSRF-Token";
    /** Operations a screen calls on its own, on a timer: they do not keep a session from timing out. */
    private static final Set<String> PASSIVE = Set.of("readChanges");

    private final ApiPaths paths;
    private final Sessions sessions;
    private final StaffDirectory staff;
    private final RolePermissions permissions;
    private final boolean openMonitoring;

    AccessGuard(ApiPaths paths, Sessions sessions, StaffDirectory staff, AssayConfig config) {
        this.paths = paths;
        this.sessions = sessions;
        this.staff = staff;
        this.permissions = config.staff().permissions();
        this.openMonitoring = config.http().openMonitoring();
    }

    @Override
    public void handle(RoutingContext rc) {
        Optional<String> operation = paths.operation(rc);
        if (operation.isEmpty()) {
            // No such route: the router answers 404 or 405, which tells nothing a route list would not.
            rc.next();
            return;
        }
        RouteAccess.Rule rule = RouteAccess.of(operation.get()).orElseThrow();
        Permission needed = rule.permission();
        if (rule.isMonitoring() && openMonitoring) {
            rc.next();
            return;
        }
        if (rule.isOpen()) {
            Sessions.Session session = sessions.find(token(rc)).orElse(null);
            StaffMember member = session == null ? null : staff.member(session.user).orElse(null);
            if (member != null) {
                // Open routes still know who is asking, when someone is (sign-out records who left).
                new Caller(member, session, permissions).attach(rc);
            }
            rc.next();
            return;
        }
        Optional<Sessions.Session> session = sessions.find(token(rc), !PASSIVE.contains(operation.get()));
        Optional<StaffMember> member = session.flatMap(s -> staff.member(s.user));
        if (member.isEmpty()) {
            Problems.send(rc, 401, "no-session", "Unauthorized",
                    "Sign in first: nobody is signed in on this browser, or the session timed out", List.of());
            return;
        }
        if (!permissions.allows(member.get().role(), needed)) {
            Problems.send(rc, 403, "forbidden", "Forbidden", member.get().name() + " (" + member.get().role().jsonName()
                    + ") may not do this: it needs the " + needed.jsonName() + " permission", List.of(),
                    Map.of("permission", needed.jsonName()));
            return;
        }
        if (changes(rc.request().method()) && !sameToken(session.get().csrfToken, rc.request().getHeader(CSRF_HEADER))) {
            Problems.send(rc, 403, "csrf", "Forbidden", "A change needs the session's token in the " + CSRF_HEADER
                    + " header; reload the page and try again", List.of());
            return;
        }
        new Caller(member.get(), session.get(), permissions).attach(rc);
        rc.next();
    }

    static String token(RoutingContext rc) {
        Cookie cookie = rc.request().getCookie(Sessions.COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    private static boolean changes(HttpMethod method) {
        return !(method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD) || method.equals(HttpMethod.OPTIONS));
    }

    private static boolean sameToken(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
