package io.assay.edge.sales;

import io.assay.edge.inventory.Money;

/**
 * Something sold by quantity rather than by serial: a gift box, a polishing cloth, a watch battery.
 *
 * @param category for the tax rate, as pieces' categories are
 * @param quantity how many are on hand
 */
public record StockItem(String sku, String name, String category, Money price, int quantity, long version) {

    public StockItem withQuantity(int next) {
        return new StockItem(sku, name, category, price, next, version + 1);
    }
}
