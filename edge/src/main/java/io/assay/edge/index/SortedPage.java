package io.assay.edge.index;

import io.assay.edge.inventory.Piece;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * One page of the matching pieces in a {@link SortOrder}. Only the pieces up to the end of the page are
 * ever ordered: a bounded heap keeps the best {@code (page + 1) * size} while the matches stream past, so
 * the first page of 100k matches costs about one comparison per match, not a sort of all of them.
 */
final class SortedPage {

    private SortedPage() {
    }

    /** The page of {@code matches} (in no particular order) that {@code sort}, {@code page} and {@code size} select. */
    static PieceResults of(Piece[] matches, SortOrder sort, int page, int size) {
        int total = matches.length;
        long from = (long) page * size;
        if (from >= total) {
            return new PieceResults(List.of(), page, size, total);
        }
        int end = (int) Math.min(total, from + size);
        Comparator<Piece> order = QueryMatcher.comparator(sort);
        // A max-heap: its head is the worst piece kept so far, the one a better match displaces.
        PriorityQueue<Piece> best = new PriorityQueue<>(end, order.reversed());
        for (Piece p : matches) {
            if (best.size() < end) {
                best.add(p);
            } else if (order.compare(p, best.peek()) < 0) {
                best.poll();
                best.add(p);
            }
        }
        Piece[] kept = best.toArray(new Piece[0]);
        Arrays.sort(kept, order);
        return new PieceResults(List.of(Arrays.copyOfRange(kept, (int) from, end)), page, size, total);
    }
}
