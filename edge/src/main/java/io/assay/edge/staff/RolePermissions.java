package io.assay.edge.staff;

import static io.assay.edge.staff.Permission.APPROVE;
import static io.assay.edge.staff.Permission.AUDIT_READ;
import static io.assay.edge.staff.Permission.AUDIT_VERIFY;
import static io.assay.edge.staff.Permission.CHANGES_READ;
import static io.assay.edge.staff.Permission.CLIENTS_MANAGE;
import static io.assay.edge.staff.Permission.CLIENTS_READ;
import static io.assay.edge.staff.Permission.CLIENTS_WRITE;
import static io.assay.edge.staff.Permission.COST_READ;
import static io.assay.edge.staff.Permission.DEVICES_OPERATE;
import static io.assay.edge.staff.Permission.DEVICES_READ;
import static io.assay.edge.staff.Permission.HQ_READ;
import static io.assay.edge.staff.Permission.INVENTORY_EXPORT;
import static io.assay.edge.staff.Permission.INVENTORY_IMPORT;
import static io.assay.edge.staff.Permission.INVENTORY_READ;
import static io.assay.edge.staff.Permission.INVENTORY_WRITE;
import static io.assay.edge.staff.Permission.JOURNAL_READ;
import static io.assay.edge.staff.Permission.MONITORING_READ;
import static io.assay.edge.staff.Permission.REGISTER_OPERATE;
import static io.assay.edge.staff.Permission.REGISTER_REPORT;
import static io.assay.edge.staff.Permission.SALES_READ;
import static io.assay.edge.staff.Permission.SELL;
import static io.assay.edge.staff.Permission.STAFF_MANAGE;
import static io.assay.edge.staff.Permission.STAFF_READ;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which role may do what. The defaults are a boutique's usual split; a store can replace any role's set
 * in its configuration. Whatever the configuration says, an owner keeps {@link Permission#STAFF_MANAGE}:
 * otherwise nobody could ever give it back.
 */
public final class RolePermissions {

    private final Map<Role, Set<Permission>> table;

    private RolePermissions(Map<Role, Set<Permission>> table) {
        this.table = table;
    }

    /** The defaults: see the README's staff section. */
    public static RolePermissions defaults() {
        Map<Role, Set<Permission>> table = new EnumMap<>(Role.class);
        table.put(Role.OWNER, EnumSet.allOf(Permission.class));
        table.put(Role.MANAGER, EnumSet.of(INVENTORY_READ, INVENTORY_WRITE, INVENTORY_IMPORT, INVENTORY_EXPORT, COST_READ, SELL,
                REGISTER_OPERATE, SALES_READ, REGISTER_REPORT,
                APPROVE, CHANGES_READ, JOURNAL_READ, STAFF_READ, DEVICES_READ, DEVICES_OPERATE, HQ_READ, MONITORING_READ, CLIENTS_READ,
                CLIENTS_WRITE, CLIENTS_MANAGE));
        table.put(Role.ASSOCIATE, EnumSet.of(INVENTORY_READ, INVENTORY_WRITE, INVENTORY_EXPORT, CHANGES_READ, SELL, REGISTER_OPERATE,
                SALES_READ, DEVICES_READ, DEVICES_OPERATE, HQ_READ, CLIENTS_READ, CLIENTS_WRITE));
        table.put(Role.BENCH, EnumSet.of(INVENTORY_READ, CHANGES_READ, DEVICES_READ, DEVICES_OPERATE, HQ_READ));
        table.put(Role.AUDITOR, EnumSet.of(INVENTORY_READ, INVENTORY_EXPORT, COST_READ, CHANGES_READ, SALES_READ, REGISTER_REPORT, JOURNAL_READ, AUDIT_READ,
                AUDIT_VERIFY, STAFF_READ, DEVICES_READ, HQ_READ, MONITORING_READ));
        return new RolePermissions(table);
    }

    /** The defaults with the roles in {@code overrides} given exactly the permissions listed there. */
    public RolePermissions with(Map<Role, Set<Permission>> overrides) {
        Map<Role, Set<Permission>> next = new EnumMap<>(table);
        overrides.forEach((role, permissions) -> next.put(role, permissions.isEmpty()
                ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions)));
        Set<Permission> owner = EnumSet.of(STAFF_MANAGE);
        owner.addAll(next.get(Role.OWNER));
        next.put(Role.OWNER, owner);
        return new RolePermissions(next);
    }

    public boolean allows(Role role, Permission permission) {
        return table.get(role).contains(permission);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RolePermissions that && table.equals(that.table);
    }

    @Override
    public int hashCode() {
        return table.hashCode();
    }

    @Override
    public String toString() {
        return "RolePermissions" + table;
    }

    /** A copy of what {@code role} may do. */
    public Set<Permission> of(Role role) {
        Set<Permission> permissions = table.get(role);
        return permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
    }
}
