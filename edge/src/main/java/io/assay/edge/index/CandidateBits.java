package io.assay.edge.index;

import org.roaringbitmap.RoaringBitmap;

/**
 * The candidates of one range count (the pieces the query's other filters let through) as plain words,
 * so that what a range count intersects them with costs a bit test per member (buckets, a thousand
 * pieces each) or one word-wise AND (the cumulative bitmaps, themselves plain words), never a merge
 * against sorted arrays. Made by {@link Intersection#candidates}, or {@link #ALL}.
 */
final class CandidateBits {

    /** Every piece is a candidate (the query has no other filter). */
    static final CandidateBits ALL = new CandidateBits(null, 0, true);

    /** Bit {@code o} of word {@code o / 64} for each candidate {@code o}; null: all. */
    private final long[] bits;
    /** Words of {@code bits} that count; past them there is no candidate. */
    private final int length;
    /** At least 1/{@link #DENSE_SHARE} of the pieces are candidates. */
    private final boolean dense;

    /** Candidates this common make a bit test per piece a coin toss: see {@link #isDense}. */
    private static final int DENSE_SHARE = 8;

    private CandidateBits(long[] bits, int length, boolean dense) {
        this.bits = bits;
        this.length = length;
        this.dense = dense;
    }

    /**
     * The {@code count} candidates in the first {@code length} words of {@code bits} (read, never
     * copied), out of {@code rows} pieces.
     */
    static CandidateBits of(long[] bits, int length, int count, int rows) {
        return new CandidateBits(bits, length, (long) count * DENSE_SHARE >= rows);
    }

    /**
     * Whether so many pieces are candidates that testing each piece's bit is as likely to pass as not:
     * then branching on it costs more in mispredictions than reading every piece's value saves.
     */
    boolean isDense() {
        return dense;
    }

    /** How many pieces of {@code pieces} are candidates. */
    int count(RoaringBitmap pieces) {
        if (bits == null) {
            return pieces.getCardinality();
        }
        int[] n = {0};
        ChunkMembers.eachChunk(pieces, (base, lows, size) -> {
            int found = 0;
            for (int i = 0; i < size; i++) {
                found += bit(base | lows[i]);
            }
            n[0] += found;
        });
        return n[0];
    }

    /**
     * How many candidates {@code upper} holds; not for {@link #ALL}, whose answer is the size the
     * caller keeps. Reads only the blocks not known to be empty.
     */
    int count(PrefixWords upper) {
        long[] up = upper.words();
        int limit = Math.min(length, up.length);
        int n = 0;
        for (int b = 0, blocks = blocks(limit); b < blocks; b++) {
            if (upper.zeros(b)) {
                continue;
            }
            for (int i = b << PrefixWords.BLOCK_SHIFT, end = blockEnd(b, limit); i < end; i++) {
                n += Long.bitCount(bits[i] & up[i]);
            }
        }
        return n;
    }

    /**
     * How many candidates {@code upper} holds that {@code lower} (a subset of it) does not; not for
     * {@link #ALL}, whose answer is a difference of sizes. Reads only the blocks where the two may
     * differ: for stock loaded in price order, the stretch of the range itself.
     */
    int countBetween(PrefixWords upper, PrefixWords lower) {
        long[] up = upper.words();
        long[] low = lower.words();
        int limit = Math.min(length, up.length);
        int n = 0;
        for (int b = 0, blocks = blocks(limit); b < blocks; b++) {
            if (upper.zeros(b) || lower.ones(b)) {
                continue;
            }
            int end = blockEnd(b, limit);
            int i = b << PrefixWords.BLOCK_SHIFT;
            if (lower.zeros(b)) {
                for (; i < end; i++) {
                    n += Long.bitCount(bits[i] & up[i]);
                }
            } else {
                for (int shared = Math.min(end, low.length); i < shared; i++) {
                    n += Long.bitCount(bits[i] & up[i] & ~low[i]);
                }
                for (; i < end; i++) {
                    n += Long.bitCount(bits[i] & up[i]);
                }
            }
        }
        return n;
    }

    private static int blocks(int words) {
        return (words + PrefixWords.BLOCK_WORDS - 1) >>> PrefixWords.BLOCK_SHIFT;
    }

    private static int blockEnd(int b, int limit) {
        return Math.min(limit, (b + 1) << PrefixWords.BLOCK_SHIFT);
    }

    boolean isAll() {
        return bits == null;
    }

    /** 1 when {@code ordinal} is a candidate, else 0. */
    int bit(int ordinal) {
        if (bits == null) {
            return 1;
        }
        int word = ordinal >>> 6;
        return word < length ? (int) (bits[word] >>> ordinal) & 1 : 0;
    }
}
