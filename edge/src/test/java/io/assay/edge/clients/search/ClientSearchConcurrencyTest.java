package io.assay.edge.clients.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.assay.edge.clients.search.ClientBookGenerator.GeneratedClient;
import io.assay.edge.clients.search.ClientQueries.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Registers search while clients are edited. The writer keeps editing a set of clients named Xanthe
 * (each edit replaces the family name, phone and address), removes and re-adds others, and adds a new
 * client now and then; readers on other threads search all the while. A search must never catch an edit
 * half done: "xanthe" always lists every Xanthe, once, as a whole word, and every hit is a client of the
 * book. A search that starts after an upsert returned finds that client.
 */
class ClientSearchConcurrencyTest {

    private static final int BOOK = 20_000;
    private static final int XANTHES = 40;
    private static final int EDITS = 6_000;
    private static final int READERS = 3;
    /** The writer goes on past its edits until the readers have searched this often while it wrote. */
    private static final int SEARCHES = 3_000;

    @Test
    @Timeout(120)
    void searchesDuringEditsNeverSeeAnEditHalfDoneAndSeeEveryFinishedOne() throws Exception {
        long seed = Long.getLong("clients.seed", System.nanoTime());
        List<GeneratedClient> book = new ClientBookGenerator(seed).clients(BOOK);
        ClientSearch search = new ClientSearch();
        search.upsertAll(book.stream().map(GeneratedClient::entry).toList());
        List<String> xanthes = IntStream.range(0, XANTHES).mapToObj(i -> "xanthe-" + i).toList();
        search.upsertAll(xanthes.stream().map(id -> xanthe(id, 0)).toList());
        Set<String> everyId = book.stream().map(c -> c.entry().id()).collect(Collectors.toCollection(java.util.concurrent.ConcurrentHashMap::newKeySet));
        everyId.addAll(xanthes);
        AtomicInteger published = new AtomicInteger(-1);
        AtomicInteger searches = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);

        ExecutorService threads = Executors.newFixedThreadPool(READERS + 1, r -> new Thread(r, "client-search-concurrency-test"));
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                Random random = new Random(seed + r);
                readers.add(threads.submit(() -> read(search, book, xanthes, everyId, published, searches, writing, random)));
            }
            Future<?> writer = threads.submit(() -> {
                try {
                    // A reader that failed stops counting searches: stop too, and let its failure be reported.
                    write(search, book, xanthes, everyId, published, () -> searches.get() >= SEARCHES
                            || readers.stream().anyMatch(Future::isDone), new Random(seed));
                } finally {
                    writing.set(false);
                }
            });
            writer.get(100, TimeUnit.SECONDS);
            for (Future<Integer> reader : readers) {
                assertThat(reader.get(10, TimeUnit.SECONDS)).as("searches by one reader, seed %d", seed).isGreaterThan(SEARCHES / READERS / 4);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static ClientEntry xanthe(String id, int edit) {
        String family = edit % 2 == 0 ? "Alphand" : "Betancourt";
        return new ClientEntry(id, "Xanthe", family, List.of("+41 79 000 " + String.format("%04d", edit % 10_000)),
                List.of("xanthe." + family.toLowerCase() + edit + "@example.ch"));
    }

    private static void write(ClientSearch search, List<GeneratedClient> book, List<String> xanthes, Set<String> everyId,
                              AtomicInteger published, BooleanSupplier readersDone, Random random) {
        for (int edit = 1; edit <= EDITS || !readersDone.getAsBoolean(); edit++) {
            search.upsert(xanthe(xanthes.get(random.nextInt(xanthes.size())), edit));
            ClientEntry other = book.get(random.nextInt(book.size())).entry();
            if (random.nextBoolean()) {
                search.remove(other.id());
                search.upsert(other);
            }
            if (edit % 20 == 0) {
                // Published only once the upsert has returned: a reader that sees the number must find the client.
                String id = "canary-" + edit;
                everyId.add(id);
                search.upsert(new ClientEntry(id, "Canary", "Vogel" + edit, List.of(), List.of()));
                published.set(edit);
            }
        }
    }

    private static int read(ClientSearch search, List<GeneratedClient> book, List<String> xanthes, Set<String> everyId,
                            AtomicInteger published, AtomicInteger searches, AtomicBoolean writing, Random random) {
        ClientQueries queries = new ClientQueries(random);
        int mine = 0;
        while (writing.get()) {
            List<ClientHit> found = search.search("xanthe", 1_000);
            assertThat(found).extracting(ClientHit::id).containsExactlyInAnyOrderElementsOf(xanthes);
            assertThat(found).extracting(ClientHit::score).containsOnly(ClientHit.WHOLE_WORDS + 2);

            int canary = published.get();
            if (canary > 0) {
                assertThat(search.search("vogel" + canary, 50)).extracting(ClientHit::id).contains("canary-" + canary);
            }

            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            String query = queries.of(kind, book.get(random.nextInt(book.size())));
            if (query != null) {
                assertThat(search.search(query, 20)).allSatisfy(hit -> assertThat(everyId).contains(hit.id()));
            }
            searches.incrementAndGet();
            mine++;
        }
        return mine;
    }
}
