package io.assay.edge.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.drivers.epc.Epc96;
import io.assay.edge.index.PieceQuery;
import io.assay.edge.index.SerialIndex;
import io.assay.edge.index.StockGenerator;
import io.assay.edge.inventory.Piece;
import io.assay.edge.json.Json;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The serial index against H2 (in memory, an index on every filter column) on the same generated stock
 * in the same run, at 100k and 1M pieces: count latency by number of filters, lookups per second, build
 * time and heap per piece. Figures, not a test: {@code ./mvnw -q -B -Pbench -pl edge -am verify -DskipTests}
 * prints them and writes {@code <dir>/index-benchmark.json}.
 *
 * <p>Latencies are per call, timed with {@code System.nanoTime()} around each count (its own cost, some
 * tens of nanoseconds, is included), after warm-up rounds; percentiles are nearest-rank over all timed
 * calls. The index and H2 answer the same queries, and every answer is checked to agree. Lookup rates
 * count found pieces without reading them. The machine's load average is printed with the figures:
 * on a shared machine the wall-clock figures carry other processes' time.
 *
 * <p>While iterating on the index, {@code -Dbench.sizes=1000000} runs only the given stock sizes and
 * {@code -Dbench.h2=false} skips H2 (its load and its counts take most of a full run); the default is the
 * full run. Each count mix also prints its p99 by kind of query (with or without a price range), so a
 * slow kind cannot hide in the mix.
 */
public final class IndexBenchmark {

    private static final long SEED = 20_240_318L;
    private static final int QUERIES_PER_MIX = 150;
    private static final int INDEX_WARMUP_ROUNDS = 20;
    private static final int INDEX_ROUNDS = 25;
    private static final int H2_ROUNDS = 1;
    private static final int LOOKUPS = 20_000_000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    private static long sink;

    private IndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(dir);
        ObjectNode report = Json.mapper().createObjectNode();
        report.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        report.put("cpus", Runtime.getRuntime().availableProcessors());
        report.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        report.put("seed", SEED);
        ArrayNode runs = report.putArray("runs");
        long started = System.nanoTime();
        for (int size : sizes()) {
            runs.add(run(size));
        }
        report.put("totalSeconds", (System.nanoTime() - started) / 1e9);
        Path out = dir.resolve("index-benchmark.json");
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), report);
        System.out.printf(Locale.ROOT, "%nwritten %s (total %.0f s; sink %d)%n", out, (System.nanoTime() - started) / 1e9, sink);
    }

    private static int[] sizes() {
        String sizes = System.getProperty("bench.sizes", "100000,1000000");
        return java.util.Arrays.stream(sizes.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
    }

    private static ObjectNode run(int size) throws Exception {
        ObjectNode result = Json.mapper().createObjectNode();
        result.put("pieces", size);
        result.put("loadAverageAtStart", OS.getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "%n=== %,d pieces ===%n", size);

        long heapBefore = HeapMeter.liveBytes();
        StockGenerator generator = new StockGenerator(SEED, size);
        List<Piece> pieces = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            pieces.add(generator.next());
        }
        long heapWithPieces = HeapMeter.liveBytes();

        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        SerialIndex index = new SerialIndex();
        index.upsertAll(pieces);
        index.awaitAsideWork();
        double buildMs = (System.nanoTime() - t0) / 1e6;
        double buildCpuMs = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6;
        long heapWithIndex = HeapMeter.liveBytes();
        double pieceBytes = (double) (heapWithPieces - heapBefore) / size;
        double indexBytes = (double) (heapWithIndex - heapWithPieces) / size;
        System.out.printf(Locale.ROOT, "index build (first, one upsertAll of all pieces): %.0f ms wall, %.0f ms CPU of the building thread%n",
                buildMs, buildCpuMs);
        System.out.printf(Locale.ROOT, "heap per piece, measured (GC + MemoryMXBean): Piece objects %.0f B, index structures %.0f B%n",
                pieceBytes, indexBytes);
        result.put("buildMillisFirst", buildMs);
        result.put("buildCpuMillisFirst", buildCpuMs);
        result.put("heapBytesPerPieceObjects", Math.round(pieceBytes));
        result.put("heapBytesPerPieceIndex", Math.round(indexBytes));

        BenchQueries mixes = new BenchQueries(SEED + size, pieces);
        List<List<PieceQuery>> byFilters = List.of(mixes.withFilters(1, QUERIES_PER_MIX),
                mixes.withFilters(2, QUERIES_PER_MIX), mixes.withFilters(3, QUERIES_PER_MIX));
        PieceQuery canonical = BenchQueries.canonical();

        List<Latencies> indexLatencies = new ArrayList<>();
        for (int f = 0; f < byFilters.size(); f++) {
            Latencies withRange = new Latencies();
            Latencies withoutRange = new Latencies();
            indexLatencies.add(timeIndex(index, byFilters.get(f), withRange, withoutRange));
            System.out.printf(Locale.ROOT, "index count, %d filter(s), by kind: with a price range p50 %.1f µs p99 %.1f µs (%d calls), "
                            + "without p50 %.1f µs p99 %.1f µs (%d calls)%n", f + 1,
                    withRange.percentileMicros(50), withRange.percentileMicros(99), withRange.size(),
                    withoutRange.percentileMicros(50), withoutRange.percentileMicros(99), withoutRange.size());
        }
        Latencies canonicalLatencies = timeIndex(index, List.of(canonical), new Latencies(), new Latencies());
        System.out.printf(Locale.ROOT, "index count \"18k white gold rings in case-3 in stock\" (%d pieces match): p50 %.1f µs, p99 %.1f µs%n",
                index.count(canonical), canonicalLatencies.percentileMicros(50), canonicalLatencies.percentileMicros(99));
        result.put("canonicalCountP50Micros", canonicalLatencies.percentileMicros(50));
        result.put("canonicalCountP99Micros", canonicalLatencies.percentileMicros(99));

        ObjectNode lookups = result.putObject("lookupsPerSecond");
        lookups.put("serial", serialLookups(index, pieces));
        lookups.put("epc", epcLookups(index, pieces));
        System.out.printf(Locale.ROOT, "lookups per second, one thread: serial %,.0f, EPC %,.0f%n",
                lookups.get("serial").asDouble(), lookups.get("epc").asDouble());

        double warmBuild = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            SerialIndex again = new SerialIndex();
            again.upsertAll(pieces);
            again.awaitAsideWork();
            warmBuild = Math.min(warmBuild, (System.nanoTime() - t) / 1e6);
        }
        System.out.printf(Locale.ROOT, "index build (warm JIT, best of 3): %.0f ms%n", warmBuild);
        result.put("buildMillisWarm", warmBuild);

        if (!Boolean.parseBoolean(System.getProperty("bench.h2", "true"))) {
            for (int f = 0; f < byFilters.size(); f++) {
                Latencies ix = indexLatencies.get(f);
                System.out.printf(Locale.ROOT, "count, %d filter(s), %d queries: index p50 %.1f µs p99 %.1f µs (%d calls) | H2 skipped%n",
                        f + 1, byFilters.get(f).size(), ix.percentileMicros(50), ix.percentileMicros(99), ix.size());
            }
            result.put("loadAverageAtEnd", OS.getSystemLoadAverage());
            System.out.printf(Locale.ROOT, "system load average (1 min) at start %.1f, at end %.1f, on %d CPUs%n",
                    result.get("loadAverageAtStart").asDouble(), OS.getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
            return result;
        }
        try (H2Stock h2 = new H2Stock("bench" + size)) {
            long load = System.nanoTime();
            h2.load(pieces);
            double loadSeconds = (System.nanoTime() - load) / 1e9;
            System.out.printf(Locale.ROOT, "H2 load (batched inserts, then indexes): %.1f s%n", loadSeconds);
            result.put("h2LoadSeconds", loadSeconds);
            ArrayNode counts = result.putArray("counts");
            for (int f = 0; f < byFilters.size(); f++) {
                Latencies h2Latencies = timeH2(h2, index, byFilters.get(f));
                Latencies ix = indexLatencies.get(f);
                ObjectNode row = counts.addObject();
                row.put("filters", f + 1);
                row.put("queries", byFilters.get(f).size());
                row.put("indexP50Micros", ix.percentileMicros(50));
                row.put("indexP99Micros", ix.percentileMicros(99));
                row.put("h2P50Micros", h2Latencies.percentileMicros(50));
                row.put("h2P99Micros", h2Latencies.percentileMicros(99));
                row.put("ratioP50", h2Latencies.percentileMicros(50) / ix.percentileMicros(50));
                row.put("ratioP99", h2Latencies.percentileMicros(99) / ix.percentileMicros(99));
                System.out.printf(Locale.ROOT, "count, %d filter(s), %d queries: index p50 %.1f µs p99 %.1f µs (%d calls) | "
                                + "H2 p50 %.1f µs p99 %.1f µs (%d calls) | H2/index p50 %.0fx p99 %.0fx%n",
                        f + 1, byFilters.get(f).size(), ix.percentileMicros(50), ix.percentileMicros(99), ix.size(),
                        h2Latencies.percentileMicros(50), h2Latencies.percentileMicros(99), h2Latencies.size(),
                        row.get("ratioP50").asDouble(), row.get("ratioP99").asDouble());
            }
        }
        result.put("loadAverageAtEnd", OS.getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "system load average (1 min) at start %.1f, at end %.1f, on %d CPUs%n",
                result.get("loadAverageAtStart").asDouble(), OS.getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        return result;
    }

    /** All calls' latencies; each call's also goes to {@code withRange} or {@code withoutRange} by its query's kind. */
    private static Latencies timeIndex(SerialIndex index, List<PieceQuery> queries, Latencies withRange, Latencies withoutRange) {
        int rounds = Math.max(INDEX_ROUNDS, 10_000 / queries.size());
        for (int r = 0; r < Math.max(INDEX_WARMUP_ROUNDS, rounds); r++) {
            for (PieceQuery q : queries) {
                sink += index.count(q);
            }
        }
        Latencies latencies = new Latencies();
        for (int r = 0; r < rounds; r++) {
            for (PieceQuery q : queries) {
                long t = System.nanoTime();
                int n = index.count(q);
                long elapsed = System.nanoTime() - t;
                latencies.add(elapsed);
                (q.priceMin() != null || q.priceMax() != null ? withRange : withoutRange).add(elapsed);
                sink += n;
            }
        }
        return latencies;
    }

    private static Latencies timeH2(H2Stock h2, SerialIndex index, List<PieceQuery> queries) throws Exception {
        List<H2Stock.Count> prepared = new ArrayList<>();
        for (PieceQuery q : queries) {
            prepared.add(h2.prepare(q));
        }
        // Warm-up, and the check that both engines count the same pieces.
        for (int i = 0; i < prepared.size(); i++) {
            int expected = index.count(queries.get(i));
            int got = prepared.get(i).run();
            if (got != expected) {
                throw new IllegalStateException("H2 counts " + got + " but the index " + expected + " for " + queries.get(i));
            }
        }
        Latencies latencies = new Latencies();
        for (int r = 0; r < H2_ROUNDS; r++) {
            for (H2Stock.Count count : prepared) {
                long t = System.nanoTime();
                int n = count.run();
                latencies.add(System.nanoTime() - t);
                sink += n;
            }
        }
        return latencies;
    }

    private static double serialLookups(SerialIndex index, List<Piece> pieces) {
        Random random = new Random(SEED);
        String[] serials = new String[1 << 20];
        for (int i = 0; i < serials.length; i++) {
            serials[i] = pieces.get(random.nextInt(pieces.size())).serial();
        }
        return bestRate(() -> {
            long found = 0;
            for (int i = 0; i < LOOKUPS / 4; i++) {
                found += index.bySerial(serials[i & (serials.length - 1)]).isPresent() ? 1 : 0;
            }
            return found;
        }, LOOKUPS / 4);
    }

    private static double epcLookups(SerialIndex index, List<Piece> pieces) {
        Random random = new Random(SEED);
        List<Epc96> tagged = new ArrayList<>();
        for (Piece p : pieces) {
            if (p.epc() != null) {
                tagged.add(p.epc96());
            }
        }
        long[] highs = new long[1 << 20];
        long[] lows = new long[1 << 20];
        for (int i = 0; i < highs.length; i++) {
            Epc96 epc = tagged.get(random.nextInt(tagged.size()));
            highs[i] = epc.high();
            lows[i] = epc.low();
        }
        int mask = highs.length - 1;
        return bestRate(() -> {
            long found = 0;
            for (int i = 0; i < LOOKUPS; i++) {
                found += index.byEpc(highs[i & mask], lows[i & mask]).isPresent() ? 1 : 0;
            }
            return found;
        }, LOOKUPS);
    }

    /** Operations per second of the best of five runs (the first ones warm the JIT). */
    private static double bestRate(java.util.function.LongSupplier work, int operations) {
        double best = 0;
        for (int run = 0; run < 5; run++) {
            long t = System.nanoTime();
            sink += work.getAsLong();
            best = Math.max(best, operations / ((System.nanoTime() - t) / 1e9));
        }
        return best;
    }
}
