package io.assay.edge.inventory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a piece stands commercially. Transitions follow what happens in a boutique: a sold piece comes
 * back only as a return (in stock); a written-off piece is closed for good; a missing piece is found
 * (in stock) or written off.
 */
public enum PieceStatus {
    IN_STOCK("in stock"),
    RESERVED("reserved"),
    SOLD("sold"),
    ON_MEMO_OUT("on memo out"),
    ON_MEMO_IN("on memo in"),
    IN_REPAIR("in repair"),
    IN_TRANSIT("in transit"),
    MISSING("missing"),
    WRITTEN_OFF("written off");

    private final String label;

    PieceStatus(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** The statuses this one may move to. */
    public Set<PieceStatus> next() {
        return switch (this) {
            case IN_STOCK -> EnumSet.of(RESERVED, SOLD, ON_MEMO_OUT, IN_REPAIR, IN_TRANSIT, MISSING, WRITTEN_OFF);
            case RESERVED -> EnumSet.of(IN_STOCK, SOLD, MISSING);
            case SOLD -> EnumSet.of(IN_STOCK);
            case ON_MEMO_OUT -> EnumSet.of(IN_STOCK, SOLD, MISSING);
            // A consigned piece is sold, bought outright (in stock), held, repaired, or goes back to its
            // vendor, which for our stock is a write-off.
            case ON_MEMO_IN -> EnumSet.of(IN_STOCK, RESERVED, SOLD, IN_REPAIR, MISSING, WRITTEN_OFF);
            case IN_REPAIR -> EnumSet.of(IN_STOCK, MISSING, WRITTEN_OFF);
            case IN_TRANSIT -> EnumSet.of(IN_STOCK, MISSING);
            case MISSING -> EnumSet.of(IN_STOCK, WRITTEN_OFF);
            case WRITTEN_OFF -> EnumSet.noneOf(PieceStatus.class);
        };
    }

    public boolean canMoveTo(PieceStatus target) {
        return next().contains(target);
    }

    /** Statuses a piece may be entered with: it arrives in the store, on consignment, or on its way. */
    public static Set<PieceStatus> initial() {
        return EnumSet.of(IN_STOCK, ON_MEMO_IN, IN_TRANSIT, IN_REPAIR, ON_MEMO_OUT);
    }

    public static Optional<PieceStatus> fromLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equalsIgnoreCase(label)).findFirst();
    }

    @JsonCreator
    static PieceStatus of(String label) {
        return fromLabel(label).orElseThrow(() -> new IllegalArgumentException("unknown status " + label));
    }
}
