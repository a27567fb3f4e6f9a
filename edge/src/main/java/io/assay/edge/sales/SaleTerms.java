package io.assay.edge.sales;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How the store prices and taxes a sale: configured once.
 *
 * @param taxInclusive   prices shown include tax (Europe) rather than add it at the till (United States)
 * @param defaultRate    percent, for categories without a rate of their own
 * @param ratesByCategory percent by category ("ring", "watch", "item", "service"...)
 * @param roundPerLine   tax rounded on each line (and the sale's tax their sum) rather than once on the total
 * @param cashIncrement  the smallest coin a cash payment is rounded to (0.05 in Switzerland), or zero for none
 * @param discountApprovalPercent discounts above this share of a sale need a manager's approval
 * @param tradeIn        spot prices and payout rate for old gold taken as payment
 * @param exchangeRates  foreign currencies taken as cash: the store's currency per unit, by ISO 4217 code
 */
public record SaleTerms(boolean taxInclusive, BigDecimal defaultRate, Map<String, BigDecimal> ratesByCategory, boolean roundPerLine,
        BigDecimal cashIncrement, BigDecimal discountApprovalPercent, TradeIn.Terms tradeIn, Map<String, BigDecimal> exchangeRates) {

    /** Without foreign cash. */
    public SaleTerms(boolean taxInclusive, BigDecimal defaultRate, Map<String, BigDecimal> ratesByCategory, boolean roundPerLine,
            BigDecimal cashIncrement, BigDecimal discountApprovalPercent, TradeIn.Terms tradeIn) {
        this(taxInclusive, defaultRate, ratesByCategory, roundPerLine, cashIncrement, discountApprovalPercent, tradeIn, Map.of());
    }

    /** Without trade-in prices. */
    public SaleTerms(boolean taxInclusive, BigDecimal defaultRate, Map<String, BigDecimal> ratesByCategory, boolean roundPerLine,
            BigDecimal cashIncrement, BigDecimal discountApprovalPercent) {
        this(taxInclusive, defaultRate, ratesByCategory, roundPerLine, cashIncrement, discountApprovalPercent, TradeIn.Terms.NONE);
    }

    /** Discounts up to this percent of a sale an associate may give alone. */
    public static final BigDecimal DEFAULT_DISCOUNT_APPROVAL_PERCENT = BigDecimal.TEN;

    /** No tax, added at the till, rounded per line, no cash rounding. */
    public static final SaleTerms UNTAXED = new SaleTerms(false, BigDecimal.ZERO, Map.of(), true, BigDecimal.ZERO);

    public SaleTerms {
        ratesByCategory = Map.copyOf(ratesByCategory);
        exchangeRates = Map.copyOf(exchangeRates);
    }

    /** With discounts above {@link #DEFAULT_DISCOUNT_APPROVAL_PERCENT} needing approval. */
    public SaleTerms(boolean taxInclusive, BigDecimal defaultRate, Map<String, BigDecimal> ratesByCategory, boolean roundPerLine,
            BigDecimal cashIncrement) {
        this(taxInclusive, defaultRate, ratesByCategory, roundPerLine, cashIncrement, DEFAULT_DISCOUNT_APPROVAL_PERCENT);
    }

    /** The tax rate of {@code category}, in percent. */
    public BigDecimal rate(String category) {
        return ratesByCategory.getOrDefault(category, defaultRate);
    }
}
