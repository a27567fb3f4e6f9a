package io.assay.edge.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * One attribute of the stock: for each value, the ordinals of the pieces that have it. A value whose
 * last piece leaves it is dropped, so the map only holds values somebody has.
 *
 * <p>Every value keeps a Roaring bitmap. A value held by a sizeable share of the stock (a location, a
 * status, a designer at a million pieces) also keeps its members as plain words, one bit per ordinal:
 * intersecting those is one AND per 64 pieces whatever the values' densities, where Roaring intersects
 * two values of a few percent each (sorted-array containers) element by element. Plain words cost N/8
 * bytes per value, so only values with at least {@link #DENSE_SHARE 1/128} of the pieces get them (at
 * most 128 values per attribute); a value below {@link #SPARSE_SHARE 1/256} drops them when it next loses
 * a piece or outgrows its words (the gap keeps a value near the line from flapping), so a value the stock
 * has outgrown without touching it keeps only the short words it had. Attributes with many values a
 * piece can hold several of (words) never keep words: see the constructor.
 *
 * <p>Not thread-safe: the index's writer mutates it under the write lock, readers read under the read
 * lock. Bitmaps and words handed out are the live ones: callers only read them.
 *
 * @param <K> the attribute's value type
 */
class ValueBitmaps<K> {

    /** A value with at least 1/this of the pieces keeps plain words. */
    static final int DENSE_SHARE = 128;
    /** A value with plain words drops them below 1/this of the pieces. */
    static final int SPARSE_SHARE = 256;

    private static final Members NONE = new Members();

    /** The pieces with one value. */
    static final class Members {
        private final RoaringBitmap bitmap = new RoaringBitmap();
        /** Bit {@code o} set for each member ordinal {@code o}; null while the value is sparse. May be shorter than the stock. */
        private long[] words;
        private int size;

        RoaringBitmap bitmap() {
            return bitmap;
        }

        /** The members as plain words, or null when this value is too rare to keep them. */
        long[] words() {
            return words;
        }

        int size() {
            return size;
        }
    }

    private final Map<K, Members> byValue;
    private final boolean keepsWords;
    /** One past the highest ordinal seen: the size of the stock as far as this attribute knows. */
    private int rows;

    /**
     * @param byValue    the (empty) map to keep the values in
     * @param keepsWords whether frequent values also keep plain words (see the class comment)
     */
    ValueBitmaps(Map<K, Members> byValue, boolean keepsWords) {
        this.byValue = byValue;
        this.keepsWords = keepsWords;
    }

    /** Moves a piece from {@code before} to {@code after}; a null value means "has none". */
    final void move(int ordinal, K before, K after) {
        rows = Math.max(rows, ordinal + 1);
        if (Objects.equals(before, after)) {
            return;
        }
        remove(ordinal, before);
        add(ordinal, after);
    }

    /** The same for a piece with several values (its stones' types, its words). */
    final void moveAll(int ordinal, Set<K> before, Set<K> after) {
        rows = Math.max(rows, ordinal + 1);
        for (K value : before) {
            if (!after.contains(value)) {
                remove(ordinal, value);
            }
        }
        for (K value : after) {
            if (!before.contains(value)) {
                add(ordinal, value);
            }
        }
    }

    /** The pieces having any of {@code values}: the live bitmap when there is one value, never null. */
    final RoaringBitmap anyOf(Collection<K> values) {
        if (values.size() == 1) {
            return bitmapOf(values.iterator().next());
        }
        List<RoaringBitmap> found = new ArrayList<>(values.size());
        for (K value : values) {
            Members members = byValue.get(value);
            if (members != null) {
                found.add(members.bitmap);
            }
        }
        return union(found);
    }

    /** The members of each of {@code values} that some piece has (none: an empty list). */
    final List<Members> each(Collection<K> values) {
        List<Members> found = new ArrayList<>(values.size());
        for (K value : values) {
            Members members = byValue.get(value);
            if (members != null) {
                found.add(members);
            }
        }
        return found;
    }

    /** The pieces having {@code value}: the live bitmap, or an empty one. */
    final RoaringBitmap bitmapOf(K value) {
        return byValue.getOrDefault(value, NONE).bitmap;
    }

    final void forEach(BiConsumer<K, RoaringBitmap> action) {
        byValue.forEach((value, members) -> action.accept(value, members.bitmap));
    }

    static RoaringBitmap union(List<RoaringBitmap> bitmaps) {
        return switch (bitmaps.size()) {
            case 0 -> NONE.bitmap;
            case 1 -> bitmaps.get(0);
            default -> FastAggregation.or(bitmaps.iterator());
        };
    }

    private void add(int ordinal, K value) {
        if (value == null) {
            return;
        }
        // Not computeIfAbsent: C2 compiled that JDK method with this lambda inlined, at length, during
        // the load, which runs this code and little else (see LoadCompilation).
        Members members = byValue.get(value);
        if (members == null) {
            members = new Members();
            byValue.put(value, members);
        }
        if (!members.bitmap.checkedAdd(ordinal)) {
            return;
        }
        members.size++;
        if (members.words != null) {
            setWord(members, ordinal);
        } else if (keepsWords && (long) members.size * DENSE_SHARE >= rows) {
            members.words = wordsOf(members.bitmap, rows);
        }
    }

    private void remove(int ordinal, K value) {
        if (value == null) {
            return;
        }
        Members members = byValue.get(value);
        if (members == null || !members.bitmap.checkedRemove(ordinal)) {
            return;
        }
        members.size--;
        if (members.size == 0) {
            byValue.remove(value);
        } else if (members.words != null) {
            if (isSparse(members)) {
                members.words = null;
            } else {
                members.words[ordinal >>> 6] &= ~(1L << ordinal);
            }
        }
    }

    private void setWord(Members members, int ordinal) {
        int word = ordinal >>> 6;
        if (word >= members.words.length) {
            // Growing is the moment to notice a value the stock has outgrown.
            if (isSparse(members)) {
                members.words = null;
                return;
            }
            members.words = Arrays.copyOf(members.words, Math.max(word + 1, members.words.length * 2));
        }
        members.words[word] |= 1L << ordinal;
    }

    private boolean isSparse(Members members) {
        return (long) members.size * SPARSE_SHARE < rows;
    }

    private static long[] wordsOf(RoaringBitmap bitmap, int rows) {
        long[] words = new long[Math.max(1, (rows + 63) >>> 6)];
        bitmap.forEach((int ordinal) -> words[ordinal >>> 6] |= 1L << ordinal);
        return words;
    }
}
