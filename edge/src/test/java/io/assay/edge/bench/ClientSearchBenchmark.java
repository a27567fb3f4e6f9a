package io.assay.edge.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.clients.search.ClientBookGenerator;
import io.assay.edge.clients.search.ClientBookGenerator.GeneratedClient;
import io.assay.edge.clients.search.ClientEntry;
import io.assay.edge.clients.search.ClientHit;
import io.assay.edge.clients.search.ClientQueries;
import io.assay.edge.clients.search.ClientQueries.Kind;
import io.assay.edge.clients.search.ClientScan;
import io.assay.edge.clients.search.ClientSearch;
import io.assay.edge.json.Json;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The client search on a generated book of 200,000 clients ({@link ClientBookGenerator}): build time,
 * heap, and latency per search for each kind of query an associate types, against a baseline in the same
 * run, the linear scan ({@link ClientScan}: every client folded once, each search the same matching
 * rules applied to all of them). Figures, not a test: {@code ./mvnw -q -B -Pbench -pl edge -am verify
 * -DskipTests} prints them and writes {@code <dir>/client-search.json}.
 *
 * <p>Latencies are per call, timed with {@code System.nanoTime()} around each search after two untimed
 * rounds of the whole mix; the timed round runs the kinds interleaved, in a shuffled order, one thread,
 * {@value #LIMIT} hits a search. Percentiles are nearest-rank. The scan takes tens of milliseconds a
 * search, so it answers only the first {@code bench.baselinePerKind} queries of each kind (100 unless
 * set), and every one of its answers is checked to be the index's. The machine's load average is
 * printed with the figures: on a shared machine the wall-clock figures carry other processes' time.
 *
 * <p>{@code -Dbench.clients=N} and {@code -Dbench.queriesPerKind=N} change the book and the mix
 * (200,000 and 4,000).
 */
public final class ClientSearchBenchmark {

    private static final long SEED = 20_250_611L;
    private static final int LIMIT = 20;
    private static final int WARMUP_ROUNDS = 2;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    private static long sink;

    private ClientSearchBenchmark() {
    }

    private record Query(Kind kind, String text) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(dir);
        int clients = Integer.getInteger("bench.clients", 200_000);
        int perKind = Integer.getInteger("bench.queriesPerKind", 4_000);
        int baselinePerKind = Integer.getInteger("bench.baselinePerKind", 100);
        ObjectNode report = Json.mapper().createObjectNode();
        report.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        report.put("cpus", Runtime.getRuntime().availableProcessors());
        report.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        report.put("seed", SEED);
        report.put("clients", clients);
        report.put("limit", LIMIT);
        report.put("loadAverageAtStart", OS.getSystemLoadAverage());
        long started = System.nanoTime();
        System.out.printf(Locale.ROOT, "%n=== client search, %,d clients ===%n", clients);

        List<GeneratedClient> book = new ClientBookGenerator(SEED).clients(clients);
        List<ClientEntry> entries = book.stream().map(GeneratedClient::entry).toList();
        long heapWithEntries = HeapMeter.liveBytes();

        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ClientSearch index = new ClientSearch();
        index.upsertAll(entries);
        double buildMs = (System.nanoTime() - t0) / 1e6;
        double buildCpuMs = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6;
        long indexBytes = HeapMeter.liveBytes() - heapWithEntries;
        System.out.printf(Locale.ROOT, "index build (one upsertAll of the book, cold JIT): %.0f ms wall, %.0f ms CPU%n", buildMs, buildCpuMs);
        System.out.printf(Locale.ROOT, "index heap, measured (GC + MemoryMXBean, the entries excluded): %.1f MB, %.0f B a client; %s%n",
                indexBytes / 1e6, (double) indexBytes / clients, index);
        report.put("buildMillisUpsertAll", buildMs);
        report.put("buildCpuMillisUpsertAll", buildCpuMs);
        report.put("indexHeapBytes", indexBytes);
        report.put("indexHeapBytesPerClient", Math.round((double) indexBytes / clients));
        report.put("index", index.toString());

        long t1 = System.nanoTime();
        ClientSearch oneByOne = new ClientSearch();
        entries.forEach(oneByOne::upsert);
        double oneByOneMs = (System.nanoTime() - t1) / 1e6;
        System.out.printf(Locale.ROOT, "index build (one upsert a client, warmer JIT): %.0f ms, %.1f µs an upsert%n",
                oneByOneMs, oneByOneMs * 1000 / clients);
        report.put("buildMillisOneUpsertEach", oneByOneMs);
        oneByOne = null;

        Random random = new Random(SEED);
        ClientQueries maker = new ClientQueries(random);
        Map<Kind, List<Query>> byKind = new EnumMap<>(Kind.class);
        List<Query> mix = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<Query> queries = new ArrayList<>();
            while (queries.size() < perKind) {
                String text = maker.of(kind, book.get(random.nextInt(book.size())));
                if (text != null) {
                    queries.add(new Query(kind, text));
                }
            }
            byKind.put(kind, queries);
            mix.addAll(queries);
        }
        Collections.shuffle(mix, random);

        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            for (Query q : mix) {
                sink += index.search(q.text(), LIMIT).size();
            }
        }
        Map<Kind, Latencies> indexLatencies = new EnumMap<>(Kind.class);
        Map<Kind, long[]> hitsFound = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            indexLatencies.put(kind, new Latencies());
            hitsFound.put(kind, new long[2]);
        }
        Latencies overall = new Latencies();
        for (Query q : mix) {
            long t = System.nanoTime();
            List<ClientHit> hits = index.search(q.text(), LIMIT);
            long elapsed = System.nanoTime() - t;
            indexLatencies.get(q.kind()).add(elapsed);
            overall.add(elapsed);
            hitsFound.get(q.kind())[0] += hits.size();
            hitsFound.get(q.kind())[1] += hits.isEmpty() ? 0 : 1;
        }

        long t2 = System.nanoTime();
        ClientScan scan = new ClientScan(entries);
        double scanBuildMs = (System.nanoTime() - t2) / 1e6;
        Map<Kind, Latencies> scanLatencies = new EnumMap<>(Kind.class);
        Latencies scanOverall = new Latencies();
        for (Kind kind : Kind.values()) {
            List<Query> sample = byKind.get(kind).subList(0, Math.min(baselinePerKind, perKind));
            for (Query q : sample.subList(0, Math.min(5, sample.size()))) {
                sink += scan.search(q.text(), LIMIT).size();
            }
            Latencies latencies = new Latencies();
            for (Query q : sample) {
                long t = System.nanoTime();
                List<ClientHit> expected = scan.search(q.text(), LIMIT);
                long elapsed = System.nanoTime() - t;
                latencies.add(elapsed);
                scanOverall.add(elapsed);
                List<ClientHit> got = index.search(q.text(), LIMIT);
                if (!got.equals(expected)) {
                    throw new IllegalStateException("the index answers " + got + " but the scan " + expected + " for \"" + q.text() + "\"");
                }
            }
            scanLatencies.put(kind, latencies);
        }

        System.out.printf(Locale.ROOT, "%nlatency per search, µs (index: %d timed searches, %s; baseline \"linear scan\": "
                + "ClientScan over all %,d folded clients, same rules, %d a kind, folded in %.0f ms, answers checked equal)%n",
                overall.size(), "one thread, " + LIMIT + " hits", clients, Math.min(baselinePerKind, perKind), scanBuildMs);
        System.out.printf(Locale.ROOT, "%-13s %6s %8s %8s %8s %8s %7s %6s | %9s %9s %9s%n", "kind", "n", "p50", "p99", "p999", "max",
                "found", "hits", "scan p50", "scan p99", "p50 x");
        ObjectNode kinds = report.putObject("kinds");
        for (Kind kind : Kind.values()) {
            kinds.set(kind.name(), row(kind.name().toLowerCase(Locale.ROOT), indexLatencies.get(kind), scanLatencies.get(kind),
                    hitsFound.get(kind)));
        }
        long[] allHits = new long[2];
        hitsFound.values().forEach(h -> {
            allHits[0] += h[0];
            allHits[1] += h[1];
        });
        report.set("overall", row("overall", overall, scanOverall, allHits));
        report.put("baseline", "linear scan: ClientScan, every client folded once, ClientMatcher's rules on each");

        report.put("loadAverageAtEnd", OS.getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "system load average (1 min) at start %.1f, at end %.1f, on %d CPUs%n",
                report.get("loadAverageAtStart").asDouble(), OS.getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        report.put("totalSeconds", (System.nanoTime() - started) / 1e9);
        Path out = dir.resolve("client-search.json");
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), report);
        System.out.printf(Locale.ROOT, "written %s (total %.0f s; sink %d)%n", out, (System.nanoTime() - started) / 1e9, sink);
    }

    /** Prints one row of the table and returns it for the report; {@code hits} is [hits listed, searches finding any]. */
    private static ObjectNode row(String name, Latencies index, Latencies scan, long[] hits) {
        System.out.printf(Locale.ROOT, "%-13s %6d %8.1f %8.1f %8.1f %8.1f %6.1f%% %6.1f | %9.0f %9.0f %8.0fx%n", name, index.size(),
                index.percentileMicros(50), index.percentileMicros(99), index.percentileMicros(99.9), index.percentileMicros(100),
                100.0 * hits[1] / index.size(), (double) hits[0] / index.size(),
                scan.percentileMicros(50), scan.percentileMicros(99), scan.percentileMicros(50) / index.percentileMicros(50));
        ObjectNode row = Json.mapper().createObjectNode();
        row.put("searches", index.size());
        row.put("p50Micros", index.percentileMicros(50));
        row.put("p99Micros", index.percentileMicros(99));
        row.put("p999Micros", index.percentileMicros(99.9));
        row.put("maxMicros", index.percentileMicros(100));
        row.put("foundAnyShare", (double) hits[1] / index.size());
        row.put("meanHits", (double) hits[0] / index.size());
        row.put("baselineSearches", scan.size());
        row.put("baselineP50Micros", scan.percentileMicros(50));
        row.put("baselineP99Micros", scan.percentileMicros(99));
        return row;
    }
}
