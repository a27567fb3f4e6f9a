package io.assay.edge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/**
 * The plain words a frequent value keeps always hold exactly its bitmap's members, while pieces arrive
 * and move and values rise above and fall below the share that earns them; a value that loses its share
 * drops them, and an attribute told not to keep words never does.
 */
class ValueBitmapsTest {

    @Test
    void wordsFollowTheBitmapsThroughMovesAndThresholds() {
        long seed = Long.getLong("index.seed", System.nanoTime());
        Random random = new Random(seed);
        ValueBitmaps<Integer> attribute = new ValueBitmaps<>(new HashMap<>(), true);
        int pieces = 40_000;
        Integer[] valueOf = new Integer[pieces];
        for (int o = 0; o < pieces; o++) {
            // Value 0 is half the stock, 1..10 about 4% each, 11..400 a handful each (below 1/256).
            valueOf[o] = skewed(random);
            attribute.move(o, null, valueOf[o]);
            if (o % 5_000 == 4_999) {
                assertConsistent(attribute, o + 1, "seed " + seed + " after " + (o + 1) + " arrivals");
            }
        }
        for (int round = 0; round < 20; round++) {
            // Drain value 0 into value 7 and back, so both cross the thresholds both ways.
            for (int c = 0; c < 4_000; c++) {
                int o = random.nextInt(pieces);
                Integer next = round % 2 == 0 ? (valueOf[o] != null && valueOf[o] == 0 ? Integer.valueOf(7) : valueOf[o]) : skewed(random);
                if (random.nextInt(50) == 0) {
                    next = null;
                }
                attribute.move(o, valueOf[o], next);
                valueOf[o] = next;
            }
            assertConsistent(attribute, pieces, "seed " + seed + " round " + round);
        }
        // A value that loses nearly all its pieces drops its words.
        int kept = 0;
        for (int o = 0; o < pieces; o++) {
            if (valueOf[o] != null && valueOf[o] == 0 && kept++ >= 10) {
                attribute.move(o, 0, 7);
                valueOf[o] = 7;
            }
        }
        assertThat(attribute.each(List.of(0)).get(0).words()).as("seed %d: value 0 with 10 pieces", seed).isNull();
        assertThat(attribute.each(List.of(7)).get(0).words()).as("seed %d: value 7", seed).isNotNull();
        assertConsistent(attribute, pieces, "seed " + seed + " at the end");
    }

    @Test
    void anAttributeThatKeepsNoWordsNeverHasThem() {
        ValueBitmaps<String> styles = new ValueBitmaps<>(new HashMap<>(), false);
        for (int o = 0; o < 1_000; o++) {
            styles.move(o, null, "ONE-STYLE");
        }
        assertThat(styles.each(List.of("ONE-STYLE")).get(0).words()).isNull();
    }

    private static Integer skewed(Random random) {
        int r = random.nextInt(100);
        return r < 50 ? 0 : r < 90 ? 1 + random.nextInt(10) : 11 + random.nextInt(390);
    }

    private static void assertConsistent(ValueBitmaps<Integer> attribute, int rows, String what) {
        attribute.forEach((value, bitmap) -> {
            ValueBitmaps.Members members = attribute.each(List.of(value)).get(0);
            assertThat(members.size()).as(what + " size of " + value).isEqualTo(bitmap.getCardinality());
            long[] words = members.words();
            if ((long) members.size() * ValueBitmaps.DENSE_SHARE >= rows) {
                assertThat(words).as(what + ": value " + value + " with " + members.size() + " pieces keeps words").isNotNull();
            }
            if (words != null) {
                RoaringBitmap fromWords = new RoaringBitmap();
                for (int w = 0; w < words.length; w++) {
                    for (long bits = words[w]; bits != 0; bits &= bits - 1) {
                        fromWords.add(w * 64 + Long.numberOfTrailingZeros(bits));
                    }
                }
                assertThat(fromWords).as(what + " words of " + value).isEqualTo(bitmap);
            }
        });
    }
}
