package io.assay.edge.bench;

import com.sun.management.OperatingSystemMXBean;
import io.assay.edge.index.SerialIndex;
import io.assay.edge.inventory.Piece;
import io.assay.edge.json.Json;
import io.assay.edge.json.PieceParser;
import io.assay.edge.store.Database;
import io.assay.edge.store.MapDbInventoryStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The phases of loading the stock at start, one after the other in one cold JVM, each with its wall time,
 * this thread's CPU time, the JIT's total time and the process's CPU time so far: where the start's time
 * goes, phase by phase. Figures, not a test.
 *
 * <p>Arguments: a data directory (use a copy: it is opened for writing) and a mode: {@code jackson}
 * (parse with databind), {@code parser} (with {@link PieceParser}), {@code all} (read and parse as the
 * appliance does, {@link MapDbInventoryStore#allPieces}) or {@code verify} (every stored piece read both
 * ways, compared). {@code -Dreps=N} parses N more times, to see the parse once the JIT is warm.
 */
public final class LoadPhases {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long wall;
    private static long cpu;

    private LoadPhases() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 1 ? args[1] : "jackson";
        start();
        Database db = Database.open(Path.of(args[0]));
        stop("open");
        start();
        long keys = 0;
        for (String serial : db.pieces().keySet()) {
            keys += serial.length();
        }
        stop("keys only");
        List<byte[]> stored = new ArrayList<>(db.pieces().size());
        if (!mode.equals("all")) {
            start();
            stored.addAll(db.pieces().values());
            long bytes = 0;
            for (byte[] value : stored) {
                bytes += value.length;
            }
            stop("values (" + stored.size() + ", " + bytes / Math.max(1, stored.size()) + " B avg)");
        }
        if (mode.equals("verify")) {
            PieceParser parser = new PieceParser();
            int differ = 0;
            for (byte[] value : stored) {
                if (!parser.parse(value).equals(Json.mapper().readValue(value, Piece.class))) {
                    differ++;
                }
            }
            System.out.println("verified " + stored.size() + ": " + differ + " differ, " + parser.fallbacks() + " read by databind");
            db.close();
            return;
        }
        List<Piece> pieces = new ArrayList<>(stored.size());
        start();
        if (mode.equals("all")) {
            pieces = MapDbInventoryStore.allPieces(db);
            stop("allPieces (read+parse, " + Runtime.getRuntime().availableProcessors() + " threads)");
        } else {
            parse(mode, stored, pieces);
            stop(mode + " parse (1 thread)");
            for (int rep = 0; rep < Integer.getInteger("reps", 0); rep++) {
                start();
                parse(mode, stored, new ArrayList<>(stored.size()));
                stop("  again " + mode);
            }
        }
        start();
        SerialIndex index = new SerialIndex();
        index.upsertAll(pieces);
        stop("index upsertAll");
        start();
        index.awaitAsideWork();
        stop("index words and ranges (aside)");
        db.close();
    }

    private static void parse(String mode, List<byte[]> stored, List<Piece> into) throws Exception {
        if (mode.equals("jackson")) {
            for (byte[] value : stored) {
                into.add(Json.mapper().readValue(value, Piece.class));
            }
        } else {
            PieceParser parser = new PieceParser();
            for (byte[] value : stored) {
                into.add(parser.parse(value));
            }
        }
    }

    private static void start() {
        wall = System.nanoTime();
        cpu = THREADS.getCurrentThreadCpuTime();
    }

    private static void stop(String what) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%-40s wall %5d ms, thread cpu %5d ms; since launch: %5d ms, JIT %5d ms, process cpu %5d ms%n",
                what, (System.nanoTime() - wall) / 1_000_000, (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                ManagementFactory.getRuntimeMXBean().getUptime(), ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
                os.getProcessCpuTime() / 1_000_000);
    }
}
