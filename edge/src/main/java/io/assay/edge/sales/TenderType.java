package io.assay.edge.sales;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** How a client pays. Trade-in and foreign cash follow. */
public enum TenderType {
    /** Notes and coins in the store's currency; the only tender that gives change. */
    CASH("cash", true),
    /** A card taken on the external terminal: the scheme, last four digits and authorisation code are kept, never the number. */
    CARD("card", true),
    /** A gift card the boutique sold, by its code: its balance pays. */
    GIFT_CARD("gift-card", false),
    /** Store credit the boutique gave (a return without receipt, a cancelled layaway), by its code. */
    STORE_CREDIT("store-credit", false),
    /** Notes in another currency at the store's exchange rate; change is given in the store's currency. */
    FOREIGN_CASH("foreign-cash", false),
    /** Old gold or another precious metal, valued at the spot price and the store's payout rate. */
    TRADE_IN("trade-in", false),
    /** What goods brought back in an exchange are worth, spent on the new sale. */
    EXCHANGE("exchange", false),
    /** The client's loyalty points, at the store's value of a point. */
    LOYALTY_POINTS("loyalty-points", false);

    private final String label;
    private final boolean counted;

    TenderType(String label, boolean counted) {
        this.label = label;
        this.counted = counted;
    }

    /** Whether a close counts it: cash in the drawer, card slips against the terminal; not balances on account. */
    public boolean counted() {
        return counted;
    }

    /** Whether it is notes in the drawer, which may be more than is due and get change back. */
    public boolean cash() {
        return this == CASH || this == FOREIGN_CASH;
    }

    /** Whether it pays from a balance on account ({@link CreditAccount}). */
    public boolean onAccount() {
        return this == GIFT_CARD || this == STORE_CREDIT;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public static Optional<TenderType> fromLabel(String label) {
        for (TenderType type : values()) {
            if (type.label.equals(label)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
