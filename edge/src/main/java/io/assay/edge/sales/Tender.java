package io.assay.edge.sales;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.assay.edge.inventory.Money;
import java.math.BigDecimal;

/**
 * One payment toward a sale.
 *
 * @param scheme   for a card: visa, mastercard, amex...
 * @param last4    for a card: the last four digits the terminal printed; never more of the number
 * @param authCode for a card: the terminal's authorisation code
 * @param account  for a gift card or store credit: its code
 * @param tradeIn  for a trade-in: the metal taken, its seller and its valuation
 * @param foreign  for foreign cash: the notes as given and the rate they were taken at ({@code amount} is
 *                 their worth in the store's currency)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tender(TenderType type, Money amount, String scheme, String last4, String authCode, String account, TradeIn tradeIn,
        ForeignCash foreign) {

    /** Notes in another currency and the rate, in the store's currency per unit, they were taken at. */
    public record ForeignCash(Money amount, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rate) {
    }

    /** Not foreign cash. */
    public Tender(TenderType type, Money amount, String scheme, String last4, String authCode, String account, TradeIn tradeIn) {
        this(type, amount, scheme, last4, authCode, account, tradeIn, null);
    }

    /** Not a trade-in. */
    public Tender(TenderType type, Money amount, String scheme, String last4, String authCode, String account) {
        this(type, amount, scheme, last4, authCode, account, null, null);
    }

    /** Not on account. */
    public Tender(TenderType type, Money amount, String scheme, String last4, String authCode) {
        this(type, amount, scheme, last4, authCode, null, null, null);
    }

    /** This trade-in valued. */
    Tender valued(Money value, TradeIn valuation) {
        return new Tender(type, value, scheme, last4, authCode, account, valuation, foreign);
    }

    /** These foreign notes at {@code rate}: worth {@code value} in the store's currency. */
    Tender exchanged(Money value, BigDecimal rate) {
        return new Tender(type, value, scheme, last4, authCode, account, tradeIn, new ForeignCash(amount, rate));
    }

    /** What the tenders of {@code type} among {@code tenders} come to ({@code zero} when none). */
    public static Money total(List<Tender> tenders, TenderType type, Money zero) {
        return tenders.stream().filter(t -> t.type() == type).map(Tender::amount).reduce(zero, Money::plus);
    }
}
