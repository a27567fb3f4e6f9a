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
     * How many candidates are set in {@code words} (bit {@code o} of word {@code o / 64}); not for
     * {@link #ALL}, whose answer is the size the caller keeps.
     */
    int count(long[] words) {
        int limit = Math.min(length, words.length);
        int n = 0;
        for (int i = 0; i < limit; i++) {
            n += Long.bitCount(bits[i] & words[i]);
        }
        return n;
    }

    /**
     * How many candidates are set in {@code upper} but not in {@code lower} (plain words, as for
     * {@link #count(long[])}); not for {@link #ALL}, whose answer is a difference of sizes.
     */
    int countBetween(long[] upper, long[] lower) {
        int limit = Math.min(length, upper.length);
        int shared = Math.min(limit, lower.length);
        int n = 0;
        for (int i = 0; i < shared; i++) {
            n += Long.bitCount(bits[i] & upper[i] & ~lower[i]);
        }
        for (int i = shared; i < limit; i++) {
            n += Long.bitCount(bits[i] & upper[i]);
        }
        return n;
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
