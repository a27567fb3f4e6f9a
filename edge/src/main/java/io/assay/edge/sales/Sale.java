package io.assay.edge.sales;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.assay.edge.inventory.Money;
import java.time.Instant;
import java.util.List;

/**
 * A completed sale, as the receipt and the journal show it.
 *
 * @param number       the store's running sale number, printed on the receipt
 * @param associate    who sold
 * @param client       the client-book id, or null
 * @param subtotal     the lines without tax, after discounts
 * @param discount     all discounts taken off, or null for none
 * @param total        what the client owes: subtotal and tax, before any cash rounding
 * @param cashRounding what rounding a cash payment to the currency's smallest coin added (may be negative), or zero
 * @param change       the cash given back
 * @param voided       when, by whom and why the sale was voided, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sale(String id, String number, String register, String associate, String client, Instant time,
        List<SaleLine> lines, Money subtotal, Money discount, Money tax, Money total, Money cashRounding, List<Tender> tenders, Money change,
        Voiding voided) {

    /** A sale as made. */
    public Sale(String id, String number, String register, String associate, String client, Instant time, List<SaleLine> lines,
            Money subtotal, Money discount, Money tax, Money total, Money cashRounding, List<Tender> tenders, Money change) {
        this(id, number, register, associate, client, time, lines, subtotal, discount, tax, total, cashRounding, tenders, change, null);
    }

    /** A sale undone within its shift. */
    public record Voiding(String by, Instant at, String reason) {
    }

    Sale voided(Voiding how) {
        return new Sale(id, number, register, associate, client, time, lines, subtotal, discount, tax, total, cashRounding, tenders, change,
                how);
    }
}
