package io.assay.edge.http;

import io.assay.edge.staff.Permission;
import io.assay.edge.staff.RolePermissions;
import io.assay.edge.staff.StaffMember;
import io.vertx.ext.web.RoutingContext;

/**
 * The signed-in person a request comes from, as {@link AccessGuard} found them. Routes ask it who the
 * actor of a change is and whether the person may see a field ({@link Permission#COST_READ}).
 */
record Caller(StaffMember member, Sessions.Session session, RolePermissions permissions) {

    private static final String KEY = "assay.caller";

    /** The actor of what someone not signed in sets off: a failed sign-in under an unknown name. */
    static final String NOBODY = "anonymous";

    void attach(RoutingContext rc) {
        rc.put(KEY, this);
    }

    /** The caller of {@code rc}; null on an open route. */
    static Caller of(RoutingContext rc) {
        return rc.get(KEY);
    }

    /** The user name recorded as the actor of what {@code rc} changes. */
    static String actor(RoutingContext rc) {
        Caller caller = of(rc);
        return caller == null ? NOBODY : caller.member().user();
    }

    /** Whether the caller of {@code rc} holds {@code permission}; false on an open route. */
    static boolean may(RoutingContext rc, Permission permission) {
        Caller caller = of(rc);
        return caller != null && caller.permissions().allows(caller.member().role(), permission);
    }
}
