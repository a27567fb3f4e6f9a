package io.assay.edge.store;

import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.json.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkpoints keep the redo log short, and a kill at any point inside one loses nothing: the data
 * directory is captured as it is on disk between each two steps of a real checkpoint (what kill -9
 * leaves: the files' contents, open or not), plus the half-written temporary files a kill during a step
 * leaves, and each captured state must reopen with every committed batch, both as it is and after a
 * later commit is torn inside MapDB (which needs the base snapshot, as the log no longer holds history).
 */
class CheckpointTest {

    private static final CheckpointPolicy NEVER = CheckpointPolicy.NEVER;

    @TempDir
    Path dir;
    @TempDir
    Path images;

    @Test
    void theWriterCheckpointsWhenTheLogOutgrowsThePolicyAndTheLogStaysBounded() throws Exception {
        AtomicInteger checkpoints = new AtomicInteger();
        StoreMetrics counting = StoreMetrics.checkpointsTo((redoBytes, baseBytes, nanos) -> checkpoints.incrementAndGet());
        long floor = 32 * 1024;
        Map<String, Long> committed;
        long largest = 0;
        try (WriteRig rig = new WriteRig(dir, 16, counting, new CheckpointPolicy(floor, 0))) {
            rig.writer.submit("system", w -> rig.inventory.createLocation(w, location("case-1", "case"))).get();
            for (int i = 0; i < 400; i++) {
                String serial = "R-" + i;
                rig.writer.submit("system", w -> rig.inventory.create(w, ring(serial, null, "case-1"))).get();
                largest = Math.max(largest, Files.size(dir.resolve(Database.REDO_FILE_NAME)));
            }
            committed = versions(rig);
        }

        assertThat(checkpoints.get()).isGreaterThan(5);
        // One batch past the floor at most: the checkpoint follows the commit that crossed it.
        assertThat(largest).isLessThan(floor + 8 * 1024);
        assertThat(dir.resolve(Database.BASE_FILE_NAME)).exists();
        try (WriteRig rig = new WriteRig(dir, 16, StoreMetrics.NONE, NEVER)) {
            assertThat(versions(rig)).isEqualTo(committed);
            assertThat(rig.journal.verify().ok()).isTrue();
        }
    }

    @Test
    void theDefaultPolicyWaitsForTheLogToOutgrowTheMapDbFile() {
        CheckpointPolicy policy = new CheckpointPolicy(1000, 1.0);

        assertThat(policy.due(999, 0)).isFalse();
        assertThat(policy.due(1000, 500)).isTrue();
        assertThat(policy.due(4000, 5000)).isFalse();
        assertThat(policy.due(5000, 5000)).isTrue();
    }

    @Test
    void aKillBetweenAnyTwoStepsOfACheckpointLosesNothing() throws Exception {
        Map<Checkpoint.Step, Path> crashes = new EnumMap<>(Checkpoint.Step.class);
        Map<String, Long> committed;
        try (WriteRig rig = new WriteRig(dir, 16, StoreMetrics.NONE, NEVER)) {
            write(rig, "A", 30);
            // A first checkpoint, so the one under test replaces a base and a log that starts after one.
            rig.db.checkpoint();
            write(rig, "B", 30);
            rig.db.observeCheckpoints(step -> crashes.put(step, capture(step.name())));
            rig.db.checkpoint();
            committed = versions(rig);
        }
        assertThat(crashes).containsOnlyKeys(Checkpoint.Step.values());
        Path baseWritten = crashes.get(Checkpoint.Step.BASE_WRITTEN);
        assertThat(baseWritten.resolve(Database.BASE_FILE_NAME + ".tmp")).exists();
        assertThat(crashes.get(Checkpoint.Step.LOG_WRITTEN).resolve(Database.REDO_FILE_NAME + ".tmp")).exists();
        // What a kill while a temporary file is being written leaves: that file cut short.
        Path copyingBase = copyOf(baseWritten, "copying-base");
        cutToHalf(copyingBase.resolve(Database.BASE_FILE_NAME + ".tmp"));
        Path writingLog = copyOf(crashes.get(Checkpoint.Step.LOG_WRITTEN), "writing-log");
        cutToHalf(writingLog.resolve(Database.REDO_FILE_NAME + ".tmp"));

        List<Path> states = new ArrayList<>(crashes.values());
        states.add(copyingBase);
        states.add(writingLog);
        states.add(dir);
        for (Path state : states) {
            assertReopensCleanlyWith(copyOf(state, "clean"), committed);
            assertSurvivesATornCommitAfterwards(copyOf(state, "torn"), committed);
        }
    }

    @Test
    void aRebuildAfterACheckpointStartsFromTheBaseAndReplaysOnlyTheLogSinceIt() throws Exception {
        Map<String, Long> committed;
        try (WriteRig rig = new WriteRig(dir, 16, StoreMetrics.NONE, NEVER)) {
            write(rig, "A", 40);
            rig.db.checkpoint();
            write(rig, "B", 5);
            committed = versions(rig);
        }
        try (RedoLog redo = RedoLog.open(dir.resolve(Database.REDO_FILE_NAME))) {
            assertThat(redo.startSeq()).as("the log no longer holds the first batches").isPositive();
        }
        tearTheLastCommit(dir);

        assertReopensWith(dir, committed);
        assertThat(dir.resolve(Database.TORN_FILE_NAME)).exists();
        assertThat(dir.resolve(Database.BASE_FILE_NAME)).as("kept for the next rebuild").exists();
    }

    @Test
    void aCheckpointThatFailsMidwayLeavesTheStoreWorkingAndComplete() throws Exception {
        Map<String, Long> committed;
        try (WriteRig rig = new WriteRig(dir, 16, StoreMetrics.NONE, NEVER)) {
            write(rig, "A", 20);
            for (Checkpoint.Step failing : List.of(Checkpoint.Step.BASE_WRITTEN, Checkpoint.Step.LOG_WRITTEN)) {
                rig.db.observeCheckpoints(step -> {
                    if (step == failing) {
                        throw new IOException("disk full at " + step);
                    }
                });
                assertThatThrownBy(() -> rig.db.checkpoint()).hasMessageContaining("disk full");
                write(rig, failing.name(), 5);
            }
            committed = versions(rig);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        assertReopensWith(dir, committed);
        tearTheLastCommit(dir);
        assertReopensWith(dir, committed);
    }

    @Test
    void aMissingBaseStopsTheRebuildLoudlyRatherThanLoseTheBatchesBeforeTheLog() throws Exception {
        try (WriteRig rig = new WriteRig(dir, 16, StoreMetrics.NONE, NEVER)) {
            write(rig, "A", 10);
            rig.db.checkpoint();
            write(rig, "B", 2);
        }
        Files.delete(dir.resolve(Database.BASE_FILE_NAME));
        tearTheLastCommit(dir);

        assertThatThrownBy(() -> Database.open(dir, NEVER)).isInstanceOf(IOException.class)
                .hasMessageContaining(Database.BASE_FILE_NAME).hasMessageContaining("missing");
    }

    @Test
    void aMapDbFileOlderThanTheLogsStartIsRefused() throws Exception {
        Path old = images.resolve("old.mapdb");
        try (WriteRig rig = new WriteRig(dir, 16, StoreMetrics.NONE, NEVER)) {
            write(rig, "A", 10);
            Files.copy(dir.resolve(Database.FILE_NAME), old);
            write(rig, "B", 10);
            rig.db.checkpoint();
        }
        Files.copy(old, dir.resolve(Database.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> Database.open(dir, NEVER)).isInstanceOf(IOException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void aBatchAppendedAfterACheckpointAndNotInMapDbIsReplayed() throws Exception {
        // A kill after a redo record was forced into the fresh log and before MapDB committed it.
        Map<String, Long> committed;
        try (WriteRig rig = new WriteRig(dir, 16, StoreMetrics.NONE, NEVER)) {
            write(rig, "A", 10);
            rig.db.checkpoint();
            committed = versions(rig);
        }
        try (RedoLog redo = RedoLog.open(dir.resolve(Database.REDO_FILE_NAME))) {
            RedoBatch batch = new RedoBatch();
            batch.location("case-extra", Json.mapper().writeValueAsBytes(location("case-extra", "case")));
            redo.append(redo.lastSeq() + 1, batch.toBytes());
        }

        try (WriteRig rig = new WriteRig(dir, 16, StoreMetrics.NONE, NEVER)) {
            assertThat(rig.db.locations()).containsKey("case-extra");
            assertThat(versions(rig)).isEqualTo(committed);
        }
    }

    private void assertReopensCleanlyWith(Path state, Map<String, Long> committed) throws Exception {
        assertReopensWith(state, committed);
        try (var files = Files.list(state)) {
            assertThat(files.map(p -> p.getFileName().toString())).as(state.toString())
                    .noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /** Commits more after the crash, then tears that commit inside MapDB: the next open must rebuild. */
    private void assertSurvivesATornCommitAfterwards(Path state, Map<String, Long> committed) throws Exception {
        Map<String, Long> later;
        try (WriteRig rig = new WriteRig(state, 16, StoreMetrics.NONE, NEVER)) {
            write(rig, "LATER", 3);
            later = versions(rig);
        }
        assertThat(later).containsAllEntriesOf(committed).hasSize(committed.size() + 3);
        tearTheLastCommit(state);
        assertReopensWith(state, later);
        assertThat(state.resolve(Database.TORN_FILE_NAME)).as(state.toString()).exists();
    }

    private static void assertReopensWith(Path state, Map<String, Long> committed) throws Exception {
        try (WriteRig rig = new WriteRig(state, 16, StoreMetrics.NONE, NEVER)) {
            assertThat(versions(rig)).as(state.toString()).isEqualTo(committed);
            assertThat(rig.journal.verify().ok()).as(state.toString()).isTrue();
            for (String serial : committed.keySet()) {
                assertThat(rig.journal.bySubject(serial)).hasSize(committed.get(serial).intValue());
            }
        }
    }

    /**
     * What a kill inside MapDB's last commit leaves: that batch in the log without its applied mark,
     * MapDB's WAL beside a main file that is torn.
     */
    private static void tearTheLastCommit(Path state) throws IOException {
        CrashStates.interruptLastCommit(state);
        Path file = state.resolve(Database.FILE_NAME);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[4096]), channel.size() / 2);
        }
    }

    private static void write(WriteRig rig, String prefix, int pieces) throws Exception {
        if (!rig.db.locations().containsKey("case-1")) {
            rig.writer.submit("system", w -> rig.inventory.createLocation(w, location("case-1", "case"))).get();
        }
        List<CompletableFuture<?>> results = new ArrayList<>();
        for (int i = 0; i < pieces; i++) {
            String serial = prefix + "-" + i;
            results.add(rig.writer.submit("system", w -> rig.inventory.create(w, ring(serial, null, "case-1"))));
        }
        for (int i = 0; i < pieces; i += 2) {
            ObjectNode patch = Json.mapper().createObjectNode().put("location", "case-1");
            patch.putObject("retailPrice").put("amount", (1000 + i) + ".00").put("currency", "USD");
            String serial = prefix + "-" + i;
            results.add(rig.writer.submit("system", w -> rig.inventory.update(w, serial, patch)));
        }
        for (CompletableFuture<?> result : results) {
            result.get(30, TimeUnit.SECONDS);
        }
    }

    private static Map<String, Long> versions(WriteRig rig) {
        Map<String, Long> versions = new TreeMap<>();
        for (String serial : rig.db.pieces().keySet()) {
            versions.put(serial, rig.index.bySerial(serial).orElseThrow().version());
        }
        return versions;
    }

    private final AtomicLong copies = new AtomicLong();

    /** The directory's files as they are now, as a kill -9 would leave them. */
    private Path capture(String name) throws IOException {
        return copyOf(dir, name);
    }

    private Path copyOf(Path from, String name) throws IOException {
        Path to = images.resolve(name + "-" + copies.incrementAndGet());
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static void cutToHalf(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
    }
}
