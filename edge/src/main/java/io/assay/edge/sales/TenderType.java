package io.assay.edge.sales;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** How a client pays. Gift cards, store credit, trade-in and foreign cash follow. */
public enum TenderType {
    /** Notes and coins in the store's currency; the only tender that gives change. */
    CASH("cash"),
    /** A card taken on the external terminal: the scheme, last four digits and authorisation code are kept, never the number. */
    CARD("card");

    private final String label;

    TenderType(String label) {
        this.label = label;
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
