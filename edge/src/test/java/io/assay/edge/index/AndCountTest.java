package io.assay.edge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/**
 * The counted intersection of several bitmaps equals the size of Roaring's own intersection, over chunks
 * where the containers are sorted arrays, dense bitmaps and runs in every mix, of comparable and of very
 * different sizes, with chunks some bitmaps lack.
 */
class AndCountTest {

    @Test
    void countsWhatRoaringsIntersectionHolds() {
        long seed = Long.getLong("index.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int round = 0; round < 400; round++) {
            int n = 1 + random.nextInt(5);
            RoaringBitmap[] bitmaps = new RoaringBitmap[n];
            for (int i = 0; i < n; i++) {
                bitmaps[i] = randomBitmap(random);
            }
            RoaringBitmap expected = bitmaps[0].clone();
            for (int i = 1; i < n; i++) {
                expected.and(bitmaps[i]);
            }
            assertThat(AndCount.of(bitmaps)).as("seed %d round %d", seed, round).isEqualTo(expected.getCardinality());
        }
    }

    /** Over 6 chunks of 65,536 ordinals, each left empty, sparse, mid-dense, dense or a few long runs. */
    private static RoaringBitmap randomBitmap(Random random) {
        RoaringBitmap bitmap = new RoaringBitmap();
        for (int chunk = 0; chunk < 6; chunk++) {
            int base = chunk << 16;
            switch (random.nextInt(5)) {
                case 0 -> { }
                case 1 -> addRandom(bitmap, random, base, 1 + random.nextInt(200));
                case 2 -> addRandom(bitmap, random, base, 500 + random.nextInt(3500));
                case 3 -> addRandom(bitmap, random, base, 5_000 + random.nextInt(40_000));
                default -> {
                    for (int r = random.nextInt(4); r >= 0; r--) {
                        int start = base + random.nextInt(60_000);
                        bitmap.add((long) start, start + 1L + random.nextInt(5_000));
                    }
                    bitmap.runOptimize();
                }
            }
        }
        return bitmap;
    }

    private static void addRandom(RoaringBitmap bitmap, Random random, int base, int count) {
        for (int i = 0; i < count; i++) {
            bitmap.add(base + random.nextInt(1 << 16));
        }
    }
}
