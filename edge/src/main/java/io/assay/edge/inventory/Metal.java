package io.assay.edge.inventory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The precious metal a piece is made of. Its fineness rules live in {@link Fineness}. */
public enum Metal {
    GOLD("gold"),
    PLATINUM("platinum"),
    PALLADIUM("palladium"),
    SILVER("silver"),
    OTHER("other");

    private final String label;

    Metal(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public static Optional<Metal> fromLabel(String label) {
        return Arrays.stream(values()).filter(m -> m.label.equalsIgnoreCase(label)).findFirst();
    }

    @JsonCreator
    static Metal of(String label) {
        return fromLabel(label).orElseThrow(() -> new IllegalArgumentException("unknown metal " + label));
    }
}
