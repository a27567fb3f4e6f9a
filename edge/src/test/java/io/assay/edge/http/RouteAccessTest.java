package io.assay.edge.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.json.Json;
import io.assay.edge.staff.Permission;
import io.assay.edge.staff.Role;
import io.assay.edge.staff.RolePermissions;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the contract has an access rule, and the rules with the default roles give each role
 * what the boutique expects: the table of who may call what, route by route.
 */
class RouteAccessTest {

    private static final Set<String> OPEN = Set.of("enrolOwner", "createSession", "getSession", "deleteSession", "getStore",
            "getOpenApi");
    /** Open while the configuration keeps monitoring open, as it does by default. */
    private static final Set<String> MONITORING = Set.of("live", "ready", "metrics");

    @Test
    void everyOperationOfTheContractHasARuleAndOnlyTheSignInStoreDocsAndHealthAreOpen() throws Exception {
        List<String> operations = operations();
        assertThat(operations).hasSizeGreaterThanOrEqualTo(24);
        for (String operation : operations) {
            assertThat(RouteAccess.of(operation)).as(operation).isPresent();
            assertThat(RouteAccess.of(operation).orElseThrow().isOpen()).as(operation).isEqualTo(OPEN.contains(operation));
            assertThat(RouteAccess.of(operation).orElseThrow().isMonitoring()).as(operation).isEqualTo(MONITORING.contains(operation));
        }
    }

    @Test
    void eachRoleReachesWhatItsWorkNeedsAndNothingElse() throws Exception {
        RolePermissions roles = RolePermissions.defaults();
        Map<String, List<Role>> allowed = new TreeMap<>();
        for (String operation : operations()) {
            RouteAccess.Rule rule = RouteAccess.of(operation).orElseThrow();
            if (rule.isOpen() || rule.isMonitoring()) {
                continue;
            }
            List<Role> who = new ArrayList<>();
            for (Role role : Role.values()) {
                if (roles.allows(role, rule.permission())) {
                    who.add(role);
                }
            }
            allowed.put(operation, who);
        }
        List<Role> everyone = List.of(Role.values());
        assertThat(allowed).containsEntry("countItems", everyone).containsEntry("getItem", everyone)
                .containsEntry("getItemByEpc", everyone)
                .containsEntry("createItem", List.of(Role.OWNER, Role.MANAGER, Role.ASSOCIATE))
                .containsEntry("updateItem", List.of(Role.OWNER, Role.MANAGER, Role.ASSOCIATE))
                .containsEntry("importItems", List.of(Role.OWNER, Role.MANAGER))
                .containsEntry("exportItems", List.of(Role.OWNER, Role.MANAGER, Role.ASSOCIATE, Role.AUDITOR))
                .containsEntry("readJournal", List.of(Role.OWNER, Role.MANAGER, Role.AUDITOR))
                .containsEntry("verifyJournal", List.of(Role.OWNER, Role.AUDITOR))
                .containsEntry("listAudit", List.of(Role.OWNER, Role.AUDITOR))
                .containsEntry("exportAudit", List.of(Role.OWNER, Role.AUDITOR))
                .containsEntry("readChanges", everyone)
                .containsEntry("listStaff", List.of(Role.OWNER, Role.MANAGER, Role.AUDITOR))
                .containsEntry("createStaff", List.of(Role.OWNER))
                .containsEntry("changeStaffRole", List.of(Role.OWNER))
                .containsEntry("unlockStaff", List.of(Role.OWNER))
                .containsEntry("createSale", List.of(Role.OWNER, Role.MANAGER, Role.ASSOCIATE))
                .containsEntry("openRegister", List.of(Role.OWNER, Role.MANAGER, Role.ASSOCIATE))
                .containsEntry("closeRegister", List.of(Role.OWNER, Role.MANAGER, Role.ASSOCIATE))
                .containsEntry("registerReport", List.of(Role.OWNER, Role.MANAGER, Role.AUDITOR))
                .containsEntry("getSale", List.of(Role.OWNER, Role.MANAGER, Role.ASSOCIATE, Role.AUDITOR));
        assertThat(RouteAccess.of("verifyJournal").orElseThrow().permission()).isEqualTo(Permission.AUDIT_VERIFY);
    }

    private static List<String> operations() throws Exception {
        try (InputStream in = RouteAccessTest.class.getResourceAsStream("/openapi.json")) {
            JsonNode contract = Json.mapper().readTree(in);
            List<String> ids = new ArrayList<>();
            contract.path("paths").forEach(path -> path.forEach(operation -> {
                if (operation.has("operationId")) {
                    ids.add(operation.path("operationId").asText());
                }
            }));
            return ids;
        }
    }
}
