package io.assay.edge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/**
 * Counting and listing the pieces that pass several filters agrees with Roaring's own intersection, for
 * filters of one value or several, kept as plain words (shorter than the stock, or with spare words) or
 * as bitmaps only, as rare as a style or as common as "in stock": both the member walk and the word-wise
 * AND, and the switch between them.
 */
class IntersectionTest {

    @Test
    void agreesWithRoaringsIntersection() {
        long seed = Long.getLong("index.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int round = 0; round < 300; round++) {
            int rows = 1 + random.nextInt(random.nextBoolean() ? 3_000 : 140_000);
            List<Term> terms = new ArrayList<>();
            RoaringBitmap expected = RoaringBitmap.bitmapOfRange(0, rows);
            for (int t = 1 + random.nextInt(4); t > 0; t--) {
                RoaringBitmap passing = new RoaringBitmap();
                terms.add(randomTerm(random, rows, passing));
                expected.and(passing);
            }
            String what = "seed " + seed + ", round " + round + ", " + rows + " rows, " + terms.size() + " filters";
            assertThat(Intersection.count(terms, rows)).as(what).isEqualTo(expected.getCardinality());
            CandidateBits candidates = Intersection.candidates(terms, rows);
            // C ∩ all = E and C ∩ E = E: the candidates are exactly E.
            assertThat(candidates.count(RoaringBitmap.bitmapOfRange(0, rows))).as(what).isEqualTo(expected.getCardinality());
            assertThat(candidates.count(expected)).as(what).isEqualTo(expected.getCardinality());
        }
    }

    @Test
    void aFilterNothingPassesCountsNothing() {
        RoaringBitmap some = RoaringBitmap.bitmapOfRange(0, 5_000);
        List<Term> terms = List.of(Term.of(some), Term.anyOf(List.of()));
        assertThat(Intersection.count(terms, 5_000)).isZero();
        assertThat(Intersection.candidates(terms, 5_000).count(some)).isZero();
    }

    /** A filter of 1-3 disjoint values, each kept as words or not; {@code passing} receives its pieces. */
    private static Term randomTerm(Random random, int rows, RoaringBitmap passing) {
        int values = 1 + random.nextInt(3);
        RoaringBitmap[] bitmaps = new RoaringBitmap[values];
        long[][] words = new long[values][];
        long cardinality = 0;
        for (int v = 0; v < values; v++) {
            RoaringBitmap members = randomMembers(random, rows);
            members.andNot(passing);
            passing.or(members);
            bitmaps[v] = members;
            cardinality += members.getLongCardinality();
            if (random.nextBoolean()) {
                words[v] = wordsOf(members, random, rows);
            }
        }
        return new Term(bitmaps, words, cardinality);
    }

    /** A handful of pieces, a few percent, or most of them. */
    private static RoaringBitmap randomMembers(Random random, int rows) {
        double share = switch (random.nextInt(4)) {
            case 0 -> 0.001;
            case 1 -> 0.01;
            case 2 -> 0.05;
            default -> 0.2 + random.nextDouble() * 0.8;
        };
        RoaringBitmap members = new RoaringBitmap();
        for (int o = 0; o < rows; o++) {
            if (random.nextDouble() < share) {
                members.add(o);
            }
        }
        return members;
    }

    /** Words holding exactly the members: as short as they allow, the stock's length, or longer. */
    private static long[] wordsOf(RoaringBitmap members, Random random, int rows) {
        int needed = members.isEmpty() ? 1 : (members.last() >>> 6) + 1;
        int length = switch (random.nextInt(3)) {
            case 0 -> needed;
            case 1 -> Math.max(needed, (rows + 63) >>> 6);
            default -> Math.max(needed, (rows + 63) >>> 6) + 1 + random.nextInt(100);
        };
        long[] words = new long[length];
        members.forEach((int o) -> words[o >>> 6] |= 1L << o);
        return words;
    }
}
