package io.assay.edge.support;

import io.assay.edge.demo.DemoStaff;
import io.assay.edge.json.Json;
import io.assay.edge.staff.Role;
import java.util.Optional;

/**
 * Signed-in clients for tests, with the demo's people (user = role name, the README's PINs) whether or not
 * the app runs in demo mode: without the demo, the owner is enrolled with the log's one-time code and
 * adds the others through the API, as a real store would.
 */
public final class TestStaff {

    public static final String OWNER = "owner";
    public static final String OWNER_PASSWORD = "owner-password";

    private TestStaff() {
    }

    /** The PIN of {@code role}'s person. */
    public static String pin(Role role) {
        return account(role).pin();
    }

    /**
     * A client signed in as the owner, enrolling them first when {@code enrolmentCode} is present (the
     * store has no owner yet).
     */
    public static ApiClient owner(int port, Optional<String> enrolmentCode) {
        ApiClient client = new ApiClient(port);
        enrolmentCode.ifPresent(code -> expect(201, client.post("/api/v1/enrolment", Json.mapper().createObjectNode()
                .put("code", code).put("user", OWNER).put("name", account(Role.OWNER).name())
                .put("pin", pin(Role.OWNER)).put("password", OWNER_PASSWORD))));
        expect(200, client.signIn(OWNER, pin(Role.OWNER)));
        return client;
    }

    /** A client signed in as {@code role}'s person, whom {@code owner} adds first when the store lacks them. */
    public static ApiClient as(Role role, int port, ApiClient owner) {
        if (role == Role.OWNER) {
            return owner;
        }
        DemoStaff.Account account = account(role);
        ApiClient client = new ApiClient(port);
        ApiResponse answer = client.signIn(account.user(), account.pin());
        if (answer.status() == 401) {
            expect(201, owner.post("/api/v1/staff", Json.mapper().createObjectNode().put("user", account.user())
                    .put("name", account.name()).put("role", role.jsonName()).put("pin", account.pin())));
            answer = client.signIn(account.user(), account.pin());
        }
        expect(200, answer);
        return client;
    }

    private static DemoStaff.Account account(Role role) {
        return DemoStaff.ACCOUNTS.stream().filter(a -> a.role() == role).findFirst().orElseThrow();
    }

    private static void expect(int status, ApiResponse answer) {
        if (answer.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + answer);
        }
    }

}
