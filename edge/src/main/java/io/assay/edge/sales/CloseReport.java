package io.assay.edge.sales;

import io.assay.edge.inventory.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The Z report: a shift as it closed, counted tender by tender.
 *
 * @param cashIn  cash put into the drawer other than by sales
 * @param cashOut cash taken out other than as change
 * @param foreign foreign notes taken, by currency, in their own currency (to bank or exchange; not counted here)
 */
public record CloseReport(String register, String openedBy, Instant openedAt, String closedBy, Instant closedAt, Money openingFloat,
        int sales, Money cashIn, Money cashOut, List<TenderCount> tenders, Map<String, Money> foreign) {
}
