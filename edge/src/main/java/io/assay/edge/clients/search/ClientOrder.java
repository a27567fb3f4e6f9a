package io.assay.edge.clients.search;

/**
 * The order of clients with equal scores: by family name, then given name (folded, word by word, a
 * name that is the beginning of another first), then id. Deterministic: the same book and query list
 * the same hits in the same order, whatever order the clients were added in.
 */
final class ClientOrder {

    /** Longs in a client's {@link #key}: 4 chars each. */
    static final int KEY_LONGS = 3;

    /** After a name: below every char a word can hold, and below {@link #WORD_BREAK}. */
    private static final char NAME_END = 0;
    /** Between two words of a name: below every char a word can hold. */
    private static final char WORD_BREAK = 1;

    private ClientOrder() {
    }

    static int compare(FoldedClient a, FoldedClient b) {
        int byFamily = compareWords(a.family().parts(), b.family().parts());
        if (byFamily != 0) {
            return byFamily;
        }
        int byGiven = compareWords(a.given().parts(), b.given().parts());
        return byGiven != 0 ? byGiven : a.id().compareTo(b.id());
    }

    /**
     * Writes into {@code key[at .. at + KEY_LONGS)} the first 12 chars of the family name's words, a
     * {@link #NAME_END}, and the given name's words (words apart by {@link #WORD_BREAK}), 16 bits a char
     * and zeros after: compared as unsigned numbers, long by long, two keys that differ order their
     * clients as {@link #compare} does. Ranking thousands of clients of one family mostly compares
     * these, from one array, without touching the clients themselves.
     */
    static void key(FoldedClient client, long[] key, int at) {
        KeyWriter writer = new KeyWriter(key, at);
        writer.name(client.family().parts());
        writer.name(client.given().parts());
        writer.finish();
    }

    /** Compares two keys written by {@link #key}: negative, zero (the clients must be compared), or positive. */
    static int compareKeys(long[] keys, int a, int b) {
        for (int i = 0; i < KEY_LONGS; i++) {
            int c = Long.compareUnsigned(keys[a + i], keys[b + i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int compareWords(String[] a, String[] b) {
        for (int i = 0; i < a.length && i < b.length; i++) {
            int c = a[i].compareTo(b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    /** Packs chars into a key, four to a long, until it is full. */
    private static final class KeyWriter {
        private final long[] key;
        private final int at;
        private int chars;

        KeyWriter(long[] key, int at) {
            this.key = key;
            this.at = at;
        }

        void name(String[] words) {
            for (int w = 0; w < words.length; w++) {
                if (w > 0) {
                    put(WORD_BREAK);
                }
                for (int i = 0; i < words[w].length(); i++) {
                    put(words[w].charAt(i));
                }
            }
            put(NAME_END);
        }

        void finish() {
            while (chars < 4 * KEY_LONGS) {
                put(NAME_END);
            }
        }

        private void put(char c) {
            if (chars < 4 * KEY_LONGS) {
                int slot = at + chars / 4;
                key[slot] = key[slot] << 16 | c;
                chars++;
            }
        }
    }
}
