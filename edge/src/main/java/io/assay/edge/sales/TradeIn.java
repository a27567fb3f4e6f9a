package io.assay.edge.sales;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.assay.edge.inventory.Metal;
import io.assay.edge.inventory.Money;
import io.assay.edge.inventory.Weight;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;

/**
 * Old gold (or another precious metal) taken as payment: what it is, who sold it to the boutique, and how
 * it was valued: its fine weight at the day's spot price per troy ounce, times the store's payout rate.
 *
 * @param fineness      as the piece is stamped: 18k, 750, 925...
 * @param purity        the fine share of its weight, from the fineness (18k: 0.75)
 * @param seller        the person the boutique bought it from, as their papers name them
 * @param spotPerOunce  the metal's spot price per troy ounce used, in the store's currency
 * @param payoutPercent the share of the metal's value the store pays
 */
public record TradeIn(Metal metal, String fineness, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal purity, Weight weight,
        String seller, String description, Money spotPerOunce, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal payoutPercent) {

    /** Grams in a troy ounce, exactly. */
    static final BigDecimal TROY_OUNCE_GRAMS = new BigDecimal("31.1034768");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The purity of a canonical fineness: karat over 24, millesimal over 1000. */
    static BigDecimal purity(String fineness) {
        if (fineness.endsWith("k")) {
            return new BigDecimal(fineness.substring(0, fineness.length() - 1)).divide(BigDecimal.valueOf(24), 6, RoundingMode.HALF_UP);
        }
        return new BigDecimal(fineness).movePointLeft(3);
    }

    /** What the store pays: fine grams × spot per gram × payout, rounded down to the minor unit (a payout never rounds up). */
    Money value(Currency currency) {
        BigDecimal fineGrams = weight.grams().multiply(purity);
        BigDecimal amount = fineGrams.multiply(spotPerOunce.amount()).multiply(payoutPercent)
                .divide(TROY_OUNCE_GRAMS.multiply(HUNDRED), Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.DOWN);
        return new Money(amount, currency);
    }

    /**
     * The store's trade-in terms.
     *
     * @param spotPerOunce the day's spot prices per troy ounce by metal, in the store's currency (HQ will send them)
     * @param payoutPercent the share of the metal's value paid
     */
    public record Terms(Map<Metal, BigDecimal> spotPerOunce, BigDecimal payoutPercent) {

        public static final Terms NONE = new Terms(Map.of(), BigDecimal.valueOf(70));

        public Terms {
            spotPerOunce = Map.copyOf(spotPerOunce);
        }
    }
}
