package io.assay.edge.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.json.Json;
import io.assay.edge.sales.SalesBook;
import io.assay.edge.sales.StockItem;
import io.assay.edge.sales.StockItems;
import io.assay.edge.store.Writer;
import io.vertx.ext.web.RoutingContext;

/** Quantity stock: {@code GET} and {@code POST /api/v1/stock-items}. */
final class StockItemRoutes {

    private final Writer writer;
    private final StockItems items;
    private final SalesBook book;

    StockItemRoutes(ApiDependencies deps) {
        this.writer = deps.writer();
        this.items = new StockItems(deps.config().store().currency());
        this.book = deps.sales();
    }

    void list(RoutingContext rc) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.set("items", Json.mapper().valueToTree(book.stockItems()));
        Responses.json(rc, 200, body);
    }

    void create(RoutingContext rc) {
        StockItem item = items.read(Responses.body(rc));
        Responses.submit(rc, writer, work -> items.create(work, item))
                .onSuccess(created -> {
                    rc.response().putHeader("Location", "/api/v1/stock-items/" + created.sku());
                    Responses.json(rc, 201, created);
                })
                .onFailure(rc::fail);
    }
}
