package io.assay.edge.inventory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of place a piece can rest in a boutique. */
public enum LocationKind {
    CASE("case"),
    TRAY("tray"),
    WINDOW("window"),
    SAFE("safe"),
    BACK_OFFICE("back office");

    private final String label;

    LocationKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public static Optional<LocationKind> fromLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equalsIgnoreCase(label)).findFirst();
    }

    @JsonCreator
    static LocationKind of(String label) {
        return fromLabel(label).orElseThrow(() -> new IllegalArgumentException("unknown location kind " + label));
    }
}
