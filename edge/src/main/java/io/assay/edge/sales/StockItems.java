package io.assay.edge.sales;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.domain.ConflictException;
import io.assay.edge.domain.FieldError;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.domain.UnitOfWork;
import io.assay.edge.inventory.Money;
import io.assay.edge.json.FieldReader;
import io.assay.edge.json.Json;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Quantity stock entered: a SKU, its name, tax category, price and how many are on hand. */
public final class StockItems {

    public static final String STOCK_ITEM_CREATED = "io.assay.stock-item.created";

    private static final Pattern SKU = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,31}");

    private final Currency currency;

    public StockItems(Currency currency) {
        this.currency = currency;
    }

    /** Reads a new stock item's JSON; the SKU is kept upper-case. */
    public StockItem read(JsonNode json) {
        List<FieldError> errors = new ArrayList<>();
        FieldReader in = new FieldReader(errors, "");
        String sku = in.requiredText(json, "sku", 32);
        if (sku != null && !SKU.matcher(sku.toUpperCase(Locale.ROOT)).matches()) {
            in.error("sku", "1 to 32 of A-Z, 0-9, '.', '-', '_', got '" + sku + "'");
        }
        String name = in.requiredText(json, "name", 80);
        String category = in.requiredText(json, "category", 40);
        Money price = in.money(json, "price", true);
        if (price != null && !price.currency().equals(currency)) {
            in.error("price.currency", "the store sells in " + currency);
        }
        Integer quantity = in.integer(json, "quantity");
        if (quantity != null && (quantity < 0 || quantity > 1_000_000)) {
            in.error("quantity", "from 0 to 1000000, got " + quantity);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The stock item cannot be added", errors);
        }
        return new StockItem(sku.toUpperCase(Locale.ROOT), name.strip(), category.strip().toLowerCase(Locale.ROOT), price,
                quantity == null ? 0 : quantity, 1);
    }

    /** @throws ConflictException when the SKU exists */
    public StockItem create(UnitOfWork work, StockItem item) {
        if (work.sales().stockItem(item.sku()).isPresent()) {
            throw new ConflictException("There is already a stock item " + item.sku());
        }
        work.sales().save(item);
        work.record(STOCK_ITEM_CREATED, item.sku(), Json.mapper().valueToTree(item));
        return item;
    }
}
