package io.assay.edge.index;

import io.assay.edge.inventory.Category;
import io.assay.edge.inventory.Metal;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Random queries over {@link StockGenerator}'s values: any combination of attributes, mostly values that
 * exist and now and then one that does not, price and weight ranges (open, closed, empty, inverted), and
 * text as whole words, prefixes, other case and accents dropped.
 */
final class RandomQueries {

    private final Random random;

    RandomQueries(Random random) {
        this.random = random;
    }

    PieceQuery next() {
        return new PieceQuery(
                maybe(() -> some(StockGenerator.LOCATIONS, "case-99")),
                maybe(() -> someOf(PieceStatus.values())),
                maybe(() -> someOf(Category.values())),
                maybe(() -> someOf(Metal.values())),
                maybe(() -> some(StockGenerator.FINENESS, "19k")),
                maybe(() -> some(StockGenerator.COLOURS, "green")),
                maybe(() -> some(StockGenerator.DESIGNERS, "Nobody")),
                maybe(() -> some(StockGenerator.COLLECTIONS, "Nothing")),
                maybe(() -> some(StockGenerator.STONE_TYPES, "kryptonite")),
                random.nextInt(12) == 0 ? Set.of(String.format("%s-%05d", pick(Category.values()).name().substring(0, 3),
                        random.nextInt(40))) : null,
                random.nextInt(6) == 0 ? bound(20_000_000L) : null,
                random.nextInt(6) == 0 ? bound(20_000_000L) : null,
                random.nextInt(8) == 0 ? bound(60_000L) : null,
                random.nextInt(8) == 0 ? bound(60_000L) : null,
                random.nextInt(4) == 0 ? text() : null);
    }

    /**
     * {@code q} with its price and weight bounds (those it has) moved onto a value some piece of
     * {@code stock} has, or one off it: values at which buckets are cut.
     */
    PieceQuery boundsAt(PieceQuery q, List<Piece> stock) {
        return new PieceQuery(q.locations(), q.statuses(), q.categories(), q.metals(), q.fineness(), q.metalColours(),
                q.designers(), q.collections(), q.stoneTypes(), q.styles(),
                q.priceMin() == null ? null : priceNear(stock), q.priceMax() == null ? null : priceNear(stock),
                q.weightMinMg() == null ? null : weightNear(stock), q.weightMaxMg() == null ? null : weightNear(stock),
                q.text());
    }

    private Long priceNear(List<Piece> stock) {
        Piece p = pick(stock);
        return p.retailPrice() == null ? null : p.retailPrice().minorUnits() + random.nextInt(3) - 1;
    }

    private Long weightNear(List<Piece> stock) {
        Piece p = pick(stock);
        return p.weight() == null ? null : p.weight().milligrams() + random.nextInt(3) - 1;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    SortOrder sort() {
        return new SortOrder(pick(SortOrder.Key.values()), random.nextBoolean());
    }

    Facet facet() {
        return pick(Facet.values());
    }

    private <T> Set<T> maybe(Supplier<Set<T>> values) {
        return random.nextInt(4) == 0 ? values.get() : null;
    }

    private Set<String> some(List<String> pool, String unknown) {
        Set<String> values = new HashSet<>();
        int n = 1 + (random.nextInt(3) == 0 ? random.nextInt(3) : 0);
        for (int i = 0; i < n; i++) {
            values.add(random.nextInt(15) == 0 ? unknown : pool.get(random.nextInt(pool.size())));
        }
        return values;
    }

    @SafeVarargs
    private <T> Set<T> someOf(T... pool) {
        Set<T> values = new HashSet<>();
        int n = 1 + (random.nextInt(3) == 0 ? random.nextInt(3) : 0);
        for (int i = 0; i < n; i++) {
            values.add(pick(pool));
        }
        return values;
    }

    private Long bound(long max) {
        // Small values are common in real stock: favour them, so ranges cut through the crowd.
        double u = random.nextDouble();
        return (long) (max * u * u * u);
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        int words = 1 + random.nextInt(2);
        for (int i = 0; i < words; i++) {
            String word = switch (random.nextInt(4)) {
                case 0 -> pick(StockGenerator.DESIGNERS.toArray(new String[0]));
                case 1 -> pick(StockGenerator.COLLECTIONS.toArray(new String[0]));
                case 2 -> random.nextInt(20) == 0 ? "zzyzx" : pick(StockGenerator.DESCRIPTION_WORDS.toArray(new String[0]));
                default -> pick(StockGenerator.STONE_TYPES.toArray(new String[0]));
            };
            word = word.split(" ")[0];
            if (random.nextBoolean()) {
                word = word.substring(0, 1 + random.nextInt(word.length()));
            }
            if (random.nextInt(4) == 0) {
                word = word.toUpperCase(Locale.ROOT);
            }
            if (random.nextInt(4) == 0) {
                word = word.replace('é', 'e').replace('è', 'e').replace('ö', 'o').replace('É', 'E');
            }
            text.append(i == 0 ? "" : random.nextBoolean() ? " " : ", ").append(word);
        }
        return random.nextInt(20) == 0 ? "  " + text + " !" : text.toString();
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
