package io.assay.edge.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.inventory.InventoryService;
import io.assay.edge.inventory.LocationCatalog;
import io.assay.edge.store.Writer;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The {@code /api/v1/locations} routes. */
final class LocationRoutes {

    private final Writer writer;
    private final InventoryService inventory;
    private final LocationCatalog locations;

    LocationRoutes(ApiDependencies deps) {
        this.writer = deps.writer();
        this.inventory = deps.inventory();
        this.locations = deps.locations();
    }

    void list(RoutingContext rc) {
        Responses.json(rc, 200, Map.of("locations", locations.all()));
    }

    void create(RoutingContext rc) {
        JsonNode body = Responses.body(rc);
        Responses.submit(rc, writer, work -> inventory.createLocation(work, body))
                .onSuccess(location -> {
                    rc.response().putHeader("Location", "/api/v1/locations/" + URLEncoder.encode(location.id(), StandardCharsets.UTF_8));
                    Responses.json(rc, 201, location);
                })
                .onFailure(rc::fail);
    }
}
