package io.assay.edge.bench;

import java.util.Arrays;

/** Per-operation latencies in nanoseconds, for percentiles. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int n;

    void add(long elapsedNanos) {
        if (n == nanos.length) {
            nanos = Arrays.copyOf(nanos, n * 2);
        }
        nanos[n++] = elapsedNanos;
    }

    int size() {
        return n;
    }

    /** The p-th percentile (0-100) in microseconds, nearest rank; NaN when nothing was timed. */
    double percentileMicros(double p) {
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, rank))] / 1_000.0;
    }
}
