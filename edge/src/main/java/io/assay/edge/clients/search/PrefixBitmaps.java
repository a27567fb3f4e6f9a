package io.assay.edge.clients.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.roaringbitmap.RoaringBitmap;

/**
 * The clients with a text (a name word, an address) beginning with each prefix of a few lengths. The
 * short beginnings an associate types first begin hundreds of words or thousands of addresses, and
 * gathering their clients at each search would take most of its time; kept ready, they are one lookup.
 *
 * <p>Not thread-safe: {@link ClientSearch} guards it. The bitmaps it returns are live: never change them.
 */
final class PrefixBitmaps {

    /** The empty bitmap handed out for no clients: never change it. */
    static final RoaringBitmap NONE = new RoaringBitmap();

    private final Map<String, RoaringBitmap> byPrefix = new HashMap<>();
    private final int shortest;
    private final int longest;

    /** Keeps the prefixes of {@code shortest} to {@code longest} chars. */
    PrefixBitmaps(int shortest, int longest) {
        this.shortest = shortest;
        this.longest = longest;
    }

    /** True when prefixes of this many chars are kept. */
    boolean keeps(int length) {
        return length >= shortest && length <= longest;
    }

    /** The clients with a text beginning with {@code prefix}, of a length {@link #keeps kept}. */
    RoaringBitmap beginningWith(String prefix) {
        return byPrefix.getOrDefault(prefix, NONE);
    }

    /** Files the client at {@code ordinal} under the prefixes of all its {@code texts}. */
    void add(Collection<String> texts, int ordinal) {
        for (String prefix : prefixes(texts)) {
            byPrefix.computeIfAbsent(prefix, p -> new RoaringBitmap()).add(ordinal);
        }
    }

    /** Undoes {@link #add} for the same texts and ordinal (all of them: two texts may share a prefix). */
    void remove(Collection<String> texts, int ordinal) {
        for (String prefix : prefixes(texts)) {
            RoaringBitmap clients = byPrefix.get(prefix);
            clients.remove(ordinal);
            if (clients.isEmpty()) {
                byPrefix.remove(prefix);
            }
        }
    }

    private Set<String> prefixes(Collection<String> texts) {
        Set<String> prefixes = new HashSet<>();
        for (String text : texts) {
            for (int length = shortest; length <= Math.min(longest, text.length()); length++) {
                prefixes.add(text.substring(0, length));
            }
        }
        return prefixes;
    }
}
