package io.assay.edge.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.demo.DemoBoutique;
import io.assay.edge.demo.DemoSeeder;
import io.assay.edge.demo.SeedReport;
import io.assay.edge.json.Json;
import io.assay.edge.store.CrashStates;
import io.assay.edge.store.Database;
import io.assay.edge.store.WriteRig;
import io.assay.edge.support.TempTrees;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-to-ready of the real jar on a data directory holding 100k pieces: from launching {@code java -jar}
 * until {@code /health/ready} answers 200 (JVM start, MapDB open, index build, HTTP up). Also how long a
 * rebuild from the redo log takes at that size (the start after a kill inside a MapDB commit).
 *
 * <p>Arguments: the output directory and the jar. Figures, not a test: run by the {@code bench} profile.
 */
public final class StartupBenchmark {

    private static final int PIECES = Integer.getInteger("assay.bench.startup.pieces", 100_000);
    private static final int RUNS = 5;
    /** Poll this often: the figure is at most this much late. */
    private static final int POLL_MILLIS = 10;
    private static final Pattern INDEX_LINE = Pattern.compile("index built: (\\d+) pieces.*; (\\d+) ms since start");

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Path jar = Path.of(args.length > 1 ? args[1] : "target/assay-edge.jar");
        Files.createDirectories(out);
        // -Dassay.bench.startup.dir=DIR keeps the seeded directory for profiling and reuses it next time.
        String kept = System.getProperty("assay.bench.startup.dir");
        Path data = kept != null ? Files.createDirectories(Path.of(kept)) : Files.createTempDirectory("assay-startup-bench");
        boolean seeded = kept != null && Files.exists(data.resolve(Database.FILE_NAME));
        ObjectNode report = Json.mapper().createObjectNode();
        report.put("pieces", PIECES);
        report.put("cpus", Runtime.getRuntime().availableProcessors());
        report.put("jar", jar.toAbsolutePath().toString());

        double seedSeconds = seeded ? 0 : seed(data);
        report.put("seedSeconds", seedSeconds);
        report.put("dataBytes", directorySize(data));
        if (!seeded) {
            System.out.printf(Locale.ROOT, "seeded %,d pieces through the writer in %.1f s (%,d bytes on disk)%n",
                    PIECES, seedSeconds, directorySize(data));
        }

        ArrayNode runs = report.putArray("startToReadyMs");
        ArrayNode indexRuns = report.putArray("indexBuildMsAsLogged");
        long[] times = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long[] indexMs = {-1};
            times[run] = startToReady(jar, data, indexMs);
            runs.add(times[run]);
            indexRuns.add(indexMs[0]);
            System.out.printf(Locale.ROOT, "run %d: ready %d ms after launch (index complete %d ms after the app began opening the store)%n", run + 1,
                    times[run], indexMs[0]);
        }
        Arrays.sort(times);
        report.put("startToReadyMedianMs", times[RUNS / 2]);
        report.put("startToReadyMaxMs", times[RUNS - 1]);

        // The start after a crash (kill -9, power cut): no stock image of the current state, so the pieces
        // come from MapDB. The runs above found the image each previous clean stop wrote.
        ArrayNode withoutImage = report.putArray("startToReadyWithoutStockImageMs");
        long[] slow = new long[3];
        for (int run = 0; run < slow.length; run++) {
            Files.deleteIfExists(data.resolve(Database.STOCK_IMAGE_FILE_NAME));
            slow[run] = startToReady(jar, data, new long[] {-1});
            withoutImage.add(slow[run]);
            System.out.printf(Locale.ROOT, "without a stock image (as after a crash), run %d: ready %d ms after launch%n", run + 1, slow[run]);
        }
        Arrays.sort(slow);
        report.put("startToReadyWithoutStockImageMedianMs", slow[1]);

        if (kept != null) {
            System.out.println("kept " + data + " (the rebuild case is skipped to keep it as seeded)");
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(out.resolve("startup-benchmark.json").toFile(), report);
            return;
        }
        // The start after a kill inside a MapDB commit: the MapDB file is rebuilt from the redo log.
        CrashStates.interruptLastCommit(data);
        long[] indexMs = {-1};
        long rebuildStart = startToReady(jar, data, indexMs);
        report.put("startToReadyAfterRebuildMs", rebuildStart);
        System.out.printf(Locale.ROOT, "start after an interrupted commit (rebuild from the redo log): ready in %d ms%n",
                rebuildStart);

        System.out.printf(Locale.ROOT, "start-to-ready with %,d pieces: median %d ms, max %d ms over %d runs; "
                        + "without a stock image (after a crash) median %d ms over %d runs%n",
                PIECES, times[RUNS / 2], times[RUNS - 1], RUNS, slow[1], slow.length);
        Path file = out.resolve("startup-benchmark.json");
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), report);
        System.out.println("written " + file);
        TempTrees.delete(data);
    }

    /** The demo boutique's generator at 100k pieces, written through the one write path as the demo is. */
    private static double seed(Path data) throws Exception {
        long started = System.nanoTime();
        try (WriteRig rig = new WriteRig(data, 256)) {
            DemoBoutique boutique = DemoBoutique.generate(DemoBoutique.SEED, PIECES, Currency.getInstance("USD"));
            SeedReport report = DemoSeeder.seed(rig.writer, rig.inventory, boutique);
            if (!report.refused().isEmpty()) {
                System.out.println("refused while seeding: " + report.refused().size() + ", e.g. " + report.refused().get(0));
            }
            System.out.printf(Locale.ROOT, "seeded %,d pieces and %,d later changes%n", report.pieces(), report.changes());
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static long startToReady(Path jar, Path data, long[] indexMs) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()).redirectErrorStream(true);
        builder.environment().put("ASSAY_DATA_DIR", data.toString());
        builder.environment().put("ASSAY_HTTP_PORT", Integer.toString(port));
        builder.environment().put("ASSAY_HTTP_HOST", "127.0.0.1");
        long started = System.nanoTime();
        Process app = builder.start();
        Thread reader = new Thread(() -> readLog(app, indexMs), "app-log");
        reader.start();
        try {
            while (true) {
                if (!app.isAlive()) {
                    throw new IllegalStateException("the appliance exited with " + app.exitValue());
                }
                if (readyStatus(port) == 200) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                }
                if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(5)) {
                    throw new IllegalStateException("not ready after 5 minutes");
                }
                Thread.sleep(POLL_MILLIS);
            }
        } finally {
            app.destroy();
            app.waitFor(60, TimeUnit.SECONDS);
            reader.join(5_000);
        }
    }

    /**
     * The status of {@code GET /health/ready}, or -1 when nothing listens yet: one plain HTTP/1.0 exchange
     * on a socket. The JDK's HttpClient, polled this often, took enough of the two CPUs from the appliance
     * to delay its own start by about half a second (its log said so): the instrument must not load what
     * it measures.
     */
    private static int readyStatus(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            socket.setSoTimeout(2_000);
            socket.getOutputStream().write("GET /health/ready HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            // "HTTP/1.0 200 OK"
            return statusLine == null ? -1 : Integer.parseInt(statusLine.split(" ")[1]);
        } catch (ConnectException notListeningYet) {
            return -1;
        }
    }

    private static void readLog(Process app, long[] indexMs) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                Matcher m = INDEX_LINE.matcher(line);
                if (m.find()) {
                    indexMs[0] = Long.parseLong(m.group(2));
                }
            }
        } catch (IOException e) {
            // The process ended.
        }
    }

    /** Makes the redo log look as a kill inside MapDB's commit leaves it: last batch without its mark. */
    private static long directorySize(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
