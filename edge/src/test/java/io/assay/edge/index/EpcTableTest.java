package io.assay.edge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EpcTableTest {

    private record Key(long high, long low) {
    }

    @Test
    void randomPutsReplacementsAndRemovalsAgreeWithAHashMap() {
        long seed = Long.getLong("index.seed", System.nanoTime());
        Random random = new Random(seed);
        EpcTable table = new EpcTable();
        Map<Key, Integer> reference = new HashMap<>();
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            int op = random.nextInt(10);
            if (op < 5 || keys.isEmpty()) {
                // Few distinct highs and nearby lows, like one company's SGTIN tags: long probe chains.
                Key key = new Key(0x3074257BF7000000L | random.nextInt(4), random.nextInt(50_000));
                int ordinal = random.nextInt(1_000_000);
                table.put(key.high(), key.low(), ordinal);
                if (reference.put(key, ordinal) == null) {
                    keys.add(key);
                }
            } else if (op < 8) {
                Key key = keys.get(random.nextInt(keys.size()));
                Integer ordinal = reference.get(key);
                table.remove(key.high(), key.low(), ordinal == null ? 0 : ordinal);
                reference.remove(key);
            } else {
                Key key = keys.get(random.nextInt(keys.size()));
                assertThat(table.get(key.high(), key.low())).as("seed " + seed)
                        .isEqualTo(reference.getOrDefault(key, EpcTable.ABSENT));
            }
        }
        for (Key key : keys) {
            assertThat(table.get(key.high(), key.low())).as("seed " + seed).isEqualTo(reference.getOrDefault(key, EpcTable.ABSENT));
        }
        assertThat(table.size()).isEqualTo(reference.size());
    }

    @Test
    void removingATagThatNowBelongsToAnotherPieceLeavesTheOtherPieceFindable() {
        EpcTable table = new EpcTable();
        table.put(7, 9, 1);
        table.put(7, 9, 2);

        table.remove(7, 9, 1);

        assertThat(table.get(7, 9)).isEqualTo(2);
    }

    @Test
    void anEpcThatDiffersOnlyInTheLowPartIsAnotherTag() {
        EpcTable table = new EpcTable();
        table.put(0x3074257BF7194E40L, 0x00001A85L, 4);

        assertThat(table.get(0x3074257BF7194E40L, 0x00001A85L)).isEqualTo(4);
        assertThat(table.get(0x3074257BF7194E40L, 0x00001A86L)).isEqualTo(EpcTable.ABSENT);
        assertThat(table.get(0x3074257BF7194E41L, 0x00001A85L)).isEqualTo(EpcTable.ABSENT);
    }
}
