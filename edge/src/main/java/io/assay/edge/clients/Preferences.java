package io.assay.edge.clients;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.assay.edge.inventory.Money;
import java.util.List;

/**
 * What the client likes: the words recommendations match against pieces, and the budget they respect. Read
 * and written in the same shape, so that a merge patch of her profile keeps what it does not name.
 */
public record Preferences(List<String> metals, List<String> colours, List<String> stones, List<String> designers,
        List<String> styles, Budget budget) {

    public static final Preferences NONE = new Preferences(List.of(), List.of(), List.of(), List.of(), List.of(), null);

    /** From {@code min} up to {@code max}, either open. */
    public record Budget(Money min, Money max) {
    }

    public Preferences {
        metals = copy(metals);
        colours = copy(colours);
        stones = copy(stones);
        designers = copy(designers);
        styles = copy(styles);
    }

    @JsonIgnore
    public Money budgetMin() {
        return budget == null ? null : budget.min();
    }

    @JsonIgnore
    public Money budgetMax() {
        return budget == null ? null : budget.max();
    }

    private static List<String> copy(List<String> words) {
        return words == null ? List.of() : List.copyOf(words);
    }
}
