package io.assay.edge.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Heap in use after full collections: the live bytes, as near as a running JVM can tell. */
final class HeapMeter {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapMeter() {
    }

    static long liveBytes() {
        // Collect until the figure settles: one System.gc() may leave finalizable or soft garbage behind.
        long previous = Long.MAX_VALUE;
        long used = usedAfterGc();
        for (int i = 0; i < 5 && Math.abs(previous - used) > 1_000_000; i++) {
            previous = used;
            used = usedAfterGc();
        }
        return used;
    }

    private static long usedAfterGc() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
