package io.assay.edge.index;

/**
 * EPC-96 (two longs) to piece ordinal: an open-addressing hash with linear probing over one
 * {@code long[]}, so a tag read is looked up without a string, a boxed key or an entry object.
 *
 * <p>Each slot is two longs: the EPC's high 64 bits, then {@code (ordinal + 1) << 32 | low}. The low part
 * of an EPC-96 is 32 bits wide, so the ordinal rides in the free upper half, and a slot whose second long
 * is 0 is empty. Keeping key and value in one slot means a hit costs one cache line.
 *
 * <p>Not thread-safe: one writer mutates it under the index's write lock. {@link #get} never loops forever
 * and never throws on a table a writer is changing, so it may run as an optimistic read that the caller
 * validates afterwards.
 */
final class EpcTable {

    static final int ABSENT = -1;

    private static final long LOW_MASK = 0xFFFF_FFFFL;
    private static final int MIN_SLOTS = 16;

    private long[] slots = new long[2 * MIN_SLOTS];
    private int count;

    /** The ordinal of the piece with this EPC, or {@link #ABSENT}. */
    int get(long high, long low) {
        long[] table = slots;
        int mask = (table.length >>> 1) - 1;
        int i = slot(high, low) & mask;
        // Bounded by the table size: under a racing writer (optimistic read) a probe chain may look full.
        for (int probes = 0; probes <= mask; probes++) {
            long tail = table[2 * i + 1];
            if (tail == 0) {
                return ABSENT;
            }
            if (table[2 * i] == high && (tail & LOW_MASK) == low) {
                return (int) (tail >>> 32) - 1;
            }
            i = (i + 1) & mask;
        }
        return ABSENT;
    }

    /** Maps the EPC to {@code ordinal}, replacing any previous mapping of that EPC. */
    void put(long high, long low, int ordinal) {
        if ((low >>> 32) != 0 || ordinal < 0) {
            throw new IllegalArgumentException("EPC low part must be 32 bits and the ordinal non-negative");
        }
        // Grow at 70% load: linear probing stays short, and the table stays near 25-45 bytes per tag.
        if ((count + 1) * 10L > (slots.length >>> 1) * 7L) {
            slots = rehash(slots, slots.length * 2);
        }
        if (insert(slots, high, low, ordinal)) {
            count++;
        }
    }

    /** Removes the EPC if it maps to {@code ordinal}; a mapping to another piece is left alone. */
    void remove(long high, long low, int ordinal) {
        long[] table = slots;
        int mask = (table.length >>> 1) - 1;
        int i = slot(high, low) & mask;
        while (true) {
            long tail = table[2 * i + 1];
            if (tail == 0) {
                return;
            }
            if (table[2 * i] == high && (tail & LOW_MASK) == low) {
                if ((int) (tail >>> 32) - 1 != ordinal) {
                    return;
                }
                break;
            }
            i = (i + 1) & mask;
        }
        // Backward-shift deletion: no tombstones, so lookups of absent tags stay short forever.
        int hole = i;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            long tail = table[2 * j + 1];
            if (tail == 0) {
                break;
            }
            int home = slot(table[2 * j], tail & LOW_MASK) & mask;
            boolean homeBetweenHoleAndJ = hole <= j ? hole < home && home <= j : hole < home || home <= j;
            if (!homeBetweenHoleAndJ) {
                table[2 * hole] = table[2 * j];
                table[2 * hole + 1] = tail;
                hole = j;
            }
        }
        table[2 * hole] = 0;
        table[2 * hole + 1] = 0;
        count--;
    }

    int size() {
        return count;
    }

    private static boolean insert(long[] table, long high, long low, int ordinal) {
        int mask = (table.length >>> 1) - 1;
        int i = slot(high, low) & mask;
        long tail = ((long) (ordinal + 1) << 32) | low;
        while (true) {
            long existing = table[2 * i + 1];
            if (existing == 0) {
                table[2 * i] = high;
                table[2 * i + 1] = tail;
                return true;
            }
            if (table[2 * i] == high && (existing & LOW_MASK) == low) {
                table[2 * i + 1] = tail;
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    private static long[] rehash(long[] old, int length) {
        long[] table = new long[length];
        for (int i = 0; i < old.length; i += 2) {
            long tail = old[i + 1];
            if (tail != 0) {
                insert(table, old[i], tail & LOW_MASK, (int) (tail >>> 32) - 1);
            }
        }
        return table;
    }

    /** Mixes all 96 bits: SGTIN EPCs share their header and company prefix, and differ in few bits. */
    private static int slot(long high, long low) {
        long h = high ^ Long.rotateLeft(low * 0x9E3779B97F4A7C15L, 32);
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) h;
    }
}
