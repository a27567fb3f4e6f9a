package io.assay.edge.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.drivers.epc.Epc96;
import io.assay.edge.domain.NotFoundException;
import io.assay.edge.index.Facet;
import io.assay.edge.index.PieceQuery;
import io.assay.edge.index.PieceResults;
import io.assay.edge.index.SerialIndex;
import io.assay.edge.inventory.InventoryService;
import io.assay.edge.inventory.Piece;
import io.assay.edge.journal.Journal;
import io.assay.edge.json.Json;
import io.assay.edge.store.Writer;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The {@code /api/v1/items} routes: thin handlers over the index (reads) and the writer (changes). */
final class ItemRoutes {

    private final Writer writer;
    private final InventoryService inventory;
    private final SerialIndex index;
    private final Journal journal;
    private final PieceQueryParams params;

    ItemRoutes(ApiDependencies deps) {
        this.writer = deps.writer();
        this.inventory = deps.inventory();
        this.index = deps.index();
        this.journal = deps.journal();
        this.params = new PieceQueryParams(deps.locations(), deps.config().store().currency());
    }

    void list(RoutingContext rc) {
        PieceQuery query = params.query(rc);
        PieceResults results = index.search(query, params.sort(rc), params.page(rc), params.size(rc));
        Responses.json(rc, 200, results);
    }

    void count(RoutingContext rc) {
        Responses.json(rc, 200, Map.of("count", index.count(params.query(rc))));
    }

    void facets(RoutingContext rc) {
        PieceQuery query = params.query(rc);
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("total", index.count(query));
        for (Facet facet : Facet.values()) {
            body.set(facet.key(), Json.mapper().valueToTree(index.countBy(facet, query)));
        }
        Responses.json(rc, 200, body);
    }

    void get(RoutingContext rc) {
        Responses.json(rc, 200, piece(rc.pathParam("serial")));
    }

    void byEpc(RoutingContext rc) {
        String text = rc.pathParam("epc");
        if (!Epc96.isValidHex(text)) {
            throw new BadRequestException("epc", "an EPC is 24 hexadecimal digits, got '" + text + "'");
        }
        Epc96 epc = Epc96.parse(text);
        Piece piece = index.byEpc(epc.high(), epc.low())
                .orElseThrow(() -> new NotFoundException("No piece carries EPC " + epc.toHex()));
        Responses.json(rc, 200, piece);
    }

    void create(RoutingContext rc) {
        JsonNode body = Responses.body(rc);
        Responses.submit(rc, writer, work -> inventory.create(work, body))
                .onSuccess(piece -> {
                    rc.response().putHeader("Location", "/api/v1/items/" + URLEncoder.encode(piece.serial(), StandardCharsets.UTF_8));
                    Responses.json(rc, 201, piece);
                })
                .onFailure(rc::fail);
    }

    void update(RoutingContext rc) {
        String serial = rc.pathParam("serial");
        JsonNode patch = Responses.body(rc);
        Responses.submit(rc, writer, work -> inventory.update(work, serial, patch))
                .onSuccess(piece -> Responses.json(rc, 200, piece))
                .onFailure(rc::fail);
    }

    void history(RoutingContext rc) {
        String serial = rc.pathParam("serial");
        piece(serial);
        rc.vertx().executeBlocking(() -> journal.bySubject(serial))
                .onSuccess(events -> {
                    ObjectNode body = Json.mapper().createObjectNode();
                    body.put("serial", serial);
                    body.set("events", Json.mapper().valueToTree(events));
                    Responses.json(rc, 200, body);
                })
                .onFailure(rc::fail);
    }

    private Piece piece(String serial) {
        return index.bySerial(serial).orElseThrow(() -> new NotFoundException("There is no piece with serial " + serial));
    }
}
