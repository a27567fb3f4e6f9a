package io.assay.edge.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * One attribute of the stock: for each value, the bitmap of the ordinals of the pieces that have it.
 * A value whose last piece leaves it is dropped, so the map only holds values somebody has.
 *
 * <p>Not thread-safe: the index's writer mutates it under the write lock, readers read under the read
 * lock. Bitmaps handed out may be the live ones: callers only read them.
 *
 * @param <K> the attribute's value type
 */
class ValueBitmaps<K> {

    private static final RoaringBitmap NONE = new RoaringBitmap();

    private final Map<K, RoaringBitmap> byValue;

    ValueBitmaps(Map<K, RoaringBitmap> byValue) {
        this.byValue = byValue;
    }

    /** Moves a piece from {@code before} to {@code after}; a null value means "has none". */
    final void move(int ordinal, K before, K after) {
        if (Objects.equals(before, after)) {
            return;
        }
        remove(ordinal, before);
        add(ordinal, after);
    }

    /** The same for a piece with several values (its stones' types, its words). */
    final void moveAll(int ordinal, Set<K> before, Set<K> after) {
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
            RoaringBitmap bitmap = byValue.get(value);
            if (bitmap != null) {
                found.add(bitmap);
            }
        }
        return union(found);
    }

    /** The live bitmaps of those of {@code values} some piece has; one empty bitmap when none has any. */
    final List<RoaringBitmap> each(Collection<K> values) {
        List<RoaringBitmap> found = new ArrayList<>(values.size());
        for (K value : values) {
            RoaringBitmap bitmap = byValue.get(value);
            if (bitmap != null) {
                found.add(bitmap);
            }
        }
        return found.isEmpty() ? List.of(NONE) : found;
    }

    /** The pieces having {@code value}: the live bitmap, or an empty one. */
    final RoaringBitmap bitmapOf(K value) {
        RoaringBitmap bitmap = byValue.get(value);
        return bitmap == null ? NONE : bitmap;
    }

    final void forEach(BiConsumer<K, RoaringBitmap> action) {
        byValue.forEach(action);
    }

    static RoaringBitmap union(List<RoaringBitmap> bitmaps) {
        return switch (bitmaps.size()) {
            case 0 -> NONE;
            case 1 -> bitmaps.get(0);
            default -> FastAggregation.or(bitmaps.iterator());
        };
    }

    private void add(int ordinal, K value) {
        if (value != null) {
            byValue.computeIfAbsent(value, v -> new RoaringBitmap()).add(ordinal);
        }
    }

    private void remove(int ordinal, K value) {
        if (value == null) {
            return;
        }
        RoaringBitmap bitmap = byValue.get(value);
        if (bitmap != null) {
            bitmap.remove(ordinal);
            if (bitmap.isEmpty()) {
                byValue.remove(value);
            }
        }
    }
}
