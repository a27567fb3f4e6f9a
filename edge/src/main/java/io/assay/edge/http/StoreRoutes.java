package io.assay.edge.http;

import io.assay.edge.config.AssayConfig;
import io.assay.edge.staff.StaffDirectory;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who this appliance is: what the register shows in its header and formats prices and times with, and
 * whether it still waits for its owner's enrolment (the sign-in screen then offers it).
 */
final class StoreRoutes {

    private final AssayConfig.StoreIdentity store;
    private final StaffDirectory staff;

    StoreRoutes(ApiDependencies deps) {
        this.store = deps.config().store();
        this.staff = deps.staff();
    }

    void get(RoutingContext rc) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tenant", store.tenant());
        body.put("id", store.id());
        body.put("name", store.name());
        body.put("currency", store.currency().getCurrencyCode());
        body.put("currencyDigits", store.currency().getDefaultFractionDigits());
        body.put("timeZone", store.timeZone().getId());
        body.put("awaitingOwner", !staff.hasOwner());
        Responses.json(rc, 200, body);
    }
}
