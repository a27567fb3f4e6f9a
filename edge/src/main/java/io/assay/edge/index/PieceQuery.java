package io.assay.edge.index;

import io.assay.edge.inventory.Category;
import io.assay.edge.inventory.Metal;
import io.assay.edge.inventory.PieceStatus;
import java.util.Set;

/**
 * A search over the stock. Within one attribute the values are alternatives (case-1 or case-2); across
 * attributes all must hold (in case-1 and in stock). An empty set or a null bound means "any".
 *
 * @param locations    location ids (the caller expands a case into its trays)
 * @param fineness     canonical fineness values ("18k", "950")
 * @param metalColours metal colours ("white", "yellow")
 * @param stoneTypes   stone types; a piece matches when any of its stones has one of them
 * @param priceMin     lowest retail price in minor units (cents), inclusive, or null
 * @param priceMax     highest retail price in minor units, inclusive, or null
 * @param weightMinMg  lowest gross weight in milligrams, inclusive, or null
 * @param weightMaxMg  highest gross weight in milligrams, inclusive, or null
 * @param text         words that must all prefix-match a word of description, designer or collection
 *                     (case and accent insensitive), or null
 */
public record PieceQuery(
        Set<String> locations,
        Set<PieceStatus> statuses,
        Set<Category> categories,
        Set<Metal> metals,
        Set<String> fineness,
        Set<String> metalColours,
        Set<String> designers,
        Set<String> collections,
        Set<String> stoneTypes,
        Set<String> styles,
        Long priceMin,
        Long priceMax,
        Long weightMinMg,
        Long weightMaxMg,
        String text) {

    public PieceQuery {
        locations = copy(locations);
        statuses = copy(statuses);
        categories = copy(categories);
        metals = copy(metals);
        fineness = copy(fineness);
        metalColours = copy(metalColours);
        designers = copy(designers);
        collections = copy(collections);
        stoneTypes = copy(stoneTypes);
        styles = copy(styles);
        text = text == null || text.isBlank() ? null : text.trim();
    }

    /** Matches every piece. */
    public static PieceQuery all() {
        return new PieceQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Matches every piece of one status. */
    public static PieceQuery withStatus(PieceStatus status) {
        return new PieceQuery(null, Set.of(status), null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static <T> Set<T> copy(Set<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
