package io.assay.edge.index;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.roaringbitmap.BatchIterator;
import org.roaringbitmap.BitmapContainer;
import org.roaringbitmap.Container;
import org.roaringbitmap.ContainerPointer;
import org.roaringbitmap.RoaringBitmap;

/**
 * The pieces passing every one of several {@link Term filters}, counted or as plain words, without
 * building a Roaring intersection.
 *
 * <p>Each filter is first made a bit set over the stock's ordinals (a "tester"): its own plain words when
 * it is one value that keeps them, otherwise a scratch array built from its alternatives' words (one
 * copy and ORs) and its sparse bitmaps (a bit set per member). Then one of two ways, by the size of the
 * smallest filter ({@link #shouldDrive}):
 * <ul>
 *   <li>few pieces, or kept only as bitmaps: walk its members and test each against the others' testers
 *       (a style, a rare designer, a text word: a few thousand bit tests);</li>
 *   <li>otherwise: AND the testers word by word, 64 pieces at a time (a case and a status and a metal:
 *       N/64 words per filter, about 16k at a million pieces, whatever the filters' densities).</li>
 * </ul>
 * Either way the cost has a bound that does not depend on how the values' members happen to be laid out,
 * which is what keeps the slowest counts (the p99) near the typical ones.
 *
 * <p>Scratch for one thread at a time: each thread has its own instance (readers count concurrently
 * under the read lock). Candidates returned by {@link #candidates} are valid until the thread's next call.
 */
final class Intersection {

    /** A filter with fewer than 1/this of the stock's pieces is walked member by member. */
    static final int DRIVE_SHARE = 1024;

    private static final int CHUNK_WORDS = 1024;
    private static final ThreadLocal<Intersection> SCRATCH = ThreadLocal.withInitial(Intersection::new);
    private static final Comparator<Term> SMALLEST_FIRST = Comparator.comparingLong(Term::cardinality);

    private long[][] buffers = new long[4][];
    private int buffersUsed;
    private final int[] batch = new int[256];
    private final long[] chunk = new long[CHUNK_WORDS];
    private final int[] lows = new int[1 << 16];

    private Intersection() {
    }

    /** How many of the {@code rows} ordinals pass every filter (at least one filter). */
    static int count(List<Term> terms, int rows) {
        Term[] sorted = sorted(terms);
        if (sorted.length == 1) {
            return (int) sorted[0].cardinality();
        }
        return SCRATCH.get().run(sorted, rows, false).count;
    }

    /**
     * The ordinals passing every filter (at least one), for range counts. Holds a live or scratch array:
     * valid until this thread's next call.
     */
    static CandidateBits candidates(List<Term> terms, int rows) {
        Result result = SCRATCH.get().run(sorted(terms), rows, true);
        return CandidateBits.of(result.words, Math.min(result.words.length, (rows + 63) >>> 6), result.count, rows);
    }

    private record Result(int count, long[] words) {
    }

    private Result run(Term[] sorted, int rows, boolean wantWords) {
        buffersUsed = 0;
        int words = (rows + 63) >>> 6;
        if (shouldDrive(sorted[0], rows)) {
            return drive(sorted, words, wantWords);
        }
        long[][] testers = new long[sorted.length][];
        for (int i = 0; i < sorted.length; i++) {
            testers[i] = tester(sorted[i], words);
        }
        if (wantWords) {
            return testers.length == 1 ? new Result((int) sorted[0].cardinality(), testers[0]) : and(testers, words);
        }
        return new Result(andCount(testers, words), null);
    }

    /** Walks the smallest filter's members, testing each against every other filter. */
    private Result drive(Term[] sorted, int words, boolean wantWords) {
        long[][] testers = new long[sorted.length - 1][];
        for (int i = 1; i < sorted.length; i++) {
            testers[i - 1] = tester(sorted[i], words);
        }
        long[] out = wantWords ? zeroed(words) : null;
        int n = 0;
        for (RoaringBitmap alternative : sorted[0].bitmaps()) {
            BatchIterator it = alternative.getBatchIterator();
            while (it.hasNext()) {
                int k = it.nextBatch(batch);
                for (int j = 0; j < k; j++) {
                    int ordinal = batch[j];
                    // Whether a member passes is a coin toss the CPU cannot predict: add the bit, do not branch on it.
                    long passes = inAll(testers, ordinal);
                    n += (int) passes;
                    if (out != null) {
                        out[ordinal >>> 6] |= passes << ordinal;
                    }
                }
            }
        }
        return new Result(n, out);
    }

    /** 1 when {@code ordinal} is set in every tester, else 0. */
    private static long inAll(long[][] testers, int ordinal) {
        int word = ordinal >>> 6;
        long passes = 1;
        for (long[] tester : testers) {
            passes &= word < tester.length ? tester[word] >>> ordinal : 0;
        }
        return passes;
    }

    /**
     * Walking costs a few nanoseconds a member, a word-wise AND under one a word per filter: walk a
     * filter of fewer than 1/{@link #DRIVE_SHARE} of the stock, or one with values kept only as bitmaps
     * (making its words would cost a bit set per member anyway).
     */
    private static boolean shouldDrive(Term smallest, int rows) {
        if (smallest.cardinality() * DRIVE_SHARE < rows) {
            return true;
        }
        for (long[] words : smallest.words()) {
            if (words == null) {
                return true;
            }
        }
        return false;
    }

    private Result and(long[][] testers, int words) {
        long[] out = buffer(words);
        int limit = limit(testers, words);
        System.arraycopy(testers[0], 0, out, 0, limit);
        int last = testers.length - 1;
        for (int t = 1; t < last; t++) {
            long[] tester = testers[t];
            for (int w = 0; w < limit; w++) {
                out[w] &= tester[w];
            }
        }
        long[] tester = testers[last];
        int n = 0;
        for (int w = 0; w < limit; w++) {
            long x = out[w] & tester[w];
            out[w] = x;
            n += Long.bitCount(x);
        }
        Arrays.fill(out, limit, words, 0L);
        return new Result(n, out);
    }

    private static int andCount(long[][] testers, int words) {
        int limit = limit(testers, words);
        int n = 0;
        // Two and three filters are the register's usual counts: loops the JIT keeps in registers.
        if (testers.length == 2) {
            long[] a = testers[0];
            long[] b = testers[1];
            for (int w = 0; w < limit; w++) {
                n += Long.bitCount(a[w] & b[w]);
            }
            return n;
        }
        if (testers.length == 3) {
            long[] a = testers[0];
            long[] b = testers[1];
            long[] c = testers[2];
            for (int w = 0; w < limit; w++) {
                n += Long.bitCount(a[w] & b[w] & c[w]);
            }
            return n;
        }
        for (int w = 0; w < limit; w++) {
            long x = testers[0][w];
            for (int t = 1; t < testers.length && x != 0; t++) {
                x &= testers[t][w];
            }
            n += Long.bitCount(x);
        }
        return n;
    }

    private static int limit(long[][] testers, int words) {
        int limit = words;
        for (long[] tester : testers) {
            limit = Math.min(limit, tester.length);
        }
        return limit;
    }

    /** The filter as plain words: its own when it has them, else built in a scratch array. */
    private long[] tester(Term term, int words) {
        long[] own = term.ownWords();
        if (own != null) {
            return own;
        }
        long[] tester = null;
        for (long[] alternative : term.words()) {
            if (alternative == null) {
                continue;
            }
            int length = Math.min(alternative.length, words);
            if (tester == null) {
                tester = buffer(words);
                System.arraycopy(alternative, 0, tester, 0, length);
                Arrays.fill(tester, length, words, 0L);
            } else {
                for (int w = 0; w < length; w++) {
                    tester[w] |= alternative[w];
                }
            }
        }
        if (tester == null) {
            tester = zeroed(words);
        }
        for (int i = 0; i < term.bitmaps().length; i++) {
            if (term.words()[i] == null) {
                setMembers(tester, term.bitmaps()[i]);
            }
        }
        return tester;
    }

    /** Sets the bits of {@code members} in {@code tester}; a dense chunk is ORed in whole, 64 members at a time. */
    private void setMembers(long[] tester, RoaringBitmap members) {
        ContainerPointer it = members.getContainerPointer();
        for (Container c = it.getContainer(); c != null; it.advance(), c = it.getContainer()) {
            int offset = it.key() * CHUNK_WORDS;
            if (c instanceof BitmapContainer dense) {
                dense.copyBitmapTo(chunk, 0);
                int length = Math.min(CHUNK_WORDS, tester.length - offset);
                for (int w = 0; w < length; w++) {
                    tester[offset + w] |= chunk[w];
                }
            } else {
                int size = c.getCardinality();
                c.fillLeastSignificant16bits(lows, 0, 0);
                for (int i = 0; i < size; i++) {
                    tester[offset + (lows[i] >>> 6)] |= 1L << lows[i];
                }
            }
        }
    }

    private long[] zeroed(int words) {
        long[] buffer = buffer(words);
        Arrays.fill(buffer, 0, words, 0L);
        return buffer;
    }

    /** A scratch array of at least {@code words} words, distinct from the others handed out in this call. */
    private long[] buffer(int words) {
        if (buffersUsed == buffers.length) {
            buffers = Arrays.copyOf(buffers, buffers.length * 2);
        }
        long[] buffer = buffers[buffersUsed];
        if (buffer == null || buffer.length < words) {
            // Room to grow, so that a stock receiving pieces does not reallocate on every count.
            buffer = new long[words + words / 8 + 16];
            buffers[buffersUsed] = buffer;
        }
        buffersUsed++;
        return buffer;
    }

    private static Term[] sorted(List<Term> terms) {
        Term[] sorted = terms.toArray(new Term[0]);
        Arrays.sort(sorted, SMALLEST_FIRST);
        return sorted;
    }
}
