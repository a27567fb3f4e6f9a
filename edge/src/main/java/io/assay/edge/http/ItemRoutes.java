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
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.journal.Journal;
import io.assay.edge.sales.LayawayService;
import io.assay.edge.json.Json;
import io.assay.edge.store.Writer;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** The {@code /api/v1/items} routes: thin handlers over the index (reads) and the writer (changes). */
final class ItemRoutes {

    private final Writer writer;
    private final Approvals approvals;
    private final InventoryService inventory;
    private final SerialIndex index;
    private final Journal journal;
    private final PieceQueryParams params;

    ItemRoutes(ApiDependencies deps, Approvals approvals) {
        this.writer = deps.writer();
        this.approvals = approvals;
        this.inventory = deps.inventory();
        this.index = deps.index();
        this.journal = deps.journal();
        this.params = new PieceQueryParams(deps.locations(), deps.config().store().currency());
    }

    void list(RoutingContext rc) {
        PieceQuery query = params.query(rc);
        PieceResults results = index.search(query, params.sort(rc), params.page(rc), params.size(rc));
        Responses.json(rc, 200, CostVisibility.pieces(rc, results));
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
        Responses.json(rc, 200, CostVisibility.pieces(rc, piece(rc.pathParam("serial"))));
    }

    void byEpc(RoutingContext rc) {
        String text = rc.pathParam("epc");
        if (!Epc96.isValidHex(text)) {
            throw new BadRequestException("epc", "an EPC is 24 hexadecimal digits, got '" + text + "'");
        }
        Epc96 epc = Epc96.parse(text);
        Piece piece = index.byEpc(epc.high(), epc.low())
                .orElseThrow(() -> new NotFoundException("No piece carries EPC " + epc.toHex()));
        Responses.json(rc, 200, CostVisibility.pieces(rc, piece));
    }

    void create(RoutingContext rc) {
        JsonNode body = Responses.body(rc);
        CostVisibility.checkWritable(rc, body);
        Responses.submit(rc, writer, work -> inventory.create(work, body))
                .onSuccess(piece -> {
                    rc.response().putHeader("Location", "/api/v1/items/" + URLEncoder.encode(piece.serial(), StandardCharsets.UTF_8));
                    Responses.json(rc, 201, CostVisibility.pieces(rc, piece));
                })
                .onFailure(rc::fail);
    }

    void update(RoutingContext rc) {
        String serial = rc.pathParam("serial");
        JsonNode patch = Responses.body(rc);
        CostVisibility.checkWritable(rc, patch);
        Optional<String> sensitive = sensitiveChange(serial, patch);
        Future<String> approval = sensitive.isPresent() ? approvals.approve(rc, sensitive.get()) : Future.succeededFuture(null);
        boolean statusChange = patch.has("status");
        approval.compose(approver -> Responses.submit(rc, writer, approver, work -> {
                    if (statusChange) {
                        LayawayService.refuseIfHeld(work, serial);
                    }
                    return inventory.update(work, serial, patch);
                }))
                .onSuccess(piece -> Responses.json(rc, 200, CostVisibility.pieces(rc, piece)))
                .onFailure(rc::fail);
    }

    /**
     * What in {@code patch} needs a manager's approval, as the approval dialog names it: declaring a piece
     * missing or writing it off takes it out of stock on one person's word.
     */
    private Optional<String> sensitiveChange(String serial, JsonNode patch) {
        String status = patch.path("status").asText("");
        boolean unchanged = index.bySerial(serial).map(p -> p.status().label().equals(status)).orElse(false);
        if (unchanged) {
            return Optional.empty();
        }
        if (status.equals(PieceStatus.MISSING.label())) {
            return Optional.of("declaring a piece missing");
        }
        if (status.equals(PieceStatus.WRITTEN_OFF.label())) {
            return Optional.of("writing off a piece");
        }
        return Optional.empty();
    }

    void history(RoutingContext rc) {
        String serial = rc.pathParam("serial");
        piece(serial);
        rc.vertx().executeBlocking(() -> journal.bySubject(serial))
                .onSuccess(events -> {
                    ObjectNode body = Json.mapper().createObjectNode();
                    body.put("serial", serial);
                    body.set("events", Json.mapper().valueToTree(CostVisibility.events(rc, events)));
                    Responses.json(rc, 200, body);
                })
                .onFailure(rc::fail);
    }

    private Piece piece(String serial) {
        return index.bySerial(serial).orElseThrow(() -> new NotFoundException("There is no piece with serial " + serial));
    }
}
