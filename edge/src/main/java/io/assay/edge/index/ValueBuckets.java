package io.assay.edge.index;

import java.util.Arrays;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * The pieces of a numeric column in buckets of about equal size by value, for range counts that never
 * look at more than a few thousand pieces one by one.
 *
 * <p>Bucket {@code j} holds the pieces whose value lies in {@code (upper[j-1], upper[j]]}; the bounds are
 * values the stock had when the buckets were made (equi-depth), the last one {@link Long#MAX_VALUE}.
 * Buckets are grouped by {@link Shape#bucketsPerGroup}, and for each group {@code g} a cumulative bitmap
 * holds every piece in groups {@code 0..g} (range encoding). The pieces of a run of whole buckets are
 * then a difference of two prefixes, each a cumulative bitmap plus or minus at most half a group of
 * buckets: {@code count(F ∧ run)} costs one word-wise pass over two cumulative bitmaps and bit tests of
 * at most a group of buckets' pieces against the candidates ({@link CandidateBits}), instead of a
 * bit-sliced evaluation over every piece.
 *
 * <p>A piece whose value changes moves between buckets and in or out of the cumulative bitmaps between
 * its old and new group, so the structure is always exact; the bounds stay as built. When pieces pile
 * into one bucket (prices drifting past the old bounds) {@link #unbalanced} says so and the owner
 * builds new buckets. Not thread-safe: see {@link RangeColumn}.
 */
final class ValueBuckets {

    /**
     * How finely to cut: about {@code piecesPerBucket} pieces a bucket, a cumulative bitmap every
     * {@code bucketsPerGroup} buckets. The default costs one array of plain words (N/8 bytes) per
     * 8,192 pieces, 16 bytes a piece per column at a million pieces, and leaves at most ~4k pieces
     * probed per end of a range (each probe a bit test); tests use tiny shapes so that ranges cross
     * bucket and group bounds in a stock of a few thousand pieces.
     */
    record Shape(int piecesPerBucket, int bucketsPerGroup) {

        static final Shape DEFAULT = new Shape(1024, 8);

        Shape {
            if (piecesPerBucket < 1 || bucketsPerGroup < 1) {
                throw new IllegalArgumentException("shape " + piecesPerBucket + "/" + bucketsPerGroup);
            }
        }
    }

    /**
     * A bucket grown to this many times its intended size (or twice its size when built, for a bucket
     * of one crowded value) makes the buckets worth rebuilding.
     */
    private static final int OVERFULL_FACTOR = 8;

    private final long[] upper;
    private final RoaringBitmap[] buckets;
    /**
     * {@code upTo[g]}: the pieces in buckets {@code 0 .. (g + 1) * perGroup - 1}, as plain words. Plain
     * words because a range count ANDs two of them with the candidates: one pass over the blocks where
     * the two differ, no container copies.
     */
    private final PrefixWords[] upTo;
    private final int perGroup;
    /** By bucket: the size past which {@link #unbalanced} turns true. */
    private final long[] overfull;
    /**
     * By bucket: no value in it is lower than {@code low[j]} nor higher than {@code high[j]}. Widened when a
     * piece moves in, never narrowed (still true, if loose): they tell when a range covers a bucket whole.
     */
    private final long[] low;
    private final long[] high;
    private boolean unbalanced;

    private ValueBuckets(long[] upper, RoaringBitmap[] buckets, long[] low, long[] high, int perGroup, long intendedSize) {
        this.upper = upper;
        this.low = low;
        this.high = high;
        this.buckets = buckets;
        this.perGroup = perGroup;
        this.overfull = new long[buckets.length];
        for (int j = 0; j < buckets.length; j++) {
            // A value shared by more pieces than a bucket holds makes a bucket of its own that is big from
            // the start: only its growth, not its size, calls for new bounds (which would cut it the same).
            overfull[j] = Math.max(intendedSize * OVERFULL_FACTOR, 2 * buckets[j].getLongCardinality());
        }
        this.upTo = new PrefixWords[(buckets.length + perGroup - 1) / perGroup];
        int words = 1;
        for (RoaringBitmap bucket : buckets) {
            words = bucket.isEmpty() ? words : Math.max(words, (bucket.last() >>> 6) + 1);
        }
        long[] sum = new long[words];
        int size = 0;
        for (int g = 0; g < upTo.length; g++) {
            sum = g == 0 ? sum : sum.clone();
            for (int j = g * perGroup; j < Math.min((g + 1) * perGroup, buckets.length); j++) {
                long[] into = sum;
                buckets[j].forEach((int ordinal) -> into[ordinal >>> 6] |= 1L << ordinal);
                size += buckets[j].getCardinality();
            }
            upTo[g] = new PrefixWords(sum, size);
        }
    }

    /** Buckets over the values of the pieces in {@code present}. */
    static ValueBuckets of(long[] values, RoaringBitmap present, Shape shape) {
        int n = present.getCardinality();
        long[] sorted = new long[n];
        IntIterator it = present.getIntIterator();
        for (int i = 0; i < n; i++) {
            sorted[i] = values[it.next()];
        }
        Arrays.sort(sorted);
        long[] bounds = new long[n / shape.piecesPerBucket() + 1];
        int count = 0;
        for (long rank = shape.piecesPerBucket() - 1L; rank < n - 1; rank += shape.piecesPerBucket()) {
            long bound = sorted[(int) rank];
            // Equal values share a bucket: a run of duplicates longer than a bucket yields one bound.
            if (count == 0 || bound > bounds[count - 1]) {
                bounds[count++] = bound;
            }
        }
        if (count > 0 && bounds[count - 1] == Long.MAX_VALUE) {
            count--;
        }
        bounds[count++] = Long.MAX_VALUE;
        long[] upper = Arrays.copyOf(bounds, count);

        @SuppressWarnings("unchecked")
        RoaringBitmapWriter<RoaringBitmap>[] writers = new RoaringBitmapWriter[upper.length];
        for (int j = 0; j < writers.length; j++) {
            writers[j] = RoaringBitmapWriter.writer().get();
        }
        long[] low = new long[upper.length];
        long[] high = new long[upper.length];
        Arrays.fill(low, Long.MAX_VALUE);
        Arrays.fill(high, Long.MIN_VALUE);
        IntIterator ordinals = present.getIntIterator();
        while (ordinals.hasNext()) {
            int ordinal = ordinals.next();
            long value = values[ordinal];
            int j = bucketOf(upper, value);
            writers[j].add(ordinal);
            low[j] = Math.min(low[j], value);
            high[j] = Math.max(high[j], value);
        }
        RoaringBitmap[] buckets = new RoaringBitmap[upper.length];
        for (int j = 0; j < buckets.length; j++) {
            buckets[j] = writers[j].get();
        }
        return new ValueBuckets(upper, buckets, low, high, shape.bucketsPerGroup(), shape.piecesPerBucket());
    }

    int bucketOf(long value) {
        return bucketOf(upper, value);
    }

    /** True when every value in bucket {@code j} is at least {@code lo}. */
    boolean startsAtOrAbove(int j, long lo) {
        return low[j] >= lo;
    }

    /** True when every value in bucket {@code j} is at most {@code hi}. */
    boolean endsAtOrBelow(int j, long hi) {
        return high[j] <= hi;
    }

    /** The live bitmap of bucket {@code j}: read only. */
    RoaringBitmap bucket(int j) {
        return buckets[j];
    }

    /** Moves a piece from the bucket of {@code before} to that of {@code after}; null: no value. */
    void move(int ordinal, Long before, Long after) {
        int from = before == null ? -1 : bucketOf(before);
        int to = after == null ? -1 : bucketOf(after);
        if (to >= 0) {
            low[to] = Math.min(low[to], after);
            high[to] = Math.max(high[to], after);
        }
        if (from == to) {
            return;
        }
        if (from >= 0) {
            buckets[from].remove(ordinal);
        }
        if (to >= 0) {
            buckets[to].add(ordinal);
            unbalanced |= buckets[to].getLongCardinality() > overfull[to];
        }
        // A piece is in upTo[g] for every g from its group on; a piece without a value is in none.
        int fromGroup = from < 0 ? upTo.length : from / perGroup;
        int toGroup = to < 0 ? upTo.length : to / perGroup;
        for (int g = Math.min(fromGroup, toGroup); g < Math.max(fromGroup, toGroup); g++) {
            if (toGroup < fromGroup) {
                upTo[g].set(ordinal);
            } else {
                upTo[g].clear(ordinal);
            }
        }
    }

    /** True when some bucket grew so far past its size that ranges probe too many pieces one by one. */
    boolean unbalanced() {
        return unbalanced;
    }

    /** How many candidates lie in buckets {@code first..last}; 0 when first > last. */
    int count(int first, int last, CandidateBits candidates) {
        if (first > last) {
            return 0;
        }
        if (last - first < perGroup) {
            return sum(first, last, candidates);
        }
        // run = prefix(last) - prefix(first - 1); each prefix is a cumulative bitmap corrected by whole
        // buckets. The lower cumulative bitmap is a subset of the upper one: one pass counts the difference.
        int upper = nearerCumulative(last);
        int lower = nearerCumulative(first - 1);
        int cumulative;
        if (candidates.isAll()) {
            cumulative = upTo[upper].size() - (lower < 0 ? 0 : upTo[lower].size());
        } else {
            cumulative = lower < 0 ? candidates.count(upTo[upper]) : candidates.countBetween(upTo[upper], upTo[lower]);
        }
        return cumulative + correction(last, candidates) - correction(first - 1, candidates);
    }

    /** The pieces in buckets {@code first..last}, a new bitmap. */
    RoaringBitmap pieces(int first, int last) {
        if (first > last) {
            return new RoaringBitmap();
        }
        if (last - first < perGroup) {
            return union(first, last).clone();
        }
        return RoaringBitmap.andNot(prefix(last), prefix(first - 1));
    }

    /**
     * The cumulative bitmap nearest to the prefix of buckets {@code 0..j} (-1: none): the one below its
     * group or its group's own, whichever leaves fewer buckets to correct by.
     */
    private int nearerCumulative(int j) {
        if (j < 0) {
            return -1;
        }
        int g = j / perGroup;
        int first = g * perGroup;
        int end = Math.min(first + perGroup, buckets.length) - 1;
        return j == end || j - first >= end - j ? g : g - 1;
    }

    /** What the prefix {@code 0..j} holds beyond its {@link #nearerCumulative} (negative: what it lacks). */
    private int correction(int j, CandidateBits candidates) {
        if (j < 0) {
            return 0;
        }
        int g = j / perGroup;
        int first = g * perGroup;
        int end = Math.min(first + perGroup, buckets.length) - 1;
        return nearerCumulative(j) == g ? -sum(j + 1, end, candidates) : sum(first, j, candidates);
    }

    private RoaringBitmap prefix(int j) {
        if (j < 0) {
            return new RoaringBitmap();
        }
        int g = j / perGroup;
        RoaringBitmap whole = union(g * perGroup, j);
        return g == 0 ? whole.clone() : RoaringBitmap.or(BitSetUtil.bitmapOf(upTo[g - 1].words()), whole);
    }

    /** The pieces of buckets {@code first..last} (first <= last); possibly a live bucket: read only. */
    private RoaringBitmap union(int first, int last) {
        return first == last ? buckets[first] : FastAggregation.or(Arrays.copyOfRange(buckets, first, last + 1));
    }

    private int sum(int first, int last, CandidateBits candidates) {
        int n = 0;
        for (int j = first; j <= last; j++) {
            n += candidates.count(buckets[j]);
        }
        return n;
    }

    private static int bucketOf(long[] upper, long value) {
        int at = Arrays.binarySearch(upper, value);
        return at >= 0 ? at : -at - 1;
    }
}
