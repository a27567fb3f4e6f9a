package io.assay.edge.index;

import java.util.Arrays;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * A numeric attribute (price in minor units, weight in milligrams) with inclusive range queries.
 *
 * <p>The values sit in a {@code long[]} by ordinal, and the pieces in {@link ValueBuckets} by value. A
 * range {@code [lo, hi]} is the whole buckets strictly between the bucket of {@code lo} and that of
 * {@code hi}, counted from cumulative bitmaps, plus the pieces of those two edge buckets that the
 * filters let through, checked against the array one by one. The buckets are kept exact on every change;
 * they are only rebuilt (new bounds) when they went out of balance, or after a batch so large that moving
 * each piece would cost more than building them again: until then, ranges check every candidate.
 *
 * <p>Not thread-safe: mutated by the index's writer under the write lock; {@link #buildBuckets} is
 * called by the writer alone outside the lock (it only reads what only the writer writes) and
 * {@link #install} under the write lock.
 */
final class RangeColumn {

    private final ValueBuckets.Shape shape;
    private long[] values = new long[1024];
    private final RoaringBitmap present = new RoaringBitmap();
    private ValueBuckets buckets;
    private int movesSinceBuild;
    private int rows;

    RangeColumn(ValueBuckets.Shape shape) {
        this.shape = shape;
    }

    /** Sets a piece's value; null means it has none (matches no range). */
    void set(int ordinal, Long value) {
        if (ordinal >= values.length) {
            values = Arrays.copyOf(values, Math.max(ordinal + 1, values.length * 2));
        }
        rows = Math.max(rows, ordinal + 1);
        boolean had = present.contains(ordinal);
        if (value == null ? !had : had && values[ordinal] == value) {
            return;
        }
        if (buckets != null) {
            if (++movesSinceBuild > rebuildThreshold(rows)) {
                buckets = null;
            } else {
                buckets.move(ordinal, had ? values[ordinal] : null, value);
            }
        }
        if (value == null) {
            present.remove(ordinal);
        } else {
            values[ordinal] = value;
            present.add(ordinal);
        }
    }

    /** How many of the candidates have a value in [min, max] (null: unbounded). */
    int count(Long min, Long max, CandidateBits bits) {
        long lo = min == null ? Long.MIN_VALUE : min;
        long hi = max == null ? Long.MAX_VALUE : max;
        if (lo > hi) {
            return 0;
        }
        if (buckets == null) {
            return countInBucket(present, bits, lo, hi);
        }
        int first = buckets.bucketOf(lo);
        int last = buckets.bucketOf(hi);
        // An edge bucket the range covers entirely is counted whole, not checked piece by piece: that
        // matters for a bucket of one value many pieces share (round prices).
        boolean firstWhole = buckets.startsAtOrAbove(first, lo) && (first != last || buckets.endsAtOrBelow(last, hi));
        boolean lastWhole = buckets.endsAtOrBelow(last, hi) && (first != last || firstWhole);
        if (first == last) {
            return firstWhole ? buckets.count(first, first, bits) : countInBucket(buckets.bucket(first), bits, lo, hi);
        }
        int n = firstWhole ? 0 : countInBucket(buckets.bucket(first), bits, lo, hi);
        n += lastWhole ? 0 : countInBucket(buckets.bucket(last), bits, lo, hi);
        return n + buckets.count(firstWhole ? first : first + 1, lastWhole ? last : last - 1, bits);
    }

    /** The pieces among {@code candidates} (null: all pieces) whose value lies in [min, max]; a new bitmap. */
    RoaringBitmap within(Long min, Long max, RoaringBitmap candidates) {
        long lo = min == null ? Long.MIN_VALUE : min;
        long hi = max == null ? Long.MAX_VALUE : max;
        if (lo > hi) {
            return new RoaringBitmap();
        }
        if (buckets == null) {
            return check(candidates == null ? present : candidates, lo, hi);
        }
        int first = buckets.bucketOf(lo);
        int last = buckets.bucketOf(hi);
        RoaringBitmap result = check(edge(first, candidates), lo, hi);
        if (last != first) {
            result.or(check(edge(last, candidates), lo, hi));
            RoaringBitmap whole = buckets.pieces(first + 1, last - 1);
            if (candidates != null) {
                whole.and(candidates);
            }
            result.or(whole);
        }
        return result;
    }

    /** True when the buckets are missing (new column, or dropped by a large batch) or out of balance. */
    boolean needsBuckets() {
        return (buckets == null || buckets.unbalanced()) && !present.isEmpty();
    }

    /** Buckets over the current values; called by the writer, outside the lock. */
    ValueBuckets buildBuckets() {
        return ValueBuckets.of(values, present, shape);
    }

    /** Makes {@code next} the buckets; called by the writer under the write lock. */
    void install(ValueBuckets next) {
        buckets = next;
        movesSinceBuild = 0;
    }

    static long rebuildThreshold(int rows) {
        // A move costs up to one bitmap update per group; past this many in one go (a bulk import), a
        // rebuild (a sort of every value) is cheaper than moving each piece.
        return Math.max(4096, rows / 8);
    }

    /** The pieces of an edge bucket that the candidates let through; possibly the live bucket: read only. */
    private RoaringBitmap edge(int j, RoaringBitmap candidates) {
        return candidates == null ? buckets.bucket(j) : RoaringBitmap.and(buckets.bucket(j), candidates);
    }

    /** How many candidates of {@code pieces} (all with a value: an edge bucket, or all present) lie in [lo, hi]. */
    private int countInBucket(RoaringBitmap pieces, CandidateBits candidates, long lo, long hi) {
        int[] n = {0};
        boolean dense = candidates.isDense();
        ChunkMembers.eachChunk(pieces, (base, lows, size) -> {
            int found = 0;
            for (int i = 0; i < size; i++) {
                int ordinal = base | lows[i];
                if (dense) {
                    // Most pieces are candidates: read every value and add the tests up, no branch to mispredict.
                    long v = values[ordinal];
                    found += (v >= lo ? 1 : 0) & (v <= hi ? 1 : 0) & candidates.bit(ordinal);
                } else if (candidates.bit(ordinal) != 0) {
                    // Few are: the candidates' words are a few cache lines, the values array megabytes read
                    // at random, so only candidates pay for a value read.
                    long v = values[ordinal];
                    found += (v >= lo ? 1 : 0) & (v <= hi ? 1 : 0);
                }
            }
            n[0] += found;
        });
        return n[0];
    }

    private RoaringBitmap check(RoaringBitmap ordinals, long lo, long hi) {
        RoaringBitmapWriter<RoaringBitmap> out = RoaringBitmapWriter.writer().get();
        IntIterator it = ordinals.getIntIterator();
        while (it.hasNext()) {
            int ordinal = it.next();
            if (ordinal < rows) {
                long v = values[ordinal];
                if (v >= lo && v <= hi && present.contains(ordinal)) {
                    out.add(ordinal);
                }
            }
        }
        return out.get();
    }
}
