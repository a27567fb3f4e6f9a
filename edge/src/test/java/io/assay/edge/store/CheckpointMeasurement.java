package io.assay.edge.store;

import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures, not a check: the same piece creations with and without checkpoints, the redo log's size as
 * they go, each checkpoint's duration, then the time to open after a torn commit (a rebuild) in each
 * case. Runs only with {@code -Dassay.checkpoint.measure=true}; {@code -Dassay.checkpoint.pieces} (10,000)
 * {@code -Dassay.checkpoint.floorBytes} (4 MiB) and {@code -Dassay.checkpoint.factor} (0.5) set the size.
 */
class CheckpointMeasurement {

    private static final int PIECES = Integer.getInteger("assay.checkpoint.pieces", 10_000);
    private static final long FLOOR = Long.getLong("assay.checkpoint.floorBytes", 4L << 20);
    private static final double FACTOR = Double.parseDouble(System.getProperty("assay.checkpoint.factor", "0.5"));

    @TempDir
    Path withCheckpoints;
    @TempDir
    Path without;

    @Test
    void measure() throws Exception {
        assumeTrue(Boolean.getBoolean("assay.checkpoint.measure"), "set -Dassay.checkpoint.measure=true");
        run("without checkpoints", without, CheckpointPolicy.NEVER);
        run("with checkpoints (floor " + FLOOR + " bytes, factor " + FACTOR + ")", withCheckpoints,
                new CheckpointPolicy(FLOOR, FACTOR));
    }

    private static void run(String name, Path dir, CheckpointPolicy policy) throws Exception {
        List<String> checkpoints = new ArrayList<>();
        StoreMetrics metrics = StoreMetrics.checkpointsTo((redoBytes, baseBytes, nanos) -> checkpoints.add(
                String.format("%.1f MB log -> %.1f MB base in %d ms", redoBytes / 1e6, baseBytes / 1e6, nanos / 1_000_000)));
        System.out.println("== " + name);
        long started = System.nanoTime();
        try (WriteRig rig = new WriteRig(dir, 256, metrics, policy)) {
            rig.writer.submit("system", w -> rig.inventory.createLocation(w, location("case-1", "case"))).get();
            long maxRedo = 0;
            for (int chunk = 0; chunk < PIECES / 100; chunk++) {
                // A hundred registers at once: group commit, as an import or a busy day would.
                List<CompletableFuture<?>> results = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    String serial = "M-" + (chunk * 100 + i);
                    results.add(rig.writer.submit("system", w -> rig.inventory.create(w, ring(serial, null, "case-1"))));
                }
                for (CompletableFuture<?> r : results) {
                    r.get(60, TimeUnit.SECONDS);
                }
                long redo = Files.size(dir.resolve(Database.REDO_FILE_NAME));
                maxRedo = Math.max(maxRedo, redo);
                if ((chunk + 1) % 20 == 0) {
                    System.out.printf("  %6d pieces: redo log %6.1f MB, MapDB file %6.1f MB%n", (chunk + 1) * 100,
                            redo / 1e6, Files.size(dir.resolve(Database.FILE_NAME)) / 1e6);
                }
            }
            System.out.printf("  wrote %d pieces in %d ms; largest redo log %.1f MB%n", PIECES,
                    (System.nanoTime() - started) / 1_000_000, maxRedo / 1e6);
        }
        checkpoints.forEach(c -> System.out.println("  checkpoint: " + c));
        tearTheLastCommit(dir);
        long opening = System.nanoTime();
        try (Database db = Database.open(dir, CheckpointPolicy.NEVER)) {
            assertThat(db.pieces()).hasSize(PIECES);
        }
        System.out.printf("  open after a torn commit (rebuild): %d ms%n", (System.nanoTime() - opening) / 1_000_000);
    }

    private static void tearTheLastCommit(Path dir) throws Exception {
        CrashStates.interruptLastCommit(dir);
    }
}
