package io.assay.edge.bench;

import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.inventory.Money;
import io.assay.edge.json.Json;
import io.assay.edge.sales.RegisterService;
import io.assay.edge.sales.SaleRequest;
import io.assay.edge.sales.SaleService;
import io.assay.edge.sales.SaleTerms;
import io.assay.edge.sales.Tender;
import io.assay.edge.sales.TenderType;
import io.assay.edge.store.CheckpointPolicy;
import io.assay.edge.store.StoreMetrics;
import io.assay.edge.store.WriteRig;
import io.assay.edge.support.TempTrees;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sale commit latency and sustained sales per second with fsync on: Assay's writer (redo log forced at
 * each commit, group commit across registers) against H2 as a file database doing the same transaction
 * ({@link H2Sales}), in the same run, on the same disk. Prints the figures and writes
 * {@code <dir>/sale-benchmark.json}.
 *
 * <p>Latency: one register selling one piece at a time, submit to acknowledgement. Throughput: eight
 * registers selling distinct pieces as fast as they are answered.
 */
public final class SaleBenchmark {

    static final Currency USD = Currency.getInstance("USD");
    static final SaleTerms TERMS = new SaleTerms(false, new BigDecimal("8.875"), Map.of(), true, BigDecimal.ZERO);
    /** A ring at 2450.00 with 8.875% tax. */
    static final Money TOTAL = new Money(new BigDecimal("2667.44"), USD);

    private static final int LATENCY_SALES = Integer.getInteger("assay.bench.saleLatencyCount", 2_000);
    private static final int THROUGHPUT_SALES = Integer.getInteger("assay.bench.saleThroughputCount", 8_000);
    private static final int REGISTERS = 8;
    private static final int WARMUP = 500;

    private SaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(out);
        Path work = Files.createTempDirectory(out, "sale-bench-");
        int pieces = WARMUP + LATENCY_SALES + THROUGHPUT_SALES;
        ObjectNode report = Json.mapper().createObjectNode();
        report.put("pieces", pieces).put("latencySales", LATENCY_SALES).put("throughputSales", THROUGHPUT_SALES)
                .put("registers", REGISTERS).put("cpus", Runtime.getRuntime().availableProcessors());
        // -Dassay.bench.saleOnly=assay|h2|h2ForcedSync runs one of them, e.g. under strace to count its fsyncs.
        String only = System.getProperty("assay.bench.saleOnly");
        try {
            if (only == null || only.equals("assay")) {
                report.set("assay", assay(work.resolve("assay"), pieces));
            }
            if (only == null || only.equals("h2")) {
                report.set("h2", h2(work.resolve("h2"), pieces, false));
            }
            if (only == null || only.equals("h2ForcedSync")) {
                report.set("h2ForcedSync", h2(work.resolve("h2-sync"), pieces, true));
            }
        } finally {
            TempTrees.delete(work);
        }
        if (only != null) {
            System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
            return;
        }
        for (String baseline : List.of("h2", "h2ForcedSync")) {
            report.put(baseline + "OverAssayP99", report.at("/" + baseline + "/latencyMicros/p99").asDouble()
                    / report.at("/assay/latencyMicros/p99").asDouble());
            report.put("assayOver" + Character.toUpperCase(baseline.charAt(0)) + baseline.substring(1) + "SalesPerSecond",
                    report.at("/assay/salesPerSecond").asDouble() / report.at("/" + baseline + "/salesPerSecond").asDouble());
        }
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(out.resolve("sale-benchmark.json").toFile(), report);
        System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
    }

    private static ObjectNode assay(Path dir, int pieces) throws Exception {
        // No checkpoint during the run: a checkpoint's pause would land in one sale's latency, as it would
        // in a store (and is measured by the checkpoint test); here the steady commit path is timed.
        try (WriteRig rig = new WriteRig(dir, 256, StoreMetrics.NONE, new CheckpointPolicy(Long.MAX_VALUE, 0))) {
            RegisterService registers = new RegisterService(USD, List.of("reg-1"));
            SaleService sales = new SaleService(rig.inventory, registers, TERMS, USD);
            rig.writer.submit("system", w -> rig.inventory.createLocation(w, location("case-1", "case"))).get();
            List<CompletableFuture<?>> entered = new ArrayList<>();
            for (int i = 0; i < pieces; i++) {
                ObjectNode json = ring(serial(i), null, "case-1");
                entered.add(rig.writer.submit("system", w -> rig.inventory.create(w, json)));
            }
            CompletableFuture.allOf(entered.toArray(new CompletableFuture<?>[0])).get();
            rig.writer.submit("system", w -> registers.open(w, "reg-1", new Money(new BigDecimal("300.00"), USD))).get();
            AtomicInteger next = new AtomicInteger();
            SaleOp sell = () -> {
                int i = next.getAndIncrement();
                SaleRequest request = request(serial(i));
                rig.writer.submit("associate", w -> sales.sell(w, request, "key-" + i, serial(i))).get();
            };
            return measure(sell, "Assay: MapDB under a redo log forced at each commit, one writer with group commit");
        }
    }

    private static ObjectNode h2(Path dir, int pieces, boolean forcedSync) throws Exception {
        try (H2Sales h2 = new H2Sales(dir, forcedSync)) {
            h2.load(pieces);
            AtomicInteger next = new AtomicInteger();
            SaleOp sell = () -> {
                int i = next.getAndIncrement();
                h2.sell(serial(i), "key-" + i);
            };
            return measure(sell, "H2 " + H2Sales.VERSION + " file database (MVStore), one transaction per sale with row locks; "
                    + (forcedSync ? "each commit followed by CHECKPOINT SYNC (forced to disk)"
                    : "commits written at once (WRITE_DELAY=0), not forced to disk by H2 at each commit"));
        }
    }

    private static ObjectNode measure(SaleOp sell, String what) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            sell.run();
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < LATENCY_SALES; i++) {
            long started = System.nanoTime();
            sell.run();
            latencies.add(System.nanoTime() - started);
        }
        int perRegister = THROUGHPUT_SALES / REGISTERS;
        List<Thread> registers = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (int r = 0; r < REGISTERS; r++) {
            Thread register = new Thread(() -> {
                try {
                    for (int i = 0; i < perRegister; i++) {
                        sell.run();
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            register.start();
            registers.add(register);
        }
        for (Thread register : registers) {
            register.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a sale failed", failures.get(0));
        }
        ObjectNode result = Json.mapper().createObjectNode().put("what", what);
        result.putObject("latencyMicros").put("p50", latencies.percentileMicros(50)).put("p99", latencies.percentileMicros(99))
                .put("max", latencies.percentileMicros(100));
        result.put("salesPerSecond", perRegister * REGISTERS / seconds);
        return result;
    }

    static String serial(int i) {
        return "B-" + i;
    }

    static SaleRequest request(String serial) {
        return new SaleRequest("reg-1", null, List.of(new SaleRequest.Line(serial, null, 1, null, null, null)),
                List.of(new Tender(TenderType.CARD, TOTAL, "visa", "4242", "A1B2C3")));
    }

    @FunctionalInterface
    private interface SaleOp {
        void run() throws Exception;
    }
}
