package io.assay.edge.index;

import org.roaringbitmap.Container;
import org.roaringbitmap.ContainerPointer;
import org.roaringbitmap.RoaringBitmap;

/**
 * A bitmap's members as plain ints, 65,536-ordinal chunk by chunk, into per-thread scratch: for loops that
 * visit every member of a bucket on the counting path.
 *
 * <p>Not Roaring's {@code forEach}: its callback is called from code every user of Roaring shares, so the
 * JIT sees many callbacks there and may compile a virtual call per member; the same count then ran ten
 * times slower in one benchmark run than in the next. A plain array loop in the caller has no such call.
 */
final class ChunkMembers {

    private static final ThreadLocal<int[]> SCRATCH = ThreadLocal.withInitial(() -> new int[1 << 16]);

    private ChunkMembers() {
    }

    /** What to do with one chunk's members: {@code base | lows[i]} for {@code i < size} are the ordinals. */
    interface Chunk {
        void accept(int base, int[] lows, int size);
    }

    static void eachChunk(RoaringBitmap bitmap, Chunk chunk) {
        int[] lows = SCRATCH.get();
        ContainerPointer it = bitmap.getContainerPointer();
        for (Container c = it.getContainer(); c != null; it.advance(), c = it.getContainer()) {
            int size = c.getCardinality();
            c.fillLeastSignificant16bits(lows, 0, 0);
            chunk.accept(it.key() << 16, lows, size);
        }
    }
}
