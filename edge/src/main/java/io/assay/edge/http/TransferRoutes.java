package io.assay.edge.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.hq.HqBook;
import io.assay.edge.hq.Transfer;
import io.assay.edge.hq.Transfers;
import io.assay.edge.json.Json;
import io.assay.edge.store.Writer;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * Pieces moving between the tenant's stores: {@code GET /api/v1/transfers?state=} (the latest first) and
 * {@code POST /api/v1/transfers/receipts}, which takes a piece that arrived into stock by the serial or EPC
 * scanned off its tag, onto a shelf when one is given.
 */
final class TransferRoutes {

    private static final List<String> STATES = List.of(Transfer.EXPECTED, Transfer.SENT, Transfer.RECEIVED);

    private final Writer writer;
    private final Transfers transfers;
    private final HqBook book;
    private final HqViews views;

    TransferRoutes(ApiDependencies deps) {
        this.writer = deps.writer();
        this.transfers = deps.transfers();
        this.book = deps.hq();
        this.views = new HqViews(deps.index());
    }

    void list(RoutingContext rc) {
        String state = rc.queryParams().get("state");
        if (state != null && !STATES.contains(state)) {
            throw new BadRequestException("state", "one of " + String.join(", ", STATES));
        }
        List<Transfer> chosen = book.transfers().stream().filter(t -> state == null || state.equals(t.state())).toList();
        Responses.json(rc, 200, HqBookRoutes.list("transfers", chosen, views::transfer));
    }

    /** Answers the piece as it now stands, and its transfer, received. */
    void receive(RoutingContext rc) {
        JsonNode body = Responses.body(rc);
        String scan = body.path("scan").textValue();
        String location = body.path("location").textValue();
        Responses.submit(rc, writer, work -> transfers.receive(work, scan, location))
                .onSuccess(piece -> {
                    ObjectNode answer = Json.mapper().createObjectNode();
                    answer.set("piece", Json.mapper().valueToTree(CostVisibility.pieces(rc, piece)));
                    // The book took the receipt in before the writer answered.
                    book.transfers().stream().filter(t -> t.serial().equals(piece.serial())).findFirst()
                            .ifPresent(t -> answer.set("transfer", views.transfer(t)));
                    Responses.json(rc, 200, answer);
                })
                .onFailure(rc::fail);
    }
}
