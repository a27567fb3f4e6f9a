package io.assay.edge.demo;

import io.assay.edge.inventory.Money;
import io.assay.edge.sales.StockItem;
import io.assay.edge.sales.StockItems;
import io.assay.edge.store.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What the demo boutique sells by quantity at the counter: cloths, boxes, batteries. (Its registers reg-1
 * and reg-2 come from the configuration's default; its services, engraving, sizing and cleaning, are the
 * bench's.)
 */
public final class DemoCounterStock {

    /** SKU, name, tax category, price, quantity on hand. */
    private record Line(String sku, String name, String category, String price, int quantity) {
    }

    private static final List<Line> LINES = List.of(
            new Line("CLOTH-01", "Polishing cloth", "accessory", "12.00", 40),
            new Line("BOX-RING", "Ring box, navy leather", "packaging", "18.00", 60),
            new Line("BOX-GIFT", "Gift box with ribbon", "packaging", "8.00", 120),
            new Line("BATT-377", "Watch battery SR626SW (377)", "accessory", "15.00", 80),
            new Line("CLEAN-KIT", "Jewelry cleaning kit", "accessory", "34.00", 25));

    private DemoCounterStock() {
    }

    /** Adds the demo's stock items when the store has none. */
    public static void seedIfNone(Writer writer, Currency currency, boolean none) throws Exception {
        if (!none) {
            return;
        }
        StockItems items = new StockItems(currency);
        List<CompletableFuture<StockItem>> added = new ArrayList<>();
        for (Line line : LINES) {
            StockItem item = new StockItem(line.sku(), line.name(), line.category(), new Money(new BigDecimal(line.price()), currency),
                    line.quantity(), 1);
            added.add(writer.submit("system", work -> items.create(work, item)));
        }
        CompletableFuture.allOf(added.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
    }
}
