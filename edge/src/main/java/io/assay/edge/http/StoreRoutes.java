package io.assay.edge.http;

import io.assay.edge.config.AssayConfig;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** Who this appliance is: what the register shows in its header and formats prices and times with. */
final class StoreRoutes {

    private final AssayConfig.StoreIdentity store;

    StoreRoutes(ApiDependencies deps) {
        this.store = deps.config().store();
    }

    void get(RoutingContext rc) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tenant", store.tenant());
        body.put("id", store.id());
        body.put("name", store.name());
        body.put("currency", store.currency().getCurrencyCode());
        body.put("currencyDigits", store.currency().getDefaultFractionDigits());
        body.put("timeZone", store.timeZone().getId());
        Responses.json(rc, 200, body);
    }
}
