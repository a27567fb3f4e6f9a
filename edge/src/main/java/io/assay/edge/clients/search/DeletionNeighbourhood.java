package io.assay.edge.clients.search;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The name words that may be within {@link Typos#mostFor} edits of a query word, found without
 * comparing it with every word: SymSpell's deletion neighbourhood. Two words at most {@code k} edits
 * apart (insertions, deletions, replacements, swaps) become the same text once at most {@code k} chars
 * are deleted from each, so each word is filed under every text its deletions make, and a query word
 * looks up the texts its own deletions make.
 *
 * <p>A word is filed under one deletion when it is 3 chars or longer (one edit needs a 4-char word
 * on one side, so the other has 3 or more) and under two when it is 6 or longer (two need 8 chars on
 * one side), up to {@link Typos#LONGEST_WITH_EDITS} chars (longer words allow none). Each entry is a long: the text's
 * 32-bit hash above the word's id, in {@link SortedRuns}. Texts are never stored: a hash shared by
 * another text only brings a word that the caller's edit count then turns away.
 *
 * <p>Words are never removed (a word no client uses any more is skipped by the caller): the dictionary
 * of a client book only grows by the names it has seen. Not thread-safe: {@link ClientSearch} guards it.
 */
final class DeletionNeighbourhood {

    private static final int ONE_DELETION_FROM = Typos.ONE_EDIT_FROM - 1;
    private static final int TWO_DELETIONS_FROM = Typos.TWO_EDITS_FROM - 2;
    private static final int LONGEST = Typos.LONGEST_WITH_EDITS;

    private final SortedRuns entries = new SortedRuns();

    void add(int wordId, String word) {
        if (word.length() < ONE_DELETION_FROM || word.length() > LONGEST) {
            return;
        }
        int deletions = word.length() >= TWO_DELETIONS_FROM ? 2 : 1;
        for (int hash : variantHashes(word, deletions)) {
            entries.add((long) hash << 32 | (wordId & 0xFFFF_FFFFL));
        }
    }

    /** Makes the words added so far findable. */
    void seal() {
        entries.seal();
    }

    /** Ids of the words that may be within {@code edits} of {@code word} (each once per matching text). */
    void forEachCandidate(String word, int edits, IntConsumer wordIds) {
        for (int hash : variantHashes(word, edits)) {
            long from = (long) hash << 32;
            entries.forEachBetween(from, from | 0xFFFF_FFFFL, entry -> wordIds.accept((int) entry));
        }
    }

    long entries() {
        return entries.size();
    }

    /** The distinct hashes of {@code word} with up to {@code deletions} chars deleted (itself included). */
    private static int[] variantHashes(String word, int deletions) {
        int n = word.length();
        int[] hashes = new int[1 + n + (deletions >= 2 ? n * (n - 1) / 2 : 0)];
        int count = 0;
        hashes[count++] = hash(word, -1, -1);
        for (int i = 0; i < n; i++) {
            hashes[count++] = hash(word, i, -1);
            if (deletions >= 2) {
                for (int j = i + 1; j < n; j++) {
                    hashes[count++] = hash(word, i, j);
                }
            }
        }
        Arrays.sort(hashes, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || hashes[distinct - 1] != hashes[i]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return Arrays.copyOf(hashes, distinct);
    }

    /** FNV-1a over the chars of {@code word} but those at {@code skip} and {@code skipToo}, then mixed. */
    private static int hash(String word, int skip, int skipToo) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            if (i != skip && i != skipToo) {
                h = (h ^ word.charAt(i)) * 0x100000001b3L;
            }
        }
        // MurmurHash3's finaliser: FNV's low bits are weak, and the high 32 are what is kept.
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) (h >>> 32);
    }
}
