package io.assay.edge.sales;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.assay.edge.inventory.Money;
import java.time.Instant;
import java.util.List;

/**
 * Pieces or items brought back against a sale: what came back, what each is refunded (its share of what
 * the client paid for the line, tax and discount included), and where the money went: back to the sale's
 * own tenders, cards first, so a card refund is recorded against the card that paid.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SaleReturn(String id, String number, String sale, String register, String by, Instant time, String reason,
        List<Line> lines, Money total, List<Tender> refunds) {

    /** One line back: a piece by serial, or a quantity of an item. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(String serial, String sku, int quantity, String description, Money refund) {
    }
}
