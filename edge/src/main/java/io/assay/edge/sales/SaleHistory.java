package io.assay.edge.sales;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.assay.edge.domain.ConflictException;
import io.assay.edge.domain.NotFoundException;
import io.assay.edge.domain.UnitOfWork;
import io.assay.edge.inventory.InventoryService;
import io.assay.edge.inventory.Money;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * Sales made before the appliance, taken over with their own date (from the point of sale it replaces, or
 * the demo's invented past): priced by the store's terms, paid by card, the pieces marked sold. They touch
 * no register's shift: that money was counted long ago. Journaled as {@code io.assay.sale.imported}.
 */
public final class SaleHistory {

    public static final String SALE_IMPORTED = "io.assay.sale.imported";

    private final InventoryService inventory;
    private final Pricing pricing;

    public SaleHistory(InventoryService inventory, SaleTerms terms, Currency currency) {
        this.inventory = inventory;
        this.pricing = new Pricing(terms, currency);
    }

    /** Takes over one past sale of {@code serials} to {@code client} at {@code time} by {@code associate}. */
    public Sale record(UnitOfWork work, String client, Instant time, String associate, String register, List<String> serials) {
        if (!time.isBefore(work.now())) {
            throw new ConflictException("a past sale must be dated before now, not " + time);
        }
        List<Pricing.Item> items = new ArrayList<>();
        for (String serial : serials) {
            Piece piece = work.inventory().piece(serial).orElseThrow(() -> new NotFoundException("There is no piece with serial " + serial));
            if (piece.status() != PieceStatus.IN_STOCK) {
                throw new ConflictException(serial + " is " + piece.status().label() + ", not in stock: it cannot have been sold");
            }
            items.add(Pricing.Item.piece(piece, piece.retailPrice()));
        }
        Pricing.Totals totals = pricing.price(items);
        for (String serial : serials) {
            inventory.update(work, serial, JsonNodeFactory.instance.objectNode().put("status", PieceStatus.SOLD.label()));
        }
        Money total = totals.total();
        String number = String.format("S%06d", work.sales().next(SaleService.SALE_COUNTER));
        Sale sale = new Sale(UUID.randomUUID().toString(), number, register, associate, client, time, totals.lines(), totals.subtotal(), null,
                totals.tax(), total, null, List.of(new Tender(TenderType.CARD, total, "visa", null, null, null, null)),
                Money.zero(total.currency()));
        work.sales().save(sale);
        work.record(SALE_IMPORTED, sale.id(), Json.mapper().valueToTree(sale));
        return sale;
    }
}
