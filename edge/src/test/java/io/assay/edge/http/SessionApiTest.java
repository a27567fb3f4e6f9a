package io.assay.edge.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.RunningApp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Signing in and out over HTTP with the demo staff: the cookie's flags, the answer's person, role,
 * permissions and CSRF token; one answer for a wrong PIN and an unknown user; the lock after five wrong
 * PINs, and every failure and the lock in the journal.
 */
class SessionApiTest {

    @RegisterExtension
    final RunningApp running = new RunningApp(true);

    private ApiClient api;

    @BeforeEach
    void client() {
        api = running.anonymous();
    }

    @Test
    void aRightPinSignsInWithAStrictHttpOnlyCookieAndTheSessionAnswersUntilSignOut() {
        ApiResponse signedIn = signIn("{\"user\":\"manager\",\"pin\":\"222222\"}");

        assertThat(signedIn.status()).isEqualTo(200);
        String cookie = signedIn.header("Set-Cookie");
        assertThat(cookie).startsWith("assay_session=").containsIgnoringCase("HttpOnly").contains("SameSite=Strict").contains("Path=/")
                .doesNotContain("Secure");
        JsonNode body = signedIn.json();
        assertThat(body.path("user").asText()).isEqualTo("manager");
        assertThat(body.path("role").asText()).isEqualTo("manager");
        assertThat(body.path("csrfToken").asText()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(body.path("permissions").toString()).contains("approve", "cost-read").doesNotContain("staff-manage");

        String session = cookie.substring(0, cookie.indexOf(';'));
        ApiResponse current = api.send("GET", "/api/v1/session", null, null, "Cookie", session);
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.json().path("csrfToken").asText()).isEqualTo(body.path("csrfToken").asText());

        assertThat(api.send("DELETE", "/api/v1/session", null, null, "Cookie", session).status()).isEqualTo(204);
        ApiResponse after = api.send("GET", "/api/v1/session", null, null, "Cookie", session);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.contentType()).isEqualTo("application/problem+json");
        assertThat(api.get("/api/v1/session").status()).isEqualTo(401);
    }

    @Test
    void aWrongPinAndAnUnknownUserGetTheSameAnswerAndTheFifthWrongPinLocksTheAccount() {
        ApiResponse unknown = signIn("{\"user\":\"nobody\",\"pin\":\"333333\"}");
        ApiResponse wrong = signIn("{\"user\":\"associate\",\"pin\":\"999999\"}");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.json().path("detail")).isEqualTo(wrong.json().path("detail"));
        assertThat(unknown.header("Set-Cookie")).isNull();

        for (int i = 2; i <= 4; i++) {
            assertThat(signIn("{\"user\":\"associate\",\"pin\":\"99999" + i + "\"}").status()).isEqualTo(401);
        }
        ApiResponse fifth = signIn("{\"user\":\"associate\",\"pin\":\"999995\"}");
        assertThat(fifth.status()).isEqualTo(423);
        assertThat(fifth.json().path("detail").asText()).contains("locked until");
        ApiResponse rightButLocked = signIn("{\"user\":\"associate\",\"pin\":\"333333\"}");
        assertThat(rightButLocked.status()).isEqualTo(423);
        assertThat(rightButLocked.header("Set-Cookie")).isNull();

        List<String> types = new ArrayList<>();
        List<JsonNode> signIns = new ArrayList<>();
        for (JsonNode event : wholeJournal()) {
            if (event.path("subject").asText().equals("associate") || event.path("subject").asText().equals("nobody")) {
                types.add(event.path("type").asText());
                signIns.add(event);
            }
        }
        assertThat(types).containsExactly("io.assay.staff.created", "io.assay.staff.sign-in-failed",
                "io.assay.staff.sign-in-failed", "io.assay.staff.sign-in-failed", "io.assay.staff.sign-in-failed",
                "io.assay.staff.sign-in-failed", "io.assay.staff.sign-in-failed", "io.assay.staff.locked",
                "io.assay.staff.sign-in-failed");
        // Among these events only: thousands of the demo's digits elsewhere may hold any six in a row.
        assertThat(signIns.toString()).doesNotContain("argon2", "999995", "333333");
    }

    /** Every journal event, a page at a time: the demo's seeding alone is thousands. */
    private List<JsonNode> wholeJournal() {
        List<JsonNode> events = new ArrayList<>();
        while (true) {
            JsonNode page = running.client().get("/api/v1/journal?after=" + events.size() + "&limit=500").json().path("events");
            if (page.isEmpty()) {
                return events;
            }
            page.forEach(events::add);
        }
    }

    @Test
    void switchingUserOnTheSameBrowserEndsThePreviousSession() {
        String first = cookie(signIn("{\"user\":\"associate\",\"pin\":\"333333\"}"));
        ApiResponse switched = api.send("POST", "/api/v1/session", "application/json", "{\"user\":\"manager\",\"pin\":\"222222\"}",
                "Cookie", first);
        assertThat(switched.status()).isEqualTo(200);
        String second = cookie(switched);
        assertThat(api.send("GET", "/api/v1/session", null, null, "Cookie", first).status()).isEqualTo(401);
        assertThat(api.send("GET", "/api/v1/session", null, null, "Cookie", second).json().path("user").asText()).isEqualTo("manager");
    }

    private static String cookie(ApiResponse signedIn) {
        String header = signedIn.header("Set-Cookie");
        return header.substring(0, header.indexOf(';'));
    }

    @Test
    void aSignInBodyNamesWhatIsWrong() {
        ApiResponse noSecret = signIn("{\"user\":\"owner\"}");
        assertThat(noSecret.status()).isEqualTo(400);
        assertThat(noSecret.errorFields()).containsExactly("pin");
        ApiResponse both = signIn("{\"user\":\"owner\",\"pin\":\"111111\",\"password\":\"x\"}");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.errorFields()).containsExactly("password");
        // Not an object, or a field sign-in does not know: a 400 from the contract's validator.
        ApiResponse unknownField = signIn("{\"user\":\"owner\",\"pin\":\"111111\",\"remember\":true}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.errorFields()).containsExactly("remember");
        assertThat(signIn("[\"owner\"]").status()).isEqualTo(400);
        // A missing field breaks a rule of a body that is otherwise sign-in's: 422, as everywhere.
        assertThat(signIn("{\"pin\":\"111111\"}").status()).isEqualTo(422);
        assertThat(signIn("{\"user\":\"owner\",\"pin\":\"111111\"}").status()).isEqualTo(200);
    }

    private ApiResponse signIn(String body) {
        return api.send("POST", "/api/v1/session", "application/json", body);
    }
}
