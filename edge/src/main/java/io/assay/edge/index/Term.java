package io.assay.edge.index;

import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * One filter of a count: the pieces in any of its alternatives (case-1 or case-2; in stock or reserved).
 * The alternatives are disjoint, so the filter's size is the sum of theirs and no union is ever built:
 * an attribute a piece can have several values of (stone types, text words) is given as one
 * alternative, their union.
 *
 * @param bitmaps     each alternative's pieces (live bitmaps: read only)
 * @param words       each alternative's pieces as plain words (live, read only, possibly shorter than
 *                    the stock), or null for an alternative kept only as a bitmap
 * @param cardinality how many pieces pass the filter
 */
record Term(RoaringBitmap[] bitmaps, long[][] words, long cardinality) {

    private static final Term NOTHING = new Term(new RoaringBitmap[0], new long[0][], 0);

    /** A filter of disjoint values of one attribute; none means nothing passes. */
    static Term anyOf(List<ValueBitmaps.Members> values) {
        if (values.isEmpty()) {
            return NOTHING;
        }
        RoaringBitmap[] bitmaps = new RoaringBitmap[values.size()];
        long[][] words = new long[values.size()][];
        long cardinality = 0;
        for (int i = 0; i < bitmaps.length; i++) {
            ValueBitmaps.Members members = values.get(i);
            bitmaps[i] = members.bitmap();
            words[i] = members.words();
            cardinality += members.size();
        }
        return new Term(bitmaps, words, cardinality);
    }

    /** A filter given as one bitmap (a union already built). */
    static Term of(RoaringBitmap pieces) {
        return new Term(new RoaringBitmap[] {pieces}, new long[1][], pieces.getLongCardinality());
    }

    /** The plain words of the filter when it already has them (one alternative that keeps words), else null. */
    long[] ownWords() {
        return bitmaps.length == 1 ? words[0] : null;
    }
}
