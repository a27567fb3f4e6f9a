package io.assay.edge.sales;

import io.assay.edge.inventory.Money;
import java.time.Instant;
import java.util.List;

/** The Z report: a shift as it closed, counted tender by tender. */
public record CloseReport(String register, String openedBy, Instant openedAt, String closedBy, Instant closedAt, Money openingFloat,
        int sales, List<TenderCount> tenders) {
}
