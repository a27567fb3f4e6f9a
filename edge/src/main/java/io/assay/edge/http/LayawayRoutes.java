package io.assay.edge.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.domain.FieldError;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.domain.NotFoundException;
import io.assay.edge.json.FieldReader;
import io.assay.edge.json.Json;
import io.assay.edge.sales.Layaway;
import io.assay.edge.sales.LayawayService;
import io.assay.edge.sales.RegisterService;
import io.assay.edge.sales.SaleRequest;
import io.assay.edge.sales.SalesBook;
import io.assay.edge.sales.Tender;
import io.assay.edge.store.Writer;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Layaways: made, paid, cancelled, read, and the manager's overdue list. */
final class LayawayRoutes {

    private final Writer writer;
    private final LayawayService layaways;
    private final SalesBook book;
    private final Currency currency;
    private final ZoneId zone;

    LayawayRoutes(ApiDependencies deps, RegisterService registers) {
        this.writer = deps.writer();
        this.book = deps.sales();
        this.currency = deps.config().store().currency();
        this.zone = deps.config().store().timeZone();
        this.layaways = new LayawayService(deps.inventory(), registers, deps.config().sales().terms(), deps.config().sales().layaways(),
                currency, zone);
    }

    void create(RoutingContext rc) {
        LayawayService.Request request = LayawayService.Request.read(Responses.body(rc), currency);
        Responses.submit(rc, writer, work -> layaways.create(work, request))
                .onSuccess(layaway -> {
                    rc.response().putHeader("Location", "/api/v1/layaways/" + layaway.id());
                    Responses.json(rc, 201, describe(layaway));
                })
                .onFailure(rc::fail);
    }

    void pay(RoutingContext rc) {
        String id = rc.pathParam("id");
        JsonNode body = Responses.body(rc);
        List<FieldError> errors = new ArrayList<>();
        FieldReader in = new FieldReader(errors, "");
        String register = in.requiredText(body, "register", 40);
        List<Tender> tenders = SaleRequest.tenders(in, body, currency);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The payment cannot be taken", errors);
        }
        Responses.submit(rc, writer, work -> layaways.pay(work, id, register, tenders))
                .onSuccess(layaway -> Responses.json(rc, 200, describe(layaway)))
                .onFailure(rc::fail);
    }

    void cancel(RoutingContext rc) {
        String id = rc.pathParam("id");
        Responses.submit(rc, writer, work -> layaways.cancel(work, id))
                .onSuccess(layaway -> Responses.json(rc, 200, describe(layaway)))
                .onFailure(rc::fail);
    }

    void get(RoutingContext rc) {
        String id = rc.pathParam("id");
        Responses.json(rc, 200, describe(book.layaway(id).orElseThrow(() -> new NotFoundException("There is no layaway " + id))));
    }

    /** {@code GET /api/v1/layaways?client=&status=}: a client's layaways, newest first. */
    void list(RoutingContext rc) {
        String client = rc.queryParams().get("client");
        String status = rc.queryParams().get("status");
        if (status != null && !List.of(Layaway.OPEN, Layaway.COMPLETED, Layaway.CANCELLED).contains(status)) {
            throw new BadRequestException("status", "one of open, completed, cancelled");
        }
        ObjectNode body = Json.mapper().createObjectNode();
        ArrayNode list = body.putArray("layaways");
        book.layaways(client == null || client.isBlank() ? null : client, status).forEach(l -> list.add(describe(l)));
        Responses.json(rc, 200, body);
    }

    /** The open layaways behind their schedule, on the store's clock. */
    void overdue(RoutingContext rc) {
        ObjectNode body = Json.mapper().createObjectNode();
        ArrayNode list = body.putArray("layaways");
        book.overdue(LocalDate.now(zone)).forEach(l -> list.add(describe(l)));
        Responses.json(rc, 200, body);
    }

    /** A layaway with what has been paid and what is left. */
    private static ObjectNode describe(Layaway layaway) {
        ObjectNode json = Json.mapper().valueToTree(layaway);
        json.set("paid", Json.mapper().valueToTree(layaway.paid()));
        json.set("balance", Json.mapper().valueToTree(layaway.balance()));
        return json;
    }
}
