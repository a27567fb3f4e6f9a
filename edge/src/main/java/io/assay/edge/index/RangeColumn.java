package io.assay.edge.index;

import java.util.Arrays;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.PeekableIntIterator;
import org.roaringbitmap.RangeBitmap;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * A numeric attribute (price in minor units, weight in milligrams) with inclusive range queries.
 *
 * <p>The values sit in a {@code long[]} by ordinal. A range over many pieces is answered by a
 * {@link RangeBitmap} (bit-sliced, no scan of the pieces), but a RangeBitmap is immutable, so it is a
 * snapshot: ordinals changed since it was built are kept in {@code dirty} and checked against the array.
 * When the dirty set outgrows {@link #rebuildThreshold} the writer builds a fresh snapshot. A range over
 * few candidates (other filters already narrowed the stock) is cheaper as a check of those candidates.
 *
 * <p>Not thread-safe: mutated by the index's writer under the write lock; {@link #buildSnapshot} is
 * called by the writer alone outside the lock (it only reads what only the writer writes) and
 * {@link #install} under the write lock.
 */
final class RangeColumn {

    /** Candidates per stock piece below which checking candidates beats the snapshot. */
    private static final int CHECK_FRACTION = 64;

    private long[] values = new long[1024];
    private final RoaringBitmap present = new RoaringBitmap();
    private final RoaringBitmap dirty = new RoaringBitmap();
    private Snapshot snapshot = Snapshot.EMPTY;
    private int rows;

    /** Sets a piece's value; null means it has none (matches no range). */
    void set(int ordinal, Long value) {
        if (ordinal >= values.length) {
            values = Arrays.copyOf(values, Math.max(ordinal + 1, values.length * 2));
        }
        rows = Math.max(rows, ordinal + 1);
        boolean had = present.contains(ordinal);
        if (value == null) {
            if (had) {
                present.remove(ordinal);
                dirty.add(ordinal);
            }
            return;
        }
        if (!had || values[ordinal] != value) {
            values[ordinal] = value;
            present.add(ordinal);
            dirty.add(ordinal);
        }
    }

    /** The pieces among {@code candidates} (null: all pieces) whose value lies in [min, max]; a new bitmap. */
    RoaringBitmap within(Long min, Long max, RoaringBitmap candidates) {
        long lo = min == null ? Long.MIN_VALUE : min;
        long hi = max == null ? Long.MAX_VALUE : max;
        if (lo > hi) {
            return new RoaringBitmap();
        }
        if (snapshot == Snapshot.NONE
                || candidates != null && candidates.getLongCardinality() * CHECK_FRACTION <= rows) {
            return check(candidates == null ? present : candidates, lo, hi);
        }
        RoaringBitmap result = snapshot.between(lo, hi);
        // The snapshot knows only its rows' values at build time: drop the changed ones and recheck them.
        result.and(present);
        result.andNot(dirty);
        result.or(check(dirty, lo, hi));
        if (candidates != null) {
            result.and(candidates);
        }
        return result;
    }

    /** True when so many pieces changed since the snapshot that checking them costs more than a rebuild. */
    boolean needsSnapshot() {
        return dirty.getLongCardinality() > rebuildThreshold(rows);
    }

    /** A snapshot of the current values; called by the writer, outside the lock. */
    Snapshot buildSnapshot() {
        return Snapshot.of(values, present, rows);
    }

    /** Makes {@code next} the snapshot; called by the writer under the write lock. */
    void install(Snapshot next) {
        snapshot = next;
        dirty.clear();
    }

    static long rebuildThreshold(int rows) {
        // A rebuild reads every row; rechecking the dirty ones costs a few ns each per query. At 1M pieces
        // this keeps the recheck under ~16k rows (tens of µs) and rebuilds once every 16k changes.
        return Math.max(2048, rows / 64);
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

    /** An immutable bit-sliced copy of the values of rows [0, rows), shifted so the smallest is 0. */
    static final class Snapshot {

        static final Snapshot EMPTY = new Snapshot(null, 0, -1);
        /** The values span more than a long can hold: no snapshot, every range is a check. */
        static final Snapshot NONE = new Snapshot(null, 0, -1);

        private final RangeBitmap bitmap;
        private final long base;
        private final long top;

        private Snapshot(RangeBitmap bitmap, long base, long top) {
            this.bitmap = bitmap;
            this.base = base;
            this.top = top;
        }

        static Snapshot of(long[] values, RoaringBitmap present, int rows) {
            if (present.isEmpty()) {
                return EMPTY;
            }
            long base = Long.MAX_VALUE;
            long top = Long.MIN_VALUE;
            IntIterator it = present.getIntIterator();
            while (it.hasNext()) {
                long v = values[it.next()];
                base = Math.min(base, v);
                top = Math.max(top, v);
            }
            long span;
            try {
                span = Math.subtractExact(top, base);
            } catch (ArithmeticException e) {
                return NONE;
            }
            RangeBitmap.Appender appender = RangeBitmap.appender(span);
            PeekableIntIterator has = present.getIntIterator();
            for (int ordinal = 0; ordinal < rows; ordinal++) {
                has.advanceIfNeeded(ordinal);
                boolean isPresent = has.hasNext() && has.peekNext() == ordinal;
                // Absent rows get 0 and are removed again by the `present` filter at query time.
                appender.add(isPresent ? values[ordinal] - base : 0);
            }
            return new Snapshot(appender.build(), base, top);
        }

        RoaringBitmap between(long lo, long hi) {
            if (bitmap == null || hi < base || lo > top) {
                return new RoaringBitmap();
            }
            return bitmap.between(Math.max(lo, base) - base, Math.min(hi, top) - base);
        }
    }
}
