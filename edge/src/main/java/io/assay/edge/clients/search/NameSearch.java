package io.assay.edge.clients.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.roaringbitmap.RoaringBitmap;

/**
 * The name half of a search, tier by tier of {@link ClientHit}'s score, as bitmaps of clients: those
 * with every query word as a whole word (the exact and whole-word tiers), then those with every query
 * word as a whole word or a word's beginning, then, only if the best hits are not yet all found, those
 * with typos. A tier's scores are all above the next's, so a full list ends the search early, and the
 * typo tier, the dearest to look up, is mostly never reached.
 *
 * <p>Scores are {@link ClientMatcher#nameScore}'s, counted from the bitmaps rather than word by word.
 * Used under {@link ClientSearch}'s read lock.
 */
final class NameSearch {

    private final NameDictionary dictionary;
    private final ClientTable table;
    private final List<String> words;
    /** By query word: the clients with it as a whole word; with it as a whole word or a beginning. */
    private final RoaringBitmap[] whole;
    private final RoaringBitmap[] begun;

    private NameSearch(NameDictionary dictionary, ClientTable table, List<String> words) {
        this.dictionary = dictionary;
        this.table = table;
        this.words = words;
        this.whole = new RoaringBitmap[words.size()];
        this.begun = new RoaringBitmap[words.size()];
    }

    /** Offers {@code into} the clients whose name matches every one of the distinct folded {@code words}. */
    static void collect(NameDictionary dictionary, ClientTable table, List<String> words, TopHits into) {
        new NameSearch(dictionary, table, words).collect(into);
    }

    private void collect(TopHits into) {
        RoaringBitmap allWhole = null;
        RoaringBitmap allBegun = null;
        for (int i = 0; i < words.size(); i++) {
            whole[i] = dictionary.exactly(words.get(i));
            begun[i] = dictionary.beginningWith(words.get(i));
            allWhole = i == 0 ? whole[i] : RoaringBitmap.and(allWhole, whole[i]);
            allBegun = i == 0 ? begun[i] : RoaringBitmap.and(allBegun, begun[i]);
        }
        int wholePoints = 2 * words.size();
        Set<String> wordSet = new HashSet<>(words);
        allWhole.forEach((int c) -> into.offer(c, (isFullName(c, wordSet) ? ClientHit.EXACT : ClientHit.WHOLE_WORDS) + wholePoints,
                ClientHit.NAME));
        if (into.isFull()) {
            return;
        }
        // A lone query word is begun in this tier (1 point) and mistyped in the next (0): no need to look.
        boolean oneWord = words.size() == 1;
        RoaringBitmap.andNot(allBegun, allWhole).forEach((int c) -> into.offer(c, ClientHit.PARTIAL + (oneWord ? 1 : points(c)),
                ClientHit.NAME));
        if (into.isFull()) {
            return;
        }
        RoaringBitmap any = null;
        for (int i = 0; i < words.size(); i++) {
            RoaringBitmap typos = dictionary.mistyped(words.get(i));
            RoaringBitmap matching = typos.isEmpty() ? begun[i] : RoaringBitmap.or(begun[i], typos);
            any = i == 0 ? matching : RoaringBitmap.and(any, matching);
            if (any.isEmpty()) {
                return;
            }
        }
        RoaringBitmap.andNot(any, allBegun).forEach((int c) -> into.offer(c, ClientHit.TYPO + (oneWord ? 0 : points(c)), ClientHit.NAME));
    }

    private boolean isFullName(int ordinal, Set<String> wordSet) {
        return table.fullNameWords(ordinal) <= wordSet.size() && table.get(ordinal).fullNameCoveredBy(wordSet);
    }

    /** A name score's detail: 2 for each query word the client has whole, 1 for each it has begun. */
    private int points(int ordinal) {
        int points = 0;
        for (int i = 0; i < words.size(); i++) {
            if (whole[i].contains(ordinal)) {
                points += 2;
            } else if (begun[i].contains(ordinal)) {
                points += 1;
            }
        }
        return points;
    }
}
