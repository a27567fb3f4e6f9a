package io.assay.edge.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.assay.edge.config.AssayConfig;
import io.assay.edge.staff.Permission;
import io.assay.edge.staff.Role;
import io.assay.edge.staff.RolePermissions;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.RunningApp;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks the HTTP router's own list of routes and calls every one over HTTP as nobody and as each role:
 * a route without its rule, or a rule the server does not enforce, fails here. The requests carry an
 * empty or unusable body: whatever a permitted call then answers (400, 404, 422...), it must not be a
 * refusal of the session or the role.
 */
class RoleRouteAccessTest {

    @RegisterExtension
    final RunningApp running = new RunningApp();

    @RegisterExtension
    final RunningApp closedMonitoring = new RunningApp(c -> c.withHttp(new AssayConfig.Http(c.http().host(), c.http().port(), false, null)));

    private static final RolePermissions ROLES = RolePermissions.defaults();

    @Test
    void everyRouteRefusesWhomItMustAndOnlyThem() {
        List<ApiRoute> routes = running.app().apiRoutes();
        assertThat(routes.stream().map(ApiRoute::operationId).collect(Collectors.toSet()))
                .as("the router serves every operation of the contract").hasSizeGreaterThanOrEqualTo(32);
        SoftAssertions softly = new SoftAssertions();
        for (ApiRoute route : routes) {
            RouteAccess.Rule rule = RouteAccess.of(route.operationId()).orElse(null);
            softly.assertThat(rule).as(route + " has a rule").isNotNull();
            if (rule == null) {
                continue;
            }
            ApiResponse anonymous = call(running.anonymous(), route);
            if (rule.isOpen() || rule.isMonitoring()) {
                // "Who is signed in here?" is open, and its answer for nobody is a 401 of its own.
                softly.assertThat(anonymous.status()).as(route + " is open: " + anonymous.body())
                        .isNotIn(route.operationId().equals("getSession") ? List.of(403) : List.of(401, 403));
                continue;
            }
            softly.assertThat(anonymous.status()).as(route + " for nobody").isEqualTo(401);
            softly.assertThat(anonymous.json().path("type").asText()).as(route + " for nobody").endsWith("/no-session");
            for (Role role : Role.values()) {
                ApiResponse answer = call(running.as(role), route);
                if (ROLES.allows(role, rule.permission())) {
                    softly.assertThat(answer.status()).as(route + " for " + role + ": " + answer.body()).isNotIn(401, 403);
                } else {
                    softly.assertThat(answer.status()).as(route + " for " + role).isEqualTo(403);
                    softly.assertThat(answer.json().path("detail").asText()).as(route + " for " + role)
                            .contains(rule.permission().jsonName());
                    softly.assertThat(answer.json().path("permission").asText()).as(route + " for " + role)
                            .isEqualTo(rule.permission().jsonName());
                }
            }
            if (changes(route)) {
                ApiClient owner = running.client();
                ApiResponse noToken = owner.send(route.method(), concrete(route), "application/json", "{}", "X-CSRF-Token", "forged");
                softly.assertThat(noToken.status()).as(route + " without the session's CSRF token").isEqualTo(403);
                softly.assertThat(noToken.json().path("type").asText()).as(route + " CSRF").endsWith("/csrf");
            }
        }
        softly.assertAll();
    }

    @Test
    void monitoringClosedByConfigurationNeedsItsPermission() {
        for (String path : List.of("/health/live", "/health/ready", "/metrics")) {
            assertThat(closedMonitoring.anonymous().get(path).status()).as(path).isEqualTo(401);
            assertThat(closedMonitoring.as(Role.ASSOCIATE).get(path).status()).as(path).isEqualTo(403);
            assertThat(closedMonitoring.as(Role.AUDITOR).get(path).status()).as(path).isEqualTo(200);
            assertThat(ROLES.allows(Role.AUDITOR, Permission.MONITORING_READ)).isTrue();
        }
        assertThat(running.anonymous().get("/metrics").status()).as("open by default").isEqualTo(200);
        assertThat(closedMonitoring.anonymous().get("/").status()).as("the register's page stays open").isEqualTo(200);
    }

    @Test
    void aRoleChangeAppliesToTheOpenSessionAtOnce() {
        ApiClient associate = running.as(Role.ASSOCIATE);
        assertThat(associate.get("/api/v1/journal").status()).isEqualTo(403);

        ApiResponse promoted = running.client().send("PUT", "/api/v1/staff/associate/role", "application/json", "{\"role\":\"manager\"}");

        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        assertThat(associate.get("/api/v1/journal").status()).isEqualTo(200);
    }

    private static ApiResponse call(ApiClient client, ApiRoute route) {
        String path = concrete(route);
        return changes(route) ? client.send(route.method(), path, "application/json", "{}") : client.send(route.method(), path, null, null);
    }

    private static boolean changes(ApiRoute route) {
        return !Set.of("GET", "HEAD").contains(route.method());
    }

    /** The route's path with a value in each parameter. */
    private static String concrete(ApiRoute route) {
        return route.path().replaceAll(":[A-Za-z]+", "x");
    }
}
