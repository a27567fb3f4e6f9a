package io.assay.edge.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.assay.edge.inventory.Piece;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;

/**
 * A large batch returns before its text words and range buckets are built (they finish aside): a text
 * query, a range count or the next change made at once, while that work is still running, answers as
 * if it were done.
 */
class SerialIndexAsideTest {

    private static final int PIECES = IndexedStock.TEXT_THREAD_BATCH * 3;

    @RepeatedTest(3)
    void queriesAndChangesRightAfterALargeBatchSeeAllOfIt() {
        long seed = System.nanoTime();
        StockGenerator stock = new StockGenerator(seed, PIECES + 10);
        List<Piece> load = new ArrayList<>();
        for (int i = 0; i < PIECES; i++) {
            load.add(stock.next());
        }
        BruteForceStock oracle = new BruteForceStock();
        oracle.upsertAll(load);
        // A piece with a price and a described text to query by (the generator leaves some without).
        Random random = new Random(seed);
        Piece sample = load.get(random.nextInt(PIECES));
        while (sample.retailPrice() == null || sample.description() == null || QueryMatcher.words(sample.description()).isEmpty()) {
            sample = load.get(random.nextInt(PIECES));
        }
        String word = QueryMatcher.words(sample.description()).get(0);
        PieceQuery text = new PieceQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, null, word);
        long price = sample.retailPrice().minorUnits();
        PieceQuery range = new PieceQuery(null, null, null, null, null, null, null, null, null, null,
                price * 4 / 5, price * 5 / 4, null, null, null);

        SerialIndex index = new SerialIndex();
        index.upsertAll(load);
        // At once: the words and buckets of the batch are most likely still being built.
        assertThat(index.count(text)).as("seed %d, text %s", seed, word).isEqualTo(oracle.count(text)).isPositive();
        assertThat(index.count(range)).as("seed %d, range", seed).isEqualTo(oracle.count(range)).isPositive();

        SerialIndex changed = new SerialIndex();
        changed.upsertAll(load);
        List<Piece> next = List.of(stock.next(), stock.next());
        changed.upsertAll(next);
        oracle.upsertAll(next);
        assertThat(changed.count(text)).as("seed %d, text after a change", seed).isEqualTo(oracle.count(text));
        assertThat(changed.count(range)).as("seed %d, range after a change", seed).isEqualTo(oracle.count(range));
        assertThat(changed.size()).isEqualTo(PIECES + 2);
    }
}
