package io.assay.edge.index;

import java.util.Arrays;

/**
 * One cumulative bitmap of {@link ValueBuckets} (every piece up to some price) as plain words, bit
 * {@code o} of word {@code o / 64}, with a note per block of {@value #BLOCK_WORDS} words (4,096 pieces)
 * of whether the block is known to be all zeros or all ones.
 *
 * <p>The notes are what make a range count read a few kilobytes instead of every piece's bit: when the
 * pieces were loaded in order of price ({@link IndexedStock#upsertAll}), a cumulative bitmap is all ones
 * up to some piece and all zeros after it, so the pieces between two of them (a price range) lie in the
 * few blocks where the two differ, and {@link CandidateBits#countBetween} skips every other block. A
 * note is only ever true: a change that could falsify it clears it (a set bit clears "all zeros", a
 * cleared bit "all ones"), so a stock repriced piece by piece reads more blocks, never a wrong count.
 *
 * <p>Not thread-safe: see {@link RangeColumn}.
 */
final class PrefixWords {

    static final int BLOCK_WORDS = 64;
    static final int BLOCK_SHIFT = 6;

    private static final byte MIXED = 0;
    private static final byte ZEROS = 1;
    private static final byte ONES = 2;

    private long[] words;
    private byte[] notes;
    private int size;

    /** Takes {@code words} (not copied) holding {@code size} pieces. */
    PrefixWords(long[] words, int size) {
        this.words = words;
        this.size = size;
        this.notes = new byte[(words.length + BLOCK_WORDS - 1) >>> BLOCK_SHIFT];
        for (int b = 0; b < notes.length; b++) {
            notes[b] = noteOf(words, b);
        }
    }

    /** The live words: read only. */
    long[] words() {
        return words;
    }

    int size() {
        return size;
    }

    int blocks() {
        return notes.length;
    }

    /** True when block {@code b} is known to hold no piece (a block past the words holds none). */
    boolean zeros(int b) {
        return b >= notes.length || notes[b] == ZEROS;
    }

    /** True when block {@code b} is known to hold all of its 4,096 pieces. */
    boolean ones(int b) {
        return b < notes.length && notes[b] == ONES;
    }

    void set(int ordinal) {
        int word = ordinal >>> 6;
        if (word >= words.length) {
            // A new piece past the stock the buckets were built on; the new blocks are noted as unknown.
            words = Arrays.copyOf(words, Math.max(word + 1, words.length * 2));
            notes = Arrays.copyOf(notes, (words.length + BLOCK_WORDS - 1) >>> BLOCK_SHIFT);
        }
        long bit = 1L << ordinal;
        if ((words[word] & bit) == 0) {
            words[word] |= bit;
            size++;
            if (notes[word >>> BLOCK_SHIFT] == ZEROS) {
                notes[word >>> BLOCK_SHIFT] = MIXED;
            }
        }
    }

    void clear(int ordinal) {
        int word = ordinal >>> 6;
        long bit = 1L << ordinal;
        if (word < words.length && (words[word] & bit) != 0) {
            words[word] &= ~bit;
            size--;
            if (notes[word >>> BLOCK_SHIFT] == ONES) {
                notes[word >>> BLOCK_SHIFT] = MIXED;
            }
        }
    }

    private static byte noteOf(long[] words, int b) {
        int from = b << BLOCK_SHIFT;
        int to = Math.min(words.length, from + BLOCK_WORDS);
        long any = 0;
        long all = -1L;
        for (int w = from; w < to; w++) {
            any |= words[w];
            all &= words[w];
        }
        if (any == 0) {
            return ZEROS;
        }
        // A block cut short by the end of the array is missing pieces: never all ones.
        return all == -1L && to - from == BLOCK_WORDS ? ONES : MIXED;
    }
}
