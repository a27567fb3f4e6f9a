package io.assay.edge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.roaringbitmap.RoaringBitmap;

/**
 * Range counts and range bitmaps over value buckets agree with a scan of the values, for bounds on,
 * next to and between bucket bounds, for values crowding one bucket, pieces without a value, moves
 * across buckets and groups, and batches large enough to drop the buckets until they are rebuilt; for
 * pieces spread over the ordinals and for pieces loaded in order of value (whose cumulative words have
 * whole blocks that range counts skip until moves break them up).
 */
class RangeColumnTest {

    private static final int PIECES = 6_000;
    /** Piece i has ordinal i * stride; 37 spreads the pieces over several 65,536-ordinal chunks, as a large stock's. */
    private int stride;

    @ParameterizedTest(name = "{0} pieces a bucket, {1} buckets a group, ordinals {2} apart, loaded in order of value: {3}")
    @CsvSource({"1, 1, 37, false", "4, 3, 37, false", "16, 4, 37, false", "1024, 16, 37, false",
            "4, 3, 1, true", "16, 4, 1, true", "64, 2, 1, true"})
    void rangesAgreeWithAScanWhileValuesMove(int perBucket, int perGroup, int stride, boolean sorted) {
        this.stride = stride;
        long seed = Long.getLong("index.seed", System.nanoTime());
        Random random = new Random(seed);
        RangeColumn column = new RangeColumn(new ValueBuckets.Shape(perBucket, perGroup));
        Long[] values = new Long[PIECES];
        for (int i = 0; i < PIECES; i++) {
            values[i] = value(random);
        }
        if (sorted) {
            // As IndexedStock loads a large batch: cheapest first, pieces without a value last.
            java.util.Arrays.sort(values, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        }
        for (int i = 0; i < PIECES; i++) {
            column.set(i * stride, values[i]);
        }
        rebuildIfStale(column);
        for (int round = 0; round < 300; round++) {
            // Mostly a few changes, as commits make them; now and then a bulk change past the rebuild threshold.
            int changes = round % 60 == 59 ? (int) RangeColumn.rebuildThreshold(PIECES) + 10 : 1 + random.nextInt(20);
            for (int c = 0; c < changes; c++) {
                int ordinal = random.nextInt(PIECES);
                values[ordinal] = random.nextInt(5) == 0 ? values[random.nextInt(PIECES)] : value(random);
                column.set(ordinal * stride, values[ordinal]);
            }
            rebuildIfStale(column);
            for (int q = 0; q < 20; q++) {
                Long min = bound(random, values);
                Long max = bound(random, values);
                List<RoaringBitmap> filters = new ArrayList<>();
                for (int f = random.nextInt(4); f > 0; f--) {
                    filters.add(randomSubset(random));
                }
                RoaringBitmap candidates = filters.isEmpty() ? null : RoaringBitmap.and(filters.iterator(), 0L, (long) PIECES * stride);
                RoaringBitmap expected = scan(values, min, max, candidates);
                String what = "seed " + seed + ", round " + round + ", [" + min + ", " + max + "], " + filters.size() + " filters";
                assertThat(column.count(min, max, bitsOf(candidates))).as("count " + what).isEqualTo(expected.getCardinality());
                assertThat(column.within(min, max, candidates)).as("within " + what).isEqualTo(expected);
            }
        }
    }

    /** The candidates as plain words, with a few spare zero words past the last one, as a scratch array has. */
    private CandidateBits bitsOf(RoaringBitmap candidates) {
        if (candidates == null) {
            return CandidateBits.ALL;
        }
        int words = (PIECES * stride + 63) >>> 6;
        long[] bits = new long[words + 3];
        candidates.forEach((int o) -> bits[o >>> 6] |= 1L << o);
        return CandidateBits.of(bits, words, candidates.getCardinality(), PIECES * stride);
    }

    private static void rebuildIfStale(RangeColumn column) {
        if (column.needsBuckets()) {
            column.install(column.buildBuckets());
        }
    }

    /** Values from a small range (many duplicates), a wide one, the extremes, or none. */
    private static Long value(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> null;
            case 1 -> random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE;
            case 2, 3, 4 -> (long) random.nextInt(40);
            default -> random.nextLong() % 1_000_000L;
        };
    }

    /** A bound that is mostly some piece's value (so, often a bucket bound) or one off it. */
    private static Long bound(Random random, Long[] values) {
        Long v = values[random.nextInt(values.length)];
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> random.nextLong() % 1_000_000L;
            case 2 -> v == null || v == Long.MIN_VALUE ? v : Long.valueOf(v - 1);
            case 3 -> v == null || v == Long.MAX_VALUE ? v : Long.valueOf(v + 1);
            default -> v;
        };
    }

    private RoaringBitmap randomSubset(Random random) {
        RoaringBitmap subset = new RoaringBitmap();
        int keep = 1 + random.nextInt(random.nextBoolean() ? 4 : 40);
        for (int i = 0; i < PIECES; i++) {
            if (random.nextInt(keep) == 0) {
                subset.add(i * stride);
            }
        }
        return subset;
    }

    private RoaringBitmap scan(Long[] values, Long min, Long max, RoaringBitmap candidates) {
        RoaringBitmap found = new RoaringBitmap();
        for (int i = 0; i < values.length; i++) {
            Long v = values[i];
            if (v != null && (min == null || v >= min) && (max == null || v <= max)
                    && (candidates == null || candidates.contains(i * stride))) {
                found.add(i * stride);
            }
        }
        return found;
    }
}
