package io.assay.edge.inventory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What kind of piece it is, in the words on the price tag. */
public enum Category {
    RING("ring"),
    ENGAGEMENT_RING("engagement ring"),
    BAND("band"),
    NECKLACE("necklace"),
    PENDANT("pendant"),
    BRACELET("bracelet"),
    EARRINGS("earrings"),
    BROOCH("brooch"),
    WATCH("watch"),
    LOOSE_STONE("loose stone"),
    OTHER("other");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** True for the categories worn on a finger, the only ones that carry a ring size. */
    public boolean isRing() {
        return this == RING || this == ENGAGEMENT_RING || this == BAND;
    }

    public static Optional<Category> fromLabel(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equalsIgnoreCase(label)).findFirst();
    }

    @JsonCreator
    static Category of(String label) {
        return fromLabel(label).orElseThrow(() -> new IllegalArgumentException("unknown category " + label));
    }
}
