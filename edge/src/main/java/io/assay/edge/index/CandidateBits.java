package io.assay.edge.index;

import java.util.Arrays;
import org.roaringbitmap.BitmapContainer;
import org.roaringbitmap.Container;
import org.roaringbitmap.ContainerPointer;
import org.roaringbitmap.RoaringBitmap;

/**
 * The candidates of one range count (the pieces the query's other filters let through) as a plain bit
 * set, so that the many bitmaps a range count intersects them with (two cumulative bitmaps, up to a
 * group of buckets, two edge buckets) each cost a bit test per member or a word-wise AND, never another
 * merge against the candidates' sorted arrays. Loading costs one pass over the candidates.
 *
 * <p>Scratch for one thread at a time ({@link #loaded} hands out this thread's instance): readers count
 * concurrently under the read lock.
 */
final class CandidateBits {

    private static final ThreadLocal<CandidateBits> SCRATCH = ThreadLocal.withInitial(CandidateBits::new);
    private static final int WORDS = 1024;

    /** Words of each 65,536-ordinal chunk, by chunk key; null: no candidate in that chunk. */
    private long[][] chunks = new long[16][];
    private long[][] spare = new long[16][];
    private final long[] words = new long[WORDS];
    private final long[] lowerWords = new long[WORDS];
    private final int[] members = new int[1 << 16];
    private boolean all;

    private CandidateBits() {
    }

    /** This thread's instance holding {@code candidates}; null means every piece. Valid until its next call. */
    static CandidateBits loaded(RoaringBitmap candidates) {
        CandidateBits bits = SCRATCH.get();
        bits.load(candidates);
        return bits;
    }

    /** How many pieces of {@code pieces} are candidates. */
    int count(RoaringBitmap pieces) {
        if (all) {
            return pieces.getCardinality();
        }
        int n = 0;
        ContainerPointer it = pieces.getContainerPointer();
        for (Container c = it.getContainer(); c != null; it.advance(), c = it.getContainer()) {
            long[] mine = chunk(it.key());
            if (mine != null) {
                n += count(c, mine);
            }
        }
        return n;
    }

    /** How many candidates are in {@code upper} but not in {@code lower}, given {@code lower ⊆ upper}: one pass. */
    int countBetween(RoaringBitmap upper, RoaringBitmap lower) {
        if (all) {
            return upper.getCardinality() - lower.getCardinality();
        }
        int n = 0;
        ContainerPointer up = upper.getContainerPointer();
        ContainerPointer low = lower.getContainerPointer();
        for (Container c = up.getContainer(); c != null; up.advance(), c = up.getContainer()) {
            char key = up.key();
            long[] mine = chunk(key);
            while (low.getContainer() != null && low.key() < key) {
                low.advance();
            }
            Container below = low.getContainer() != null && low.key() == key ? low.getContainer() : null;
            if (mine == null) {
                continue;
            }
            if (c instanceof BitmapContainer dense && below instanceof BitmapContainer denseBelow) {
                dense.copyBitmapTo(words, 0);
                denseBelow.copyBitmapTo(lowerWords, 0);
                for (int i = 0; i < WORDS; i++) {
                    n += Long.bitCount(mine[i] & words[i] & ~lowerWords[i]);
                }
            } else {
                n += count(c, mine) - (below == null ? 0 : count(below, mine));
            }
        }
        return n;
    }

    boolean contains(int ordinal) {
        if (all) {
            return true;
        }
        long[] mine = chunk((char) (ordinal >>> 16));
        return mine != null && (mine[(ordinal & 0xFFFF) >>> 6] & (1L << ordinal)) != 0;
    }

    private int count(Container c, long[] mine) {
        int n = 0;
        if (c instanceof BitmapContainer dense) {
            dense.copyBitmapTo(words, 0);
            for (int i = 0; i < WORDS; i++) {
                n += Long.bitCount(mine[i] & words[i]);
            }
            return n;
        }
        int size = c.getCardinality();
        c.fillLeastSignificant16bits(members, 0, 0);
        for (int i = 0; i < size; i++) {
            int v = members[i];
            n += (int) (mine[v >>> 6] >>> v) & 1;
        }
        return n;
    }

    private long[] chunk(char key) {
        return key < chunks.length ? chunks[key] : null;
    }

    private void load(RoaringBitmap candidates) {
        // Hand the previous query's word arrays back to the spares, so loading allocates nothing once warm.
        for (int k = 0; k < chunks.length; k++) {
            if (chunks[k] != null) {
                spare[k] = chunks[k];
                chunks[k] = null;
            }
        }
        all = candidates == null;
        if (all) {
            return;
        }
        ContainerPointer it = candidates.getContainerPointer();
        for (Container c = it.getContainer(); c != null; it.advance(), c = it.getContainer()) {
            char key = it.key();
            if (key >= chunks.length) {
                chunks = Arrays.copyOf(chunks, Math.max(key + 1, chunks.length * 2));
                spare = Arrays.copyOf(spare, chunks.length);
            }
            long[] mine = spare[key] == null ? new long[WORDS] : spare[key];
            spare[key] = null;
            if (c instanceof BitmapContainer dense) {
                dense.copyBitmapTo(mine, 0);
            } else {
                Arrays.fill(mine, 0L);
                int size = c.getCardinality();
                c.fillLeastSignificant16bits(members, 0, 0);
                for (int i = 0; i < size; i++) {
                    mine[members[i] >>> 6] |= 1L << members[i];
                }
            }
            chunks[key] = mine;
        }
    }
}
