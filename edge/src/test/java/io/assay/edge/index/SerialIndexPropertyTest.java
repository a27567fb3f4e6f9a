package io.assay.edge.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.assay.edge.inventory.Piece;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bitmap index answers every query exactly as a scan of every piece with {@link QueryMatcher} does:
 * counts, pages in every sort order, and facet counts, while pieces change status, move, change price,
 * weight, tag and text, and new pieces arrive. Run with {@code -Dindex.seed=N} to replay a failure.
 * Price and weight buckets are cut tiny as well as at their default size, so that ranges start and end
 * on, next to and between bucket bounds and pieces move across buckets and groups; a quarter of the
 * queries take their range bounds from pieces' values (or one off them) for that reason. One batch is
 * as large as a bulk import, with pieces changed twice in it and new ones.
 */
class SerialIndexPropertyTest {

    private static final int QUERIES = 12_000;
    private static final int INITIAL_PIECES = 4_000;

    @ParameterizedTest(name = "{0} pieces a price/weight bucket, {1} buckets a group")
    @CsvSource({"3, 4", "1024, 16"})
    void everyRandomQueryAgreesWithABruteForceScanWhileTheStockChanges(int perBucket, int perGroup) {
        long seed = Long.getLong("index.seed", System.nanoTime());
        System.out.println("SerialIndexPropertyTest seed: " + seed + " (replay with -Dindex.seed=" + seed + ")");
        Random random = new Random(seed);
        StockGenerator stock = new StockGenerator(seed, INITIAL_PIECES);
        RandomQueries queries = new RandomQueries(random);
        SerialIndex index = new SerialIndex(new ValueBuckets.Shape(perBucket, perGroup));
        BruteForceStock oracle = new BruteForceStock();
        List<Piece> initial = new ArrayList<>();
        for (int i = 0; i < INITIAL_PIECES; i++) {
            initial.add(stock.next());
        }
        index.upsertAll(initial);
        oracle.upsertAll(initial);

        int nonEmptyCounts = 0;
        for (int i = 0; i < QUERIES; i++) {
            if (i % 10 == 0) {
                // Once, a batch as large as a bulk import: the index then splits its work across two threads.
                int size = i == QUERIES / 2 ? IndexedStock.TEXT_THREAD_BATCH + 500
                        : 1 + random.nextInt(random.nextInt(10) == 0 ? 400 : 12);
                List<Piece> batch = changes(random, stock, oracle, size);
                index.upsertAll(batch);
                oracle.upsertAll(batch);
            }
            PieceQuery query = random.nextInt(4) == 0 ? queries.boundsAt(queries.next(), new ArrayList<>(oracle.pieces())) : queries.next();
            String replay = "seed " + seed + ", query #" + i + ": " + query;
            int expected = oracle.count(query);
            assertThat(index.count(query)).as("count, " + replay).isEqualTo(expected);
            nonEmptyCounts += expected > 0 ? 1 : 0;
            if (i % 3 == 0) {
                SortOrder sort = queries.sort();
                int size = 1 + random.nextInt(60);
                int page = random.nextInt(5) == 0 ? random.nextInt(50) : random.nextInt(3);
                PieceResults want = oracle.search(query, sort, page, size);
                assertThat(index.search(query, sort, page, size)).as("search %s page %d size %d, %s", sort, page, size, replay)
                        .isEqualTo(want);
            }
            if (i % 3 == 1) {
                Facet facet = queries.facet();
                assertThat(index.countBy(facet, query)).as("countBy %s, %s", facet, replay).isEqualTo(oracle.countBy(facet, query));
            }
        }
        assertThat(index.size()).isEqualTo(oracle.pieces().size());
        // Guards the generator: queries that always answer 0 would prove little.
        assertThat(nonEmptyCounts).as("queries with matches, seed " + seed).isGreaterThan(QUERIES / 4);
    }

    /** A batch as one commit makes it: changes to random pieces (sometimes the same one twice) and new pieces. */
    private static List<Piece> changes(Random random, StockGenerator stock, BruteForceStock oracle, int n) {
        List<Piece> current = new ArrayList<>(oracle.pieces());
        List<Piece> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (random.nextInt(6) == 0) {
                batch.add(stock.next());
            } else {
                Piece p = current.get(random.nextInt(current.size()));
                Piece changed = stock.change(p);
                if (random.nextInt(10) == 0) {
                    changed = stock.change(changed);
                }
                batch.add(changed);
            }
        }
        return batch;
    }
}
