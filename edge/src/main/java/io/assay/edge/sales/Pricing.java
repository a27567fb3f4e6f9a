package io.assay.edge.sales;

import io.assay.edge.inventory.Money;
import io.assay.edge.inventory.Piece;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A sale's arithmetic, exact to the currency's minor unit: the tax in each line, the totals, and the cash
 * rounding. Tax is rounded half up, per line or once on the total as the store's terms say; with
 * per-total rounding a receipt's line taxes may differ from the sale's tax by a minor unit, never its total.
 */
final class Pricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SaleTerms terms;
    private final Currency currency;

    Pricing(SaleTerms terms, Currency currency) {
        this.terms = terms;
        this.currency = currency;
    }

    /** A line before tax: what is sold, how many, at what unit price. */
    record Item(String kind, String serial, String sku, String service, String text, String description, String category,
            int quantity, Money unitPrice, List<String> certificates, Money discount) {

        Item(String kind, String serial, String sku, String service, String text, String description, String category,
                int quantity, Money unitPrice, List<String> certificates) {
            this(kind, serial, sku, service, text, description, category, quantity, unitPrice, certificates, null);
        }

        /** The line before tax and after its discount. */
        BigDecimal amount() {
            BigDecimal gross = unitPrice.amount().multiply(BigDecimal.valueOf(quantity));
            return discount == null ? gross : gross.subtract(discount.amount());
        }

        /** A piece sold at {@code price}, keeping its certificate numbers ("GIA 2141438171") for the receipt. */
        static Item piece(Piece piece, Money price) {
            return new Item(SaleLine.PIECE, piece.serial(), null, null, null, piece.description(), piece.category().label(), 1, price,
                    piece.certificates().stream().map(c -> c.lab() + " " + c.number()).toList());
        }

        Item discounted(Money off) {
            return new Item(kind, serial, sku, service, text, description, category, quantity, unitPrice, certificates,
                    discount == null ? off : discount.plus(off));
        }
    }

    /** The priced lines and the sale's totals (before any cash rounding). */
    record Totals(List<SaleLine> lines, Money subtotal, Money tax, Money total) {
    }

    Totals price(List<Item> items) {
        List<SaleLine> lines = new ArrayList<>();
        BigDecimal exactTax = BigDecimal.ZERO;
        BigDecimal roundedTax = BigDecimal.ZERO;
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        for (Item item : items) {
            // A gift card is money for later, taxed when spent: no tax on its sale.
            BigDecimal rate = SaleLine.GIFT_CARD.equals(item.kind()) ? BigDecimal.ZERO : terms.rate(item.category());
            BigDecimal amount = item.amount();
            // Inclusive: the amount holds the tax, rate/(100+rate) of it. Exclusive: tax is rate/100 on top.
            BigDecimal tax = terms.taxInclusive()
                    ? amount.multiply(rate).divide(HUNDRED.add(rate), 10, RoundingMode.HALF_UP)
                    : amount.multiply(rate).divide(HUNDRED, 10, RoundingMode.HALF_UP);
            BigDecimal lineTax = round(tax);
            BigDecimal lineNet = terms.taxInclusive() ? amount.subtract(lineTax) : amount;
            BigDecimal lineTotal = terms.taxInclusive() ? amount : amount.add(lineTax);
            lines.add(new SaleLine(item.kind(), item.serial(), item.sku(), item.service(), item.text(), item.description(), item.category(),
                    item.quantity(), item.unitPrice(), item.discount(), rate, money(lineNet), money(lineTax), money(lineTotal),
                    item.certificates().isEmpty() ? null : item.certificates()));
            exactTax = exactTax.add(tax);
            roundedTax = roundedTax.add(lineTax);
            gross = gross.add(amount);
            net = net.add(lineNet);
        }
        BigDecimal saleTax = terms.roundPerLine() ? roundedTax : round(exactTax);
        BigDecimal subtotal = terms.taxInclusive() ? gross.subtract(saleTax) : gross;
        BigDecimal total = terms.taxInclusive() ? gross : gross.add(saleTax);
        return new Totals(lines, money(subtotal), money(saleTax), money(total));
    }

    /** What a client paying partly in cash owes: {@code total} rounded to the smallest coin. */
    Money cashDue(Money total) {
        BigDecimal increment = terms.cashIncrement();
        if (increment.signum() == 0) {
            return total;
        }
        BigDecimal coins = total.amount().divide(increment, 0, RoundingMode.HALF_UP);
        return money(coins.multiply(increment));
    }

    private BigDecimal round(BigDecimal amount) {
        return amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP);
    }

    private Money money(BigDecimal amount) {
        return new Money(round(amount), currency);
    }
}
