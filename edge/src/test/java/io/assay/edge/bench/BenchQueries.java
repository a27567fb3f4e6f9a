package io.assay.edge.bench;

import io.assay.edge.index.PieceQuery;
import io.assay.edge.inventory.Category;
import io.assay.edge.inventory.Metal;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Count queries as a register issues them: one, two or three filters whose values are taken from a random
 * piece of the stock, so popular values come up as often as they do in the cases.
 */
final class BenchQueries {

    /** The filters a query can combine. */
    enum Filter { LOCATION, STATUS, CATEGORY, METAL, FINENESS, COLOUR, DESIGNER, COLLECTION, STONE_TYPE, PRICE }

    private final Random random;
    private final List<Piece> pieces;

    BenchQueries(long seed, List<Piece> pieces) {
        this.random = new Random(seed);
        this.pieces = pieces;
    }

    List<PieceQuery> withFilters(int filters, int count) {
        List<PieceQuery> queries = new ArrayList<>(count);
        while (queries.size() < count) {
            Piece p = pieces.get(random.nextInt(pieces.size()));
            List<Filter> kinds = new ArrayList<>(EnumSet.allOf(Filter.class));
            Collections.shuffle(kinds, random);
            Builder q = new Builder();
            int applied = 0;
            for (Filter kind : kinds) {
                if (applied == filters) {
                    break;
                }
                if (q.apply(kind, p)) {
                    applied++;
                }
            }
            if (applied == filters) {
                queries.add(q.build());
            }
        }
        return queries;
    }

    /** "18k white gold rings in case-3 in stock": the count the issue sets its target with. */
    static PieceQuery canonical() {
        return new PieceQuery(Set.of("case-3"), Set.of(PieceStatus.IN_STOCK),
                Set.of(Category.RING), Set.of(Metal.GOLD), Set.of("18k"),
                Set.of("white"), null, null, null, null, null, null, null, null, null);
    }

    private final class Builder {
        private Set<String> locations;
        private Set<PieceStatus> statuses;
        private Set<Category> categories;
        private Set<Metal> metals;
        private Set<String> fineness;
        private Set<String> colours;
        private Set<String> designers;
        private Set<String> collections;
        private Set<String> stoneTypes;
        private Long priceMin;
        private Long priceMax;

        boolean apply(Filter kind, Piece p) {
            switch (kind) {
                case LOCATION -> locations = Set.of(p.location());
                case STATUS -> statuses = random.nextInt(4) == 0
                        ? EnumSet.of(p.status(), PieceStatus.RESERVED) : EnumSet.of(p.status());
                case CATEGORY -> categories = EnumSet.of(p.category());
                case METAL -> {
                    if (p.metal() == null) {
                        return false;
                    }
                    metals = EnumSet.of(p.metal());
                }
                case FINENESS -> {
                    if (p.fineness() == null) {
                        return false;
                    }
                    fineness = Set.of(p.fineness());
                }
                case COLOUR -> {
                    if (p.metalColour() == null) {
                        return false;
                    }
                    colours = Set.of(p.metalColour());
                }
                case DESIGNER -> designers = Set.of(p.designer());
                case COLLECTION -> {
                    if (p.collection() == null) {
                        return false;
                    }
                    collections = Set.of(p.collection());
                }
                case STONE_TYPE -> {
                    if (p.stones().isEmpty()) {
                        return false;
                    }
                    stoneTypes = Set.of(p.stones().get(0).type());
                }
                case PRICE -> {
                    if (p.retailPrice() == null) {
                        return false;
                    }
                    long price = p.retailPrice().minorUnits();
                    priceMin = price * 4 / 5;
                    priceMax = price * 5 / 4;
                }
            }
            return true;
        }

        PieceQuery build() {
            return new PieceQuery(locations, statuses, categories, metals, fineness, colours, designers, collections,
                    stoneTypes, null, priceMin, priceMax, null, null, null);
        }
    }
}
