package io.assay.edge.clients;

import io.assay.edge.inventory.Money;
import java.util.List;

/** What the client likes: the words recommendations match against pieces, and the budget they respect. */
public record Preferences(List<String> metals, List<String> colours, List<String> stones, List<String> designers,
        List<String> styles, Money budgetMin, Money budgetMax) {

    public static final Preferences NONE = new Preferences(List.of(), List.of(), List.of(), List.of(), List.of(), null, null);

    public Preferences {
        metals = copy(metals);
        colours = copy(colours);
        stones = copy(stones);
        designers = copy(designers);
        styles = copy(styles);
    }

    private static List<String> copy(List<String> words) {
        return words == null ? List.of() : List.copyOf(words);
    }
}
