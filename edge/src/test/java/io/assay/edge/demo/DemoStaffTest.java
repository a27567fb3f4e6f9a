package io.assay.edge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.assay.edge.staff.Role;
import io.assay.edge.staff.SecretHash;
import io.assay.edge.staff.SignInPolicy;
import io.assay.edge.staff.StaffDirectory;
import io.assay.edge.staff.StaffMember;
import io.assay.edge.staff.StaffService;
import io.assay.edge.store.MapDbStaffStore;
import io.assay.edge.store.WriteRig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Demo mode's staff: one per role with the README's PINs, created once, never over existing staff. */
class DemoStaffTest {

    @TempDir
    Path dir;

    @Test
    void oneAccountPerRoleWithTheReadmePinsAndOnlyInAStoreWithoutStaff() throws Exception {
        SecretHash hash = new SecretHash(new SecretHash.Params(64, 1, 1));
        StaffService service = new StaffService(SignInPolicy.DEFAULT);
        try (WriteRig rig = new WriteRig(dir, 8)) {
            StaffDirectory directory = new StaffDirectory();
            List<StaffMember> created = DemoStaff.seedIfNone(rig.writer, service, hash, directory);
            assertThat(created).extracting(StaffMember::role).containsExactly(Role.values());
            assertThat(created).extracting(StaffMember::user).containsExactly("owner", "manager", "associate", "bench", "auditor");
            List<String> pins = List.of("111111", "222222", "333333", "444444", "555555");
            for (int i = 0; i < created.size(); i++) {
                assertThat(hash.verify(pins.get(i), created.get(i).pinHash())).as(created.get(i).user()).isTrue();
                assertThat(created.get(i).passwordHash()).isNull();
            }
            directory.apply(MapDbStaffStore.allMembers(rig.db));
            assertThat(DemoStaff.seedIfNone(rig.writer, service, hash, directory)).isEmpty();
            assertThat(MapDbStaffStore.allMembers(rig.db)).hasSize(5);
        }
    }
}
