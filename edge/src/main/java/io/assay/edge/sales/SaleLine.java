package io.assay.edge.sales;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.assay.edge.inventory.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a sale as sold: what, how many, at what price, and the tax in it. A piece's line keeps its
 * certificate numbers for the receipt ("GIA 2141438171").
 *
 * @param kind      piece, item (quantity stock), service or gift-card (its code in {@code sku})
 * @param unitPrice the price of one, as shown (tax included when the store prices so), or as overridden
 * @param discount  taken off the line (its share of a discount on the whole sale included), or null
 * @param taxRate   percent
 * @param net       the line without tax
 * @param total     the line with tax: what the client pays for it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SaleLine(String kind, String serial, String sku, String service, String text, String description, String category,
        int quantity, Money unitPrice, Money discount, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRate, Money net, Money tax,
        Money total, List<String> certificates) {

    public static final String PIECE = "piece";
    public static final String ITEM = "item";
    public static final String SERVICE = "service";
    public static final String GIFT_CARD = "gift-card";
}
