package io.assay.edge.clients.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * Every folded name word of the book and the clients using it (a bitmap of ordinals): found as a whole
 * word by hashing, as a beginning through the words kept sorted (the words a prefix begins are one
 * run), and with typos through the {@link DeletionNeighbourhood}. The clients with a word beginning with
 * each text of up to {@value #SHORT_PREFIX} chars are kept ready ({@link PrefixBitmaps}): "ma" begins
 * hundreds of words.
 *
 * <p>A word keeps its id, and its entry, after its last client is gone: it costs a few dozen bytes, and
 * the deletion neighbourhood cannot forget it. Only words in use are in the sorted run.
 *
 * <p>Not thread-safe: {@link ClientSearch} guards it. The bitmaps it returns may be live ones: read them,
 * never change them.
 */
final class NameDictionary {

    static final int SHORT_PREFIX = 3;

    /** One distinct word and its clients. */
    private record Word(String text, int id, RoaringBitmap clients) {
    }

    private final Map<String, Word> byText = new HashMap<>();
    private final List<Word> byId = new ArrayList<>();
    private final TreeMap<String, Word> inUse = new TreeMap<>();
    private final PrefixBitmaps shortPrefixes = new PrefixBitmaps(1, SHORT_PREFIX);
    /** Each distinct name seen, by {@link FoldedName#spaced}. */
    private final Map<String, FoldedName> names = new HashMap<>();
    private final DeletionNeighbourhood neighbourhood = new DeletionNeighbourhood();

    /**
     * The instance of an equal name already held, or {@code name} itself, with the words already held,
     * when it is new. Like words, names are kept once seen.
     */
    FoldedName canonical(FoldedName name) {
        if (name.isEmpty()) {
            return FoldedName.NONE;
        }
        return names.computeIfAbsent(name.spaced(), spaced -> {
            String[] parts = name.parts().clone();
            for (int i = 0; i < parts.length; i++) {
                parts[i] = canonical(parts[i]);
            }
            return new FoldedName(parts, name.joined() == null ? null : canonical(name.joined()));
        });
    }

    private String canonical(String word) {
        Word known = byText.get(word);
        return known == null ? word : known.text();
    }

    /** Files the client at {@code ordinal} under each of its name words and their short prefixes. */
    void add(FoldedClient client, int ordinal) {
        Set<String> words = words(client);
        for (String text : words) {
            Word word = byText.get(text);
            if (word == null) {
                word = new Word(text, byId.size(), new RoaringBitmap());
                byText.put(text, word);
                byId.add(word);
                neighbourhood.add(word.id(), text);
            }
            if (word.clients().isEmpty()) {
                inUse.put(text, word);
            }
            word.clients().add(ordinal);
        }
        shortPrefixes.add(words, ordinal);
    }

    /** Undoes {@link #add} for the same client and ordinal. */
    void remove(FoldedClient client, int ordinal) {
        Set<String> words = words(client);
        for (String text : words) {
            Word word = byText.get(text);
            word.clients().remove(ordinal);
            if (word.clients().isEmpty()) {
                inUse.remove(text);
            }
        }
        shortPrefixes.remove(words, ordinal);
    }

    /** Makes the words added so far findable with typos; called at the end of every change. */
    void seal() {
        neighbourhood.seal();
    }

    /** The clients with {@code word} as a whole word. */
    RoaringBitmap exactly(String word) {
        Word known = byText.get(word);
        return known == null ? PrefixBitmaps.NONE : known.clients();
    }

    /** The clients with a word that {@code prefix} begins or is. */
    RoaringBitmap beginningWith(String prefix) {
        if (shortPrefixes.keeps(prefix.length())) {
            return shortPrefixes.beginningWith(prefix);
        }
        List<RoaringBitmap> found = new ArrayList<>();
        for (Word word : inUse.tailMap(prefix, true).values()) {
            if (!word.text().startsWith(prefix)) {
                break;
            }
            found.add(word.clients());
        }
        return union(found);
    }

    /**
     * The clients with a word that {@code word} matches only with typos ({@link Typos#mistyped}): not
     * the word itself nor one it begins, which match better.
     */
    RoaringBitmap mistyped(String word) {
        int edits = Typos.mostFor(word.length());
        if (edits == 0) {
            return PrefixBitmaps.NONE;
        }
        List<RoaringBitmap> found = new ArrayList<>();
        RoaringBitmap seen = new RoaringBitmap();
        neighbourhood.forEachCandidate(word, edits, id -> {
            if (seen.checkedAdd(id)) {
                Word candidate = byId.get(id);
                if (!candidate.clients().isEmpty() && !candidate.text().startsWith(word) && Typos.mistyped(word, candidate.text())) {
                    found.add(candidate.clients());
                }
            }
        });
        return union(found);
    }

    /** Distinct words and names ever seen, and deletion entries (for the heap report). */
    String describe() {
        return byId.size() + " words (" + inUse.size() + " in use), " + names.size() + " names, " + neighbourhood.entries() + " deletion entries";
    }

    private static Set<String> words(FoldedClient client) {
        Set<String> words = new HashSet<>();
        client.forEachNameWord(words::add);
        return words;
    }

    private static RoaringBitmap union(List<RoaringBitmap> bitmaps) {
        return switch (bitmaps.size()) {
            case 0 -> PrefixBitmaps.NONE;
            case 1 -> bitmaps.get(0);
            default -> FastAggregation.or(bitmaps.iterator());
        };
    }
}
