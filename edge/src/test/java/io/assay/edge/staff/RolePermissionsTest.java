package io.assay.edge.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The default split of permissions, and a configuration that cannot lock the owner out of staff management. */
class RolePermissionsTest {

    private final RolePermissions defaults = RolePermissions.defaults();

    @Test
    void associatesNeverSeeCostAndOnlyAuditorsAndOwnersVerifyTheChain() {
        assertThat(defaults.allows(Role.ASSOCIATE, Permission.COST_READ)).isFalse();
        assertThat(defaults.allows(Role.BENCH, Permission.COST_READ)).isFalse();
        assertThat(defaults.allows(Role.MANAGER, Permission.COST_READ)).isTrue();
        for (Role role : Role.values()) {
            assertThat(defaults.allows(role, Permission.AUDIT_VERIFY)).as(role.jsonName())
                    .isEqualTo(role == Role.OWNER || role == Role.AUDITOR);
            assertThat(defaults.allows(role, Permission.STAFF_MANAGE)).as(role.jsonName()).isEqualTo(role == Role.OWNER);
            assertThat(defaults.allows(role, Permission.INVENTORY_READ)).as(role.jsonName()).isTrue();
        }
        assertThat(defaults.of(Role.AUDITOR)).doesNotContain(Permission.INVENTORY_WRITE, Permission.APPROVE);
        assertThat(defaults.of(Role.OWNER)).containsExactlyInAnyOrder(Permission.values());
    }

    @Test
    void aConfiguredRoleGetsExactlyItsListAndTheOwnerKeepsStaffManagement() {
        RolePermissions configured = defaults.with(Map.of(
                Role.BENCH, EnumSet.of(Permission.INVENTORY_READ, Permission.INVENTORY_WRITE),
                Role.OWNER, EnumSet.of(Permission.INVENTORY_READ)));
        assertThat(configured.of(Role.BENCH)).containsExactlyInAnyOrder(Permission.INVENTORY_READ, Permission.INVENTORY_WRITE);
        assertThat(configured.of(Role.OWNER)).containsExactlyInAnyOrder(Permission.INVENTORY_READ, Permission.STAFF_MANAGE);
        assertThat(configured.with(Map.of(Role.ASSOCIATE, Set.of())).of(Role.ASSOCIATE)).isEmpty();
        assertThat(defaults.of(Role.OWNER)).as("the defaults are untouched").containsExactlyInAnyOrder(Permission.values());
    }

    @Test
    void namesAreSpelledAsTheConfigurationSpellsThem() {
        assertThat(Role.parse("bench")).isEqualTo(Role.BENCH);
        assertThat(Permission.parse("cost-read")).isEqualTo(Permission.COST_READ);
        assertThat(Permission.AUDIT_VERIFY.jsonName()).isEqualTo("audit-verify");
        assertThatThrownBy(() -> Role.parse("Owner")).hasMessageContaining("unknown role 'Owner'");
    }
}
