package io.assay.edge.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.RunningApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The first start without an owner: a one-time code (in the log) lets one person make themselves the
 * owner with a PIN and a password; a wrong code, weak secrets or a second enrolment are refused.
 */
class EnrolmentApiTest {

    @RegisterExtension
    final RunningApp running = new RunningApp();

    @Test
    void theCodeFromTheLogEnrolsTheOwnerOnceAndTheOwnerThenSignsIn() throws Exception {
        ApiClient api = running.anonymous();
        String code = running.app().enrolmentCode().orElseThrow();
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

        ApiResponse wrongCode = enrol("AAAA-BBBB-CCCC", "olga", "123456", "correct horse battery");
        assertThat(wrongCode.status()).isEqualTo(403);
        ApiResponse weak = enrol(code, "olga", "1234", "short");
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.errorFields()).containsExactly("pin", "password");

        ApiResponse enrolled = enrol(code.toLowerCase().replace("-", " "), "olga", "424242", "correct horse battery");
        assertThat(enrolled.status()).isEqualTo(201);
        assertThat(enrolled.json().path("role").asText()).isEqualTo("owner");
        assertThat(running.app().enrolmentCode()).isEmpty();

        assertThat(enrol(code, "mallory", "999999", "another long password").status()).isEqualTo(409);
        assertThat(api.signIn("olga", "424242").status()).isEqualTo(200);
        assertThat(running.anonymous().send("POST", "/api/v1/session", "application/json",
                "{\"user\":\"olga\",\"password\":\"correct horse battery\"}").status()).isEqualTo(200);

        JsonNode created = api.get("/api/v1/journal").json().path("events").get(0);
        assertThat(created.path("type").asText()).isEqualTo("io.assay.staff.created");
        assertThat(created.path("actor").asText()).isEqualTo("enrolment");
        assertThat(created.toString()).doesNotContain("424242", "horse", "argon2");

        running.restart();
        assertThat(running.app().enrolmentCode()).as("an owner exists: no code at the next start").isEmpty();
    }

    private ApiResponse enrol(String code, String user, String pin, String password) {
        return running.anonymous().send("POST", "/api/v1/enrolment", "application/json",
                "{\"code\":\"" + code + "\",\"user\":\"" + user + "\",\"name\":\"Olga Petrova\",\"pin\":\"" + pin
                        + "\",\"password\":\"" + password + "\"}");
    }
}
