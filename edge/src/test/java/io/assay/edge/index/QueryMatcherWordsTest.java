package io.assay.edge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class QueryMatcherWordsTest {

    @Test
    void theLatin1ShortcutSplitsEveryLatin1TextAsTheDefinitionDoes() {
        long seed = Long.getLong("index.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int i = 0; i < 50_000; i++) {
            char[] text = new char[random.nextInt(40)];
            for (int j = 0; j < text.length; j++) {
                // Mostly letters, accented ones and digits, with every other Latin-1 char (controls too) between.
                text[j] = random.nextInt(3) == 0 ? (char) random.nextInt(256) : "aZ9 x-Q.é'5,ÉmßÆ\tñ\u00b5ª²"
                        .charAt(random.nextInt(20));
            }
            String s = new String(text);
            assertThat(QueryMatcher.latin1Words(s)).as("seed %d, text '%s'", seed, s).isEqualTo(QueryMatcher.foldedWords(s));
        }
    }

    @Test
    void accentsAndCaseFoldAwayOutsideAscii() {
        assertThat(QueryMatcher.words("Émeraude PAVÉ, Björg & Fabergé")).containsExactly("emeraude", "pave", "bjorg", "faberge");
    }
}
