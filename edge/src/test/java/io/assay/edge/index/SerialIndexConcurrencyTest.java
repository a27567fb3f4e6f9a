package io.assay.edge.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.assay.drivers.epc.Epc96;
import io.assay.edge.inventory.Money;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Readers on several threads never see a batch half applied. The writer's every batch swaps status,
 * location, price and tag between pairs of pieces, so the stock as a whole never changes: each count
 * over those attributes, each facet count and each tag's owner must read the same at every moment, and
 * only a torn read could see otherwise. A canary piece also proves that a read starting after
 * {@code upsertAll} returned sees that batch.
 */
class SerialIndexConcurrencyTest {

    private static final int PIECES = 20_000;
    private static final int BATCHES = 3_000;
    private static final int READERS = 3;

    @Test
    @Timeout(120)
    void readersNeverSeeAHalfAppliedBatchAndSeeEveryReturnedBatch() throws Exception {
        long seed = Long.getLong("index.seed", System.nanoTime());
        StockGenerator generator = new StockGenerator(seed, PIECES);
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < PIECES; i++) {
            pieces.add(generator.next());
        }
        Piece canary = generator.next();
        SerialIndex index = new SerialIndex();
        index.upsertAll(pieces);
        index.upsertAll(List.of(canary));

        Map<PieceQuery, Integer> expected = new HashMap<>();
        for (PieceQuery q : invariantQueries()) {
            expected.put(q, index.count(q));
        }
        Map<String, Integer> byLocation = index.countBy(Facet.LOCATION, PieceQuery.all());
        List<Epc96> tags = pieces.stream().filter(p -> p.epc() != null).map(Piece::epc96).toList();
        AtomicInteger published = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);

        ExecutorService threads = Executors.newFixedThreadPool(READERS + 1, r -> new Thread(r, "index-concurrency-test"));
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                long readerSeed = seed + r;
                readers.add(threads.submit(() -> read(index, expected, byLocation, tags, canary.serial(), published,
                        writing, new Random(readerSeed))));
            }
            Future<?> writer = threads.submit(() -> {
                try {
                    write(index, pieces, canary, published, new Random(seed));
                } finally {
                    writing.set(false);
                }
            });
            writer.get(100, TimeUnit.SECONDS);
            for (Future<Integer> reader : readers) {
                assertThat(reader.get(10, TimeUnit.SECONDS)).as("reads by one reader, seed " + seed).isGreaterThan(100);
            }
        } finally {
            threads.shutdownNow();
        }
        for (Map.Entry<PieceQuery, Integer> e : expected.entrySet()) {
            assertThat(index.count(e.getKey())).isEqualTo(e.getValue());
        }
    }

    private static void write(SerialIndex index, List<Piece> pieces, Piece canary, AtomicInteger published, Random random) {
        Piece[] current = pieces.toArray(new Piece[0]);
        for (int b = 1; b <= BATCHES; b++) {
            List<Piece> batch = new ArrayList<>();
            int pairs = 1 + random.nextInt(random.nextInt(20) == 0 ? 500 : 20);
            for (int i = 0; i < pairs; i++) {
                int x = random.nextInt(current.length);
                int y = random.nextInt(current.length);
                if (x == y) {
                    continue;
                }
                Piece a = current[x];
                Piece c = current[y];
                current[x] = with(a, c.status(), c.location(), c.retailPrice(), c.epc());
                current[y] = with(c, a.status(), a.location(), a.retailPrice(), a.epc());
                batch.add(current[x]);
                batch.add(current[y]);
            }
            batch.add(new Piece(canary.serial(), null, canary.style(), canary.category(), canary.description(),
                    canary.designer(), canary.collection(), canary.metal(), canary.fineness(), canary.metalColour(),
                    canary.weight(), canary.ringSize(), canary.stones(), canary.certificates(), canary.cost(),
                    canary.retailPrice(), canary.location(), canary.status(), "", List.of(), b, canary.createdAt(),
                    canary.updatedAt()));
            index.upsertAll(batch);
            published.set(b);
        }
    }

    private static int read(SerialIndex index, Map<PieceQuery, Integer> expected, Map<String, Integer> byLocation,
            List<Epc96> tags, String canary, AtomicInteger published, AtomicBoolean writing, Random random) {
        List<PieceQuery> queries = new ArrayList<>(expected.keySet());
        int reads = 0;
        while (writing.get()) {
            int seen = published.get();
            assertThat(index.bySerial(canary).orElseThrow().version()).as("canary after batch " + seen).isGreaterThanOrEqualTo(seen);
            PieceQuery q = queries.get(random.nextInt(queries.size()));
            assertThat(index.count(q)).as("count of " + q).isEqualTo(expected.get(q));
            assertThat(index.search(q, SortOrder.BY_SERIAL, 0, 10).total()).as("search total of " + q).isEqualTo(expected.get(q));
            if (random.nextInt(20) == 0) {
                assertThat(index.countBy(Facet.LOCATION, PieceQuery.all())).isEqualTo(byLocation);
            }
            for (int i = 0; i < 50; i++) {
                Epc96 tag = tags.get(random.nextInt(tags.size()));
                assertThat(index.byEpc(tag.high(), tag.low())).as("owner of tag " + tag)
                        .hasValueSatisfying(p -> assertThat(p.epc()).isEqualTo(tag.toHex()));
            }
            reads++;
        }
        return reads;
    }

    private static List<PieceQuery> invariantQueries() {
        List<PieceQuery> queries = new ArrayList<>();
        for (String location : List.of("case-1", "case-2", "case-3-tray-a", "window-1", "safe-1")) {
            for (Set<PieceStatus> statuses : List.of(Set.<PieceStatus>of(), EnumSet.of(PieceStatus.IN_STOCK),
                    EnumSet.of(PieceStatus.SOLD, PieceStatus.RESERVED))) {
                for (Long[] price : new Long[][] {{null, null}, {100_000L, 800_000L}, {null, 300_000L}, {2_000_000L, null}}) {
                    queries.add(new PieceQuery(Set.of(location), statuses, null, null, null, null, null, null, null, null,
                            price[0], price[1], null, null, null));
                }
            }
        }
        queries.add(new PieceQuery(null, null, null, null, null, null, null, null, null, null, 500_000L, 900_000L,
                null, null, null));
        return queries;
    }

    private static Piece with(Piece p, PieceStatus status, String location, Money price, String epc) {
        return new Piece(p.serial(), epc, p.style(), p.category(), p.description(), p.designer(), p.collection(),
                p.metal(), p.fineness(), p.metalColour(), p.weight(), p.ringSize(), p.stones(), p.certificates(),
                p.cost(), price, location, status, p.notes(), p.photos(), p.version() + 1, p.createdAt(),
                Instant.EPOCH.plusSeconds(p.version()));
    }
}
