package io.assay.edge.clients.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A set of longs that only grows, kept as a few sorted arrays (runs) whose sizes at least halve from
 * the oldest to the newest, so that adding costs a logarithmic number of copies per value and a
 * lookup a binary search per run. A bulk load is one run; the odd word added later is a tiny one until
 * enough of them merge.
 *
 * <p>Values added become visible at {@link #seal()}. Not thread-safe: {@link ClientSearch} guards it.
 */
final class SortedRuns {

    private final List<long[]> runs = new ArrayList<>();
    private long[] pending = new long[64];
    private int pendingCount;

    void add(long value) {
        if (pendingCount == pending.length) {
            pending = Arrays.copyOf(pending, pendingCount * 2);
        }
        pending[pendingCount++] = value;
    }

    /** Makes everything added so far visible to {@link #forEachBetween}. */
    void seal() {
        if (pendingCount == 0) {
            return;
        }
        long[] run = Arrays.copyOf(pending, pendingCount);
        Arrays.sort(run);
        runs.add(distinct(run, run.length));
        pendingCount = 0;
        if (pending.length > 4096) {
            pending = new long[64];
        }
        while (runs.size() >= 2 && runs.get(runs.size() - 2).length <= 2 * runs.get(runs.size() - 1).length) {
            long[] newer = runs.remove(runs.size() - 1);
            long[] older = runs.remove(runs.size() - 1);
            runs.add(merged(older, newer));
        }
    }

    /** Each value in {@code [from, to]}, once. */
    void forEachBetween(long from, long to, LongConsumer action) {
        for (long[] run : runs) {
            for (int i = lowerBound(run, from); i < run.length && run[i] <= to; i++) {
                action.accept(run[i]);
            }
        }
    }

    /** Values held (for the heap report). */
    long size() {
        return runs.stream().mapToLong(run -> run.length).sum();
    }

    private static int lowerBound(long[] run, long value) {
        int low = 0;
        int high = run.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (run[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static long[] merged(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            long next = j == b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
            if (n == 0 || out[n - 1] != next) {
                out[n++] = next;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static long[] distinct(long[] sorted, int length) {
        int n = 0;
        for (int i = 0; i < length; i++) {
            if (n == 0 || sorted[n - 1] != sorted[i]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }
}
