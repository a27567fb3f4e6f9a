package io.assay.edge.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.domain.ConflictException;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.store.MapDbStaffStore;
import io.assay.edge.store.WriteRig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff accounts through the one write path: saved, journalled without their hashes, kept across a
 * restart; the last owner stays an owner; failed sign-ins and locks are journal events.
 */
class StaffServiceTest {

    private static final String PIN_HASH = "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";

    @TempDir
    Path dir;
    private final StaffService service = new StaffService(new SignInPolicy(5, Duration.ofMinutes(15)));

    @Test
    void aNewMemberIsStoredAndJournalledWithoutItsSecretsAndKeptAcrossARestart() throws Exception {
        try (WriteRig rig = new WriteRig(dir, 8)) {
            rig.writer.submit("owner", w -> service.create(w, "anna", "Anna Keller", Role.ASSOCIATE, PIN_HASH, null)).get();
            List<ObjectNode> events = rig.journal.bySubject("anna");
            assertThat(events).hasSize(1);
            assertThat(events.get(0).get("type").asText()).isEqualTo(StaffService.STAFF_CREATED);
            assertThat(events.get(0).toString()).doesNotContain("argon2").contains("\"actor\":\"owner\"");
        }
        try (WriteRig rig = new WriteRig(dir, 8)) {
            List<StaffMember> all = MapDbStaffStore.allMembers(rig.db);
            assertThat(all).hasSize(1);
            assertThat(all.get(0).user()).isEqualTo("anna");
            assertThat(all.get(0).pinHash()).isEqualTo(PIN_HASH);
            assertThat(all.get(0).role()).isEqualTo(Role.ASSOCIATE);
            assertThat(all.get(0).toString()).doesNotContain(PIN_HASH);
        }
    }

    @Test
    void badFieldsAreNamedAndATakenUserIsAConflict() throws Exception {
        try (WriteRig rig = new WriteRig(dir, 8)) {
            rig.writer.submit("owner", w -> service.create(w, "anna", "Anna", Role.ASSOCIATE, PIN_HASH, null)).get();
            assertThatThrownBy(() -> rig.writer.submit("owner", w -> service.create(w, "Anna K", " ", null, null, null)).get())
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field")
                            .containsExactly("user", "name", "role", "pin"));
            assertThatThrownBy(() -> rig.writer.submit("owner", w -> service.create(w, "anna", "Anna", Role.BENCH, PIN_HASH, null)).get())
                    .cause().isInstanceOf(ConflictException.class);
        }
        assertThat(StaffService.secretProblems("12345".toCharArray(), null)).extracting("field").containsExactly("pin");
        assertThat(StaffService.secretProblems("12345a".toCharArray(), "short".toCharArray())).extracting("field")
                .containsExactly("pin", "password");
        assertThat(StaffService.secretProblems("123456".toCharArray(), null)).isEmpty();
        assertThat(StaffService.secretProblems(null, null)).extracting("field").containsExactly("pin");
    }

    @Test
    void theLastOwnerCannotStopBeingOwner() throws Exception {
        try (WriteRig rig = new WriteRig(dir, 8)) {
            rig.writer.submit("system", w -> service.create(w, "olga", "Olga", Role.OWNER, PIN_HASH, null)).get();
            assertThatThrownBy(() -> rig.writer.submit("olga", w -> service.changeRole(w, "olga", Role.MANAGER)).get())
                    .cause().isInstanceOf(ConflictException.class).hasMessageContaining("last owner");
            rig.writer.submit("olga", w -> service.create(w, "max", "Max", Role.MANAGER, PIN_HASH, null)).get();
            rig.writer.submit("olga", w -> service.changeRole(w, "max", Role.OWNER)).get();
            StaffMember olga = rig.writer.submit("max", w -> service.changeRole(w, "olga", Role.MANAGER)).get();
            assertThat(olga.role()).isEqualTo(Role.MANAGER);
            assertThat(olga.version()).isEqualTo(2);
            ObjectNode changed = rig.journal.bySubject("olga").get(1);
            assertThat(changed.get("type").asText()).isEqualTo(StaffService.STAFF_ROLE_CHANGED);
            assertThat(changed.get("data").get("previousRole").asText()).isEqualTo("owner");
            assertThat(changed.get("actor").asText()).isEqualTo("max");
        }
    }

    @Test
    void everyFailedSignInAndTheLockAreJournalEvents() throws Exception {
        try (WriteRig rig = new WriteRig(dir, 8)) {
            rig.writer.submit("system", w -> service.create(w, "anna", "Anna", Role.ASSOCIATE, PIN_HASH, null)).get();
            for (int i = 0; i < 5; i++) {
                rig.writer.submit("anna", w -> service.recordSignIn(w, "anna", false, "pin")).get();
            }
            SignInPolicy.Attempt whileLocked = rig.writer.submit("anna", w -> service.recordSignIn(w, "anna", true, "pin")).get();
            assertThat(whileLocked).isInstanceOf(SignInPolicy.Attempt.Locked.class);
            rig.writer.submit("nobody", w -> service.recordSignIn(w, "nobody", false, "pin")).get();

            List<String> types = rig.journal.bySubject("anna").stream().map(e -> e.get("type").asText()).toList();
            assertThat(types).containsExactly(StaffService.STAFF_CREATED,
                    StaffService.SIGN_IN_FAILED, StaffService.SIGN_IN_FAILED, StaffService.SIGN_IN_FAILED,
                    StaffService.SIGN_IN_FAILED, StaffService.SIGN_IN_FAILED, StaffService.STAFF_LOCKED,
                    StaffService.SIGN_IN_FAILED);
            assertThat(rig.journal.bySubject("nobody")).singleElement()
                    .satisfies(e -> assertThat(e.get("data").get("reason").asText()).isEqualTo("unknown user"));
            assertThat(MapDbStaffStore.allMembers(rig.db).get(0).lockedUntil()).isNotNull();
            assertThat(new String(rig.db.staff().get("anna"), StandardCharsets.UTF_8)).contains("lockedUntil");
        }
    }
}
