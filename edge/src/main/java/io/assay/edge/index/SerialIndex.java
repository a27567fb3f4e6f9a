package io.assay.edge.index;

import io.assay.drivers.epc.Epc96;
import io.assay.edge.inventory.Piece;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory serial index. PLACEHOLDER: a plain scan with the final public API; the bitmap index
 * replaces its inside.
 *
 * <p>Threading: one writer (the store's writer thread, after each commit) calls {@link #upsertAll};
 * any thread may read concurrently. A read that starts after {@code upsertAll} returns sees its pieces.
 */
public final class SerialIndex {

    private final Map<String, Piece> pieces = new ConcurrentHashMap<>();

    /** Adds or replaces pieces (by serial). Pieces are never removed: they change status instead. */
    public void upsertAll(Collection<Piece> changed) {
        for (Piece p : changed) {
            pieces.put(p.serial(), p);
        }
    }

    public int size() {
        return pieces.size();
    }

    public Optional<Piece> bySerial(String serial) {
        return Optional.ofNullable(pieces.get(serial));
    }

    public Optional<Piece> byEpc(long high, long low) {
        Epc96 wanted = new Epc96(high, low);
        return pieces.values().stream().filter(p -> p.epc() != null && p.epc96().equals(wanted)).findFirst();
    }

    public List<Piece> byStyle(String style) {
        return pieces.values().stream().filter(p -> style.equals(p.style()))
                .sorted(Comparator.comparing(Piece::serial)).toList();
    }

    public int count(PieceQuery query) {
        return (int) pieces.values().stream().filter(p -> QueryMatcher.matches(query, p)).count();
    }

    public PieceResults search(PieceQuery query, SortOrder sort, int page, int size) {
        List<Piece> all = new ArrayList<>(pieces.values().stream().filter(p -> QueryMatcher.matches(query, p)).toList());
        all.sort(QueryMatcher.comparator(sort));
        int from = Math.min(page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new PieceResults(List.copyOf(all.subList(from, to)), page, size, all.size());
    }

    public Map<String, Integer> countBy(Facet facet, PieceQuery query) {
        Map<String, Integer> counts = new TreeMap<>();
        pieces.values().stream().filter(p -> QueryMatcher.matches(query, p))
                .forEach(p -> QueryMatcher.facetValues(facet, p).forEach(v -> counts.merge(v, 1, Integer::sum)));
        return counts;
    }
}
