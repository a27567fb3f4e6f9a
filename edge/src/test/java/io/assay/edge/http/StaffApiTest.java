package io.assay.edge.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.staff.Role;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.RunningApp;
import io.assay.edge.support.TestStaff;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The owner manages the staff: adds people, changes roles (never the last owner's), unlocks them. */
class StaffApiTest {

    @RegisterExtension
    final RunningApp running = new RunningApp();

    @Test
    void theOwnerAddsAPersonWhoThenSignsInAndIsListedWithoutSecrets() {
        ApiClient owner = running.client();

        ApiResponse added = owner.send("POST", "/api/v1/staff", "application/json",
                "{\"user\":\"ines\",\"name\":\"Inès Moreau\",\"role\":\"associate\",\"pin\":\"246810\"}");

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.header("Location")).isEqualTo("/api/v1/staff/ines");
        assertThat(added.json().path("role").asText()).isEqualTo("associate");
        assertThat(added.json().path("pin").asBoolean()).isTrue();
        assertThat(added.json().path("password").asBoolean()).isFalse();
        assertThat(running.anonymous().signIn("ines", "246810").status()).isEqualTo(200);
        ApiResponse list = owner.get("/api/v1/staff");
        assertThat(users(list.json())).containsExactly("ines", "owner");
        assertThat(list.body()).doesNotContain("argon2", "246810");
        JsonNode created = owner.get("/api/v1/audit?subject=ines&type=io.assay.staff.created").json().path("items").get(0);
        assertThat(created.path("actor").asText()).isEqualTo("owner");
    }

    @Test
    void aNewPersonIsCheckedFieldByField() {
        ApiClient owner = running.client();
        ApiResponse weak = owner.send("POST", "/api/v1/staff", "application/json",
                "{\"user\":\"ines\",\"name\":\"Inès\",\"role\":\"associate\",\"pin\":\"12a4\"}");
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.errorFields()).containsExactly("pin");
        ApiResponse badRole = owner.send("POST", "/api/v1/staff", "application/json",
                "{\"user\":\"ines\",\"name\":\"Inès\",\"role\":\"director\",\"pin\":\"246810\"}");
        assertThat(badRole.status()).isEqualTo(422);
        assertThat(badRole.errorFields()).contains("role");
        ApiResponse taken = owner.send("POST", "/api/v1/staff", "application/json",
                "{\"user\":\"owner\",\"name\":\"Another\",\"role\":\"associate\",\"pin\":\"246810\"}");
        assertThat(taken.status()).isEqualTo(409);
    }

    @Test
    void rolesChangeButTheLastOwnerStays() {
        ApiClient owner = running.client();
        running.as(Role.MANAGER);

        ApiResponse lastOwner = owner.send("PUT", "/api/v1/staff/owner/role", "application/json", "{\"role\":\"manager\"}");
        assertThat(lastOwner.status()).isEqualTo(409);
        assertThat(lastOwner.json().path("detail").asText()).contains("last owner");

        ApiResponse promoted = owner.send("PUT", "/api/v1/staff/manager/role", "application/json", "{\"role\":\"owner\"}");
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        assertThat(promoted.json().path("role").asText()).isEqualTo("owner");
        ApiResponse stepDown = owner.send("PUT", "/api/v1/staff/owner/role", "application/json", "{\"role\":\"manager\"}");
        assertThat(stepDown.status()).as("another owner exists now").isEqualTo(200);
        assertThat(owner.get("/api/v1/staff").status()).as("a manager may still read the staff").isEqualTo(200);
        assertThat(owner.send("POST", "/api/v1/staff/manager/unlock", null, null).status()).as("but no longer manage them")
                .isEqualTo(403);
    }

    @Test
    void theOwnerUnlocksAPersonBeforeTheLockEnds() {
        running.as(Role.ASSOCIATE);
        for (int i = 1; i <= 5; i++) {
            running.anonymous().signIn("associate", "00000" + i);
        }
        assertThat(running.anonymous().signIn("associate", TestStaff.pin(Role.ASSOCIATE)).status()).isEqualTo(423);
        assertThat(running.client().get("/api/v1/staff").json().toString()).contains("\"lockedUntil\":\"");

        ApiResponse unlocked = running.client().send("POST", "/api/v1/staff/associate/unlock", null, null);

        assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(200);
        assertThat(unlocked.json().path("lockedUntil").isNull()).isTrue();
        assertThat(running.anonymous().signIn("associate", TestStaff.pin(Role.ASSOCIATE)).status()).isEqualTo(200);
        assertThat(running.client().get("/api/v1/audit?subject=associate&type=io.assay.staff.unlocked").json().path("total").asInt())
                .isEqualTo(1);
    }

    private static List<String> users(JsonNode list) {
        List<String> users = new ArrayList<>();
        list.path("staff").forEach(m -> users.add(m.path("user").asText()));
        return users;
    }
}
