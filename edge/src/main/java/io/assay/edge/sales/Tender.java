package io.assay.edge.sales;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.assay.edge.inventory.Money;

/**
 * One payment toward a sale.
 *
 * @param scheme   for a card: visa, mastercard, amex...
 * @param last4    for a card: the last four digits the terminal printed; never more of the number
 * @param authCode for a card: the terminal's authorisation code
 * @param account  for a gift card or store credit: its code
 * @param tradeIn  for a trade-in: the metal taken, its seller and its valuation
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tender(TenderType type, Money amount, String scheme, String last4, String authCode, String account, TradeIn tradeIn) {

    /** Not a trade-in. */
    public Tender(TenderType type, Money amount, String scheme, String last4, String authCode, String account) {
        this(type, amount, scheme, last4, authCode, account, null);
    }

    /** Not on account. */
    public Tender(TenderType type, Money amount, String scheme, String last4, String authCode) {
        this(type, amount, scheme, last4, authCode, null, null);
    }

    /** This trade-in valued. */
    Tender valued(Money value, TradeIn valuation) {
        return new Tender(type, value, scheme, last4, authCode, account, valuation);
    }
}
