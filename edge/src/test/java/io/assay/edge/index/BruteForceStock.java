package io.assay.edge.index;

import io.assay.edge.inventory.Piece;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The oracle: every answer by scanning every piece with {@link QueryMatcher}. */
final class BruteForceStock {

    private final Map<String, Piece> pieces = new LinkedHashMap<>();

    void upsertAll(Collection<Piece> changed) {
        for (Piece p : changed) {
            pieces.put(p.serial(), p);
        }
    }

    Collection<Piece> pieces() {
        return pieces.values();
    }

    int count(PieceQuery q) {
        return (int) pieces.values().stream().filter(p -> QueryMatcher.matches(q, p)).count();
    }

    PieceResults search(PieceQuery q, SortOrder sort, int page, int size) {
        List<Piece> all = new ArrayList<>(pieces.values().stream().filter(p -> QueryMatcher.matches(q, p)).toList());
        all.sort(QueryMatcher.comparator(sort));
        int from = (int) Math.min((long) page * size, all.size());
        int to = (int) Math.min((long) from + size, all.size());
        return new PieceResults(List.copyOf(all.subList(from, to)), page, size, all.size());
    }

    Map<String, Integer> countBy(Facet facet, PieceQuery q) {
        Map<String, Integer> counts = new TreeMap<>();
        pieces.values().stream().filter(p -> QueryMatcher.matches(q, p))
                .forEach(p -> QueryMatcher.facetValues(facet, p).forEach(v -> counts.merge(v, 1, Integer::sum)));
        return counts;
    }
}
