package io.assay.edge.clients.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.assay.edge.clients.search.ClientBookGenerator.GeneratedClient;
import io.assay.edge.clients.search.ClientQueries.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The index answers every query exactly as a scan of every client with {@link ClientMatcher} does (the
 * same hits, scores, reasons and order) while clients are added, edited and removed. Queries are those
 * an associate types for a client of the book, in every kind, and some strings no one would type.
 * Run with {@code -Dclients.seed=N} to replay a failure.
 *
 * <p>Seeded random cases rather than jqwik, as the index's property tests in this module are: jqwik is
 * not among edge's test dependencies.
 */
class ClientSearchPropertyTest {

    private static final int INITIAL_CLIENTS = 3_000;
    private static final int QUERIES = 12_000;

    @Test
    void everyQueryAgreesWithAScanOfEveryClientWhileTheBookChanges() {
        long seed = Long.getLong("clients.seed", System.nanoTime());
        System.out.println("ClientSearchPropertyTest seed: " + seed + " (replay with -Dclients.seed=" + seed + ")");
        Random random = new Random(seed);
        ClientBookGenerator generator = new ClientBookGenerator(seed);
        ClientQueries queries = new ClientQueries(random);
        List<GeneratedClient> book = new ArrayList<>(generator.clients(INITIAL_CLIENTS));
        ClientSearch index = new ClientSearch();
        index.upsertAll(book.stream().map(GeneratedClient::entry).toList());
        ClientScan scan = new ClientScan(book.stream().map(GeneratedClient::entry).toList());

        int nonEmpty = 0;
        for (int i = 0; i < QUERIES; i++) {
            if (i % 10 == 0) {
                change(random, generator, book, index, scan);
            }
            String query = random.nextInt(8) == 0 ? FuzzText.any(random) : queryFor(random, queries, book);
            int limit = random.nextInt(10) == 0 ? 1 + random.nextInt(2_000) : 1 + random.nextInt(30);
            List<ClientHit> expected = scan.search(query, limit);
            assertThat(index.search(query, limit)).as("seed %d, query #%d \"%s\", limit %d", seed, i, query, limit)
                    .isEqualTo(expected);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertThat(index.size()).isEqualTo(scan.size());
        // The queries must mostly find someone, or the agreement proves little.
        assertThat(nonEmpty).as("queries that found someone").isGreaterThan(QUERIES * 3 / 4);
    }

    private static String queryFor(Random random, ClientQueries queries, List<GeneratedClient> book) {
        String query = null;
        while (query == null) {
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            query = queries.of(kind, book.get(random.nextInt(book.size())));
            if (query != null && kind == Kind.TYPO && random.nextInt(4) == 0) {
                // A second typo: words of 8 letters or more still match.
                query = queries.oneTypo(query);
            }
        }
        return query;
    }

    /** One to five edits: new clients, clients whose fields all change, clients removed (and sometimes back). */
    private static void change(Random random, ClientBookGenerator generator, List<GeneratedClient> book, ClientSearch index,
                               ClientScan scan) {
        List<ClientEntry> batch = new ArrayList<>();
        for (int n = 1 + random.nextInt(5); n > 0; n--) {
            GeneratedClient fresh = generator.next();
            switch (random.nextInt(3)) {
                case 0 -> {
                    book.add(fresh);
                    batch.add(fresh.entry());
                }
                case 1 -> {
                    int at = random.nextInt(book.size());
                    ClientEntry edited = new ClientEntry(book.get(at).entry().id(), fresh.entry().givenName(),
                            fresh.entry().familyName(), fresh.entry().phones(), fresh.entry().emails());
                    book.set(at, new GeneratedClient(edited, fresh.phones(), fresh.origin()));
                    batch.add(edited);
                }
                default -> {
                    String id = book.remove(random.nextInt(book.size())).entry().id();
                    index.remove(id);
                    scan.remove(id);
                }
            }
        }
        index.upsertAll(batch);
        batch.forEach(scan::upsert);
    }
}
