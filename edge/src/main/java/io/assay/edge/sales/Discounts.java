package io.assay.edge.sales;

import io.assay.edge.domain.FieldError;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.inventory.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A sale's discounts applied to its lines, exactly: a line's percent or amount comes off that line; a
 * discount on the whole sale is shared out over the lines in proportion to what each still costs (the
 * last minor units to the dearest line), so each line's tax is on what the client pays for it.
 *
 * @param items   the lines with their discounts
 * @param total   all that was taken off
 * @param percentOf the discount as a percent of the lines before it, to two decimals
 */
record Discounts(List<Pricing.Item> items, Money total, BigDecimal percentOf) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static Discounts apply(List<Pricing.Item> lines, List<SaleRequest.Discount> discounts, Currency currency) {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        List<Pricing.Item> items = new ArrayList<>(lines);
        BigDecimal before = sum(items);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < discounts.size(); i++) {
            SaleRequest.Discount discount = discounts.get(i);
            if (discount.line() == null) {
                continue;
            }
            Pricing.Item item = items.get(discount.line());
            if (isGiftCard(item)) {
                errors.add(new FieldError("discounts[" + i + "]", "a gift card is not discounted"));
                continue;
            }
            BigDecimal off = off(discount, item.amount(), digits);
            if (off.compareTo(item.amount()) > 0) {
                errors.add(new FieldError("discounts[" + i + "]", "takes off " + off.toPlainString() + ", more than the line's "
                        + item.amount().toPlainString()));
                continue;
            }
            items.set(discount.line(), item.discounted(new Money(off, currency)));
        }
        for (int i = 0; i < discounts.size(); i++) {
            SaleRequest.Discount discount = discounts.get(i);
            if (discount.line() != null) {
                continue;
            }
            BigDecimal base = sum(items);
            BigDecimal off = off(discount, base, digits);
            if (off.compareTo(base) > 0) {
                errors.add(new FieldError("discounts[" + i + "]", "takes off " + off.toPlainString() + ", more than the sale's "
                        + base.toPlainString()));
                continue;
            }
            share(items, off, base, currency, digits);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The discounts cannot be given", errors);
        }
        BigDecimal taken = before.subtract(sum(items));
        BigDecimal percent = before.signum() == 0 ? BigDecimal.ZERO : taken.multiply(HUNDRED).divide(before, 2, RoundingMode.HALF_UP);
        return new Discounts(List.copyOf(items), new Money(taken, currency), percent);
    }

    /**
     * Shares {@code off} out over the lines by what each costs; the rounding remainder goes to the dearest.
     * Gift cards are money, never discounted.
     */
    private static void share(List<Pricing.Item> items, BigDecimal off, BigDecimal base, Currency currency, int digits) {
        if (off.signum() == 0 || base.signum() == 0) {
            return;
        }
        int dearest = -1;
        BigDecimal given = BigDecimal.ZERO;
        BigDecimal[] shares = new BigDecimal[items.size()];
        for (int j = 0; j < items.size(); j++) {
            if (isGiftCard(items.get(j))) {
                shares[j] = BigDecimal.ZERO;
                continue;
            }
            shares[j] = off.multiply(items.get(j).amount()).divide(base, digits, RoundingMode.DOWN);
            given = given.add(shares[j]);
            if (dearest < 0 || items.get(j).amount().compareTo(items.get(dearest).amount()) > 0) {
                dearest = j;
            }
        }
        shares[dearest] = shares[dearest].add(off.subtract(given));
        for (int j = 0; j < items.size(); j++) {
            if (shares[j].signum() != 0) {
                items.set(j, items.get(j).discounted(new Money(shares[j], currency)));
            }
        }
    }

    private static BigDecimal off(SaleRequest.Discount discount, BigDecimal base, int digits) {
        return discount.percent() != null
                ? base.multiply(discount.percent()).divide(HUNDRED, digits, RoundingMode.HALF_UP)
                : discount.amount().amount();
    }

    /** What the lines cost, gift cards left out: a discount is on goods and services. */
    private static BigDecimal sum(List<Pricing.Item> items) {
        return items.stream().filter(i -> !isGiftCard(i)).map(Pricing.Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean isGiftCard(Pricing.Item item) {
        return SaleLine.GIFT_CARD.equals(item.kind());
    }
}
