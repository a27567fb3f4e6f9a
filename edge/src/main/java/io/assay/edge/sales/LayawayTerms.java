package io.assay.edge.sales;

import java.math.BigDecimal;

/**
 * How the store lays pieces away.
 *
 * @param depositPercent the least deposit, as a percent of the piece's price
 * @param feePercent     kept on a cancel, as a percent of the price (never more than was paid)
 * @param days           how long the balance may take when no schedule is agreed
 */
public record LayawayTerms(BigDecimal depositPercent, BigDecimal feePercent, int days) {

    public static final LayawayTerms DEFAULTS = new LayawayTerms(BigDecimal.valueOf(20), BigDecimal.TEN, 90);
}
