package io.assay.edge.index;

import java.util.Arrays;
import org.roaringbitmap.ArrayContainer;
import org.roaringbitmap.BitmapContainer;
import org.roaringbitmap.Container;
import org.roaringbitmap.ContainerPointer;
import org.roaringbitmap.RoaringBitmap;

/**
 * How many ordinals are in every one of several bitmaps, without building any intersection.
 *
 * <p>Roaring's own AND builds each intermediate bitmap, and intersects two sorted arrays (two filters of
 * a few percent of the stock each, a case or a designer) by a branchy merge of both. Here each 65,536-ordinal
 * chunk is counted on its own: when the smallest container there is a sorted array, its members are
 * kept in a scratch list and struck out by each other container, with a bit test against a bitmap
 * container, a bit test against a scratch bit set marked from a comparable array, or a binary search in a
 * much larger array; when every container is dense, the word-wise Roaring AND is already the fast way.
 *
 * <p>One instance per thread (readers count concurrently under the read lock): see {@link #of}.
 */
final class AndCount {

    private static final ThreadLocal<AndCount> SCRATCH = ThreadLocal.withInitial(AndCount::new);
    /** An array container this many times the candidates is searched, not marked: marking costs its size. */
    private static final int SEARCH_RATIO = 8;
    private static final int WORDS_PER_CHUNK = 1024;

    /** An array container holds at most 4,096 members; only those are copied into these. */
    private final int[] candidates = new int[4096];
    private final int[] members = new int[4096];
    private final long[] marks = new long[WORDS_PER_CHUNK];

    private AndCount() {
    }

    /** The size of the intersection of all of {@code bitmaps} (at least one). */
    static int of(RoaringBitmap... bitmaps) {
        if (bitmaps.length == 1) {
            return bitmaps[0].getCardinality();
        }
        // Two as well: Roaring's andCardinality merges two sorted arrays, the slow case this class avoids.
        return SCRATCH.get().count(bitmaps);
    }

    private int count(RoaringBitmap[] bitmaps) {
        ContainerPointer[] pointers = new ContainerPointer[bitmaps.length];
        for (int i = 0; i < bitmaps.length; i++) {
            pointers[i] = bitmaps[i].getContainerPointer();
        }
        Container[] chunk = new Container[bitmaps.length];
        int total = 0;
        // Walk the chunk keys of all bitmaps in step; only keys every bitmap has can contribute.
        while (pointers[0].getContainer() != null) {
            char key = pointers[0].key();
            boolean everywhere = true;
            for (int i = 1; i < pointers.length && everywhere; i++) {
                while (pointers[i].getContainer() != null && pointers[i].key() < key) {
                    pointers[i].advance();
                }
                if (pointers[i].getContainer() == null) {
                    return total;
                }
                if (pointers[i].key() != key) {
                    everywhere = false;
                    key = pointers[i].key();
                }
            }
            if (!everywhere) {
                while (pointers[0].getContainer() != null && pointers[0].key() < key) {
                    pointers[0].advance();
                }
                continue;
            }
            for (int i = 0; i < pointers.length; i++) {
                chunk[i] = pointers[i].getContainer();
            }
            total += countChunk(chunk);
            pointers[0].advance();
        }
        return total;
    }

    private int countChunk(Container[] chunk) {
        int smallest = 0;
        for (int i = 1; i < chunk.length; i++) {
            if (chunk[i].getCardinality() < chunk[smallest].getCardinality()) {
                smallest = i;
            }
        }
        if (!(chunk[smallest] instanceof ArrayContainer)) {
            Container narrowed = chunk[smallest];
            int last = smallest == chunk.length - 1 ? chunk.length - 2 : chunk.length - 1;
            for (int i = 0; i < chunk.length; i++) {
                if (i != smallest && i != last) {
                    narrowed = narrowed.and(chunk[i]);
                }
            }
            return narrowed.andCardinality(chunk[last]);
        }
        if (chunk.length == 2 && !(chunk[1 - smallest] instanceof ArrayContainer)) {
            // Array against bitmap: Roaring's own loop tests each member in place, with no copy.
            return chunk[smallest].andCardinality(chunk[1 - smallest]);
        }
        int n = chunk[smallest].getCardinality();
        chunk[smallest].fillLeastSignificant16bits(candidates, 0, 0);
        for (int i = 0; i < chunk.length && n > 0; i++) {
            if (i != smallest) {
                n = strike(chunk[i], n);
            }
        }
        return n;
    }

    /** Keeps of the first {@code n} candidates those in {@code container}; how many are kept. */
    private int strike(Container container, int n) {
        int kept = 0;
        if (container instanceof ArrayContainer && container.getCardinality() < n * SEARCH_RATIO) {
            int size = container.getCardinality();
            container.fillLeastSignificant16bits(members, 0, 0);
            for (int i = 0; i < size; i++) {
                marks[members[i] >>> 6] |= 1L << members[i];
            }
            for (int i = 0; i < n; i++) {
                int v = candidates[i];
                candidates[kept] = v;
                kept += (int) (marks[v >>> 6] >>> v) & 1;
            }
            if (size > WORDS_PER_CHUNK / 2) {
                Arrays.fill(marks, 0L);
            } else {
                for (int i = 0; i < size; i++) {
                    marks[members[i] >>> 6] = 0;
                }
            }
            return kept;
        }
        if (container instanceof BitmapContainer bitmap) {
            for (int i = 0; i < n; i++) {
                int v = candidates[i];
                candidates[kept] = v;
                kept += bitmap.contains((char) v) ? 1 : 0;
            }
            return kept;
        }
        for (int i = 0; i < n; i++) {
            int v = candidates[i];
            if (container.contains((char) v)) {
                candidates[kept++] = v;
            }
        }
        return kept;
    }
}
