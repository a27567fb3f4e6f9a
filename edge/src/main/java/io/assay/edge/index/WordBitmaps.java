package io.assay.edge.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.roaringbitmap.RoaringBitmap;

/**
 * Text search: each word of a piece's description, designer and collection (as {@link QueryMatcher#words}
 * folds them) to the bitmap of the pieces using it. Kept sorted, so the words a prefix extends are one
 * contiguous run of keys.
 */
final class WordBitmaps extends ValueBitmaps<String> {

    private final TreeMap<String, Members> words;

    WordBitmaps() {
        this(new TreeMap<>());
    }

    private WordBitmaps(TreeMap<String, Members> words) {
        // A piece has a dozen words and a shop thousands: plain words per frequent word would cost more
        // than the whole index, and a prefix is a union anyway.
        super(words, false);
        this.words = words;
    }

    /** The pieces with a word starting with {@code prefix} (already folded); may be a live bitmap. */
    RoaringBitmap startingWith(String prefix) {
        List<RoaringBitmap> found = new ArrayList<>();
        for (Map.Entry<String, Members> entry : words.tailMap(prefix, true).entrySet()) {
            if (!entry.getKey().startsWith(prefix)) {
                break;
            }
            found.add(entry.getValue().bitmap());
        }
        return union(found);
    }
}
