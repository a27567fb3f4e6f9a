package io.assay.edge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The block notes of cumulative words stay true while bits are set and cleared (and the words grow), and
 * counts that skip blocks by them agree with a count of every word.
 */
class PrefixWordsTest {

    private static final int PIECES = 5 * 4096 + 1000;

    @Test
    void notesStayTrueAndCountsAgreeWhilePiecesMoveInAndOut() {
        long seed = Long.getLong("index.seed", System.nanoTime());
        Random random = new Random(seed);
        // Two prefixes of a stock loaded in order: lower holds ordinals [0, 4096 * 2 + 17), upper [0, 4096 * 4 + 5).
        PrefixWords lower = prefix(4096 * 2 + 17);
        PrefixWords upper = prefix(4096 * 4 + 5);
        assertThat(lower.ones(0)).isTrue();
        assertThat(lower.zeros(3)).isTrue();
        assertThat(upper.ones(3)).isTrue();
        assertThat(upper.zeros(4)).isFalse();
        for (int round = 0; round < 2_000; round++) {
            int ordinal = random.nextInt(PIECES + 3000);
            // Moves keep lower a subset of upper, as cumulative bitmaps are.
            switch (random.nextInt(4)) {
                case 0 -> upper.set(ordinal);
                case 1 -> {
                    upper.set(ordinal);
                    lower.set(ordinal);
                }
                case 2 -> lower.clear(ordinal);
                default -> {
                    lower.clear(ordinal);
                    upper.clear(ordinal);
                }
            }
            assertNotesTrue(upper, "upper, seed " + seed);
            assertNotesTrue(lower, "lower, seed " + seed);
            long[] candidates = randomWords(random, PIECES + 3000);
            int rows = PIECES + 3000;
            CandidateBits bits = CandidateBits.of(candidates, candidates.length, rows / 2, rows);
            assertThat(bits.countBetween(upper, lower)).as("between, seed %d round %d", seed, round)
                    .isEqualTo(countEvery(candidates, upper.words(), lower.words()));
            assertThat(bits.count(upper)).as("upper, seed %d round %d", seed, round)
                    .isEqualTo(countEvery(candidates, upper.words(), new long[0]));
            assertThat(upper.size()).isEqualTo(countEvery(allOnes(upper.words().length), upper.words(), new long[0]));
        }
    }

    private static PrefixWords prefix(int pieces) {
        long[] words = new long[(PIECES + 63) >>> 6];
        for (int o = 0; o < pieces; o++) {
            words[o >>> 6] |= 1L << o;
        }
        return new PrefixWords(words, pieces);
    }

    private static void assertNotesTrue(PrefixWords prefix, String what) {
        long[] words = prefix.words();
        for (int b = 0; b < prefix.blocks() + 2; b++) {
            for (int w = b * PrefixWords.BLOCK_WORDS; w < (b + 1) * PrefixWords.BLOCK_WORDS; w++) {
                long word = w < words.length ? words[w] : 0;
                if (prefix.zeros(b)) {
                    assertThat(word).as("%s: block %d noted empty, word %d", what, b, w).isZero();
                }
                if (prefix.ones(b)) {
                    assertThat(word).as("%s: block %d noted full, word %d", what, b, w).isEqualTo(-1L);
                }
            }
        }
    }

    /** Candidates that are sometimes everything, sometimes a scatter: the skipped blocks must not matter either way. */
    private static long[] randomWords(Random random, int rows) {
        long[] words = new long[(rows + 63) >>> 6];
        boolean all = random.nextInt(3) == 0;
        for (int w = 0; w < words.length; w++) {
            words[w] = all ? -1L : random.nextLong() & random.nextLong();
        }
        return words;
    }

    private static long[] allOnes(int length) {
        long[] words = new long[length];
        java.util.Arrays.fill(words, -1L);
        return words;
    }

    private static int countEvery(long[] candidates, long[] upper, long[] lower) {
        int n = 0;
        for (int w = 0; w < Math.min(candidates.length, upper.length); w++) {
            n += Long.bitCount(candidates[w] & upper[w] & ~(w < lower.length ? lower[w] : 0));
        }
        return n;
    }
}
