package io.assay.edge.sales;

import io.assay.edge.inventory.Money;

/**
 * One tender at a close: what the register should hold, what was counted, and the difference (positive
 * over, negative short).
 */
public record TenderCount(TenderType type, Money expected, Money counted, Money overShort) {
}
