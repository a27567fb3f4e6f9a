package io.assay.edge.bench;

import io.assay.edge.index.SerialIndex;
import io.assay.edge.inventory.Piece;
import io.assay.edge.json.Json;
import io.assay.edge.store.Database;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public final class LoadPhases {
    static final ThreadMXBean T = ManagementFactory.getThreadMXBean();
    static long w0, c0;
    static void start() { w0 = System.nanoTime(); c0 = T.getCurrentThreadCpuTime(); }
    static void stop(String what) {
        System.out.printf("%-28s wall %5d ms  thread cpu %5d ms  process uptime %d ms, JIT total %d ms, process cpu %d ms%n", what, (System.nanoTime() - w0) / 1_000_000,
                (T.getCurrentThreadCpuTime() - c0) / 1_000_000, ManagementFactory.getRuntimeMXBean().getUptime(),
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000);
    }

    public static void main(String[] args) throws Exception {
        start();
        Database db = Database.open(Path.of(args[0]));
        stop("open");
        start();
        long n = 0;
        for (String k : db.pieces().keySet()) { n += k.length(); }
        stop("keys only");
        start();
        List<byte[]> stored = new ArrayList<>(db.pieces().size());
        stored.addAll(db.pieces().values());
        long bytes = 0; for (byte[] b : stored) bytes += b.length;
        stop("values (" + stored.size() + ", " + bytes / stored.size() + " B avg)");
        if (args.length > 1 && args[1].equals("sample")) { System.out.println(new String(stored.get(12345))); return; }
        String mode = args.length > 1 ? args[1] : "jackson";
        if (mode.equals("verify")) {
            var parser = new io.assay.edge.json.PieceParser();
            int differ = 0;
            for (byte[] b : stored) {
                if (!parser.parse(b).equals(Json.mapper().readValue(b, Piece.class))) differ++;
            }
            System.out.println("verified " + stored.size() + ": " + differ + " differ, " + parser.fallbacks() + " fallbacks");
            return;
        }
        List<Piece> pieces = new ArrayList<>(stored.size());
        start();
        if (mode.equals("jackson")) {
            var m = Json.mapper();
            for (byte[] b : stored) pieces.add(m.readValue(b, Piece.class));
            stop("jackson parse (1 thread)");
        } else if (mode.equals("parser")) {
            var parser = new io.assay.edge.json.PieceParser();
            for (byte[] b : stored) pieces.add(parser.parse(b));
            stop("PieceParser (1 thread, fallbacks " + parser.fallbacks() + ")");
        } else {
            stored = null;
            pieces = io.assay.edge.store.MapDbInventoryStore.allPieces(db);
            stop("allPieces (read+parse, " + Runtime.getRuntime().availableProcessors() + " threads)");
        }
        for (int rep = 0; rep < Integer.getInteger("reps", 0); rep++) {
            start();
            if (mode.equals("jackson")) {
                var m = Json.mapper();
                for (byte[] b : stored) m.readValue(b, Piece.class);
            } else {
                var parser = new io.assay.edge.json.PieceParser();
                for (byte[] b : stored) parser.parse(b);
            }
            stop("  again " + mode);
        }
        start();
        SerialIndex index = new SerialIndex();
        index.upsertAll(pieces);
        stop("index upsertAll");
        db.close();
    }
}
