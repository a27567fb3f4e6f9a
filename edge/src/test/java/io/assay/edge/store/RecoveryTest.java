package io.assay.edge.store;

import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.inventory.Piece;
import io.assay.edge.json.Json;
import io.assay.edge.staff.Role;
import io.assay.edge.staff.SignInPolicy;
import io.assay.edge.staff.StaffService;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The states a crash can leave on disk, made by hand: a torn MapDB file (with or without its WAL files),
 * a redo log cut inside its last record, a redo log ahead of MapDB. Each must reopen with every committed
 * batch and nothing else.
 */
class RecoveryTest {

    private static final StaffService STAFF = new StaffService(SignInPolicy.DEFAULT);

    @TempDir
    Path dir;
    Map<String, Long> committed;

    @BeforeEach
    void commitSomePieces() throws Exception {
        try (WriteRig rig = new WriteRig(dir, 16)) {
            rig.writer.submit("system", w -> rig.inventory.createLocation(w, location("case-1", "case"))).get();
            rig.writer.submit("system", w -> rig.inventory.createLocation(w, location("case-2", "case"))).get();
            for (int i = 0; i < 40; i++) {
                String serial = "R-" + i;
                String epc = String.format("3034257BF7194E40%08X", i);
                rig.writer.submit("system", w -> rig.inventory.create(w, ring(serial, epc, "case-1"))).get();
            }
            for (int i = 0; i < 40; i += 3) {
                ObjectNode patch = Json.mapper().createObjectNode().put("location", "case-2");
                String serial = "R-" + i;
                rig.writer.submit("system", w -> rig.inventory.update(w, serial, patch)).get();
            }
            rig.writer.submit("system", w -> STAFF.create(w, "anna", "Anna", Role.OWNER, "$argon2id$v=19$m=64,t=1,p=1$c2FsdA$aGFzaA", null)).get();
            rig.writer.submit("anna", w -> STAFF.recordSignIn(w, "anna", false, "pin")).get();
            committed = versions(rig);
        }
    }

    @Test
    void aCleanReopenKeepsEverythingWithoutARebuild() throws Exception {
        try (WriteRig rig = new WriteRig(dir, 16)) {
            assertThat(versions(rig)).isEqualTo(committed);
            assertThat(rig.journal.verify().ok()).isTrue();
        }
        assertThat(dir.resolve(Database.TORN_FILE_NAME)).doesNotExist();
    }

    @Test
    void aCleanCloseLeavesAStockImageThatTheNextStartReadsInsteadOfMapDb() throws Exception {
        assertThat(dir.resolve(StockImage.FILE_NAME)).exists();
        try (Database db = Database.open(dir)) {
            List<byte[]> image = db.pieceImage().orElseThrow();
            assertThat(image).hasSize(40);
            List<byte[]> stored = List.copyOf(db.pieces().values());
            for (int i = 0; i < stored.size(); i++) {
                assertThat(image.get(i)).isEqualTo(stored.get(i));
            }
        }
    }

    @Test
    void theStockImageIsUnusedOnceTheStoreHasMovedOn() throws Exception {
        try (WriteRig rig = new WriteRig(dir, 16)) {
            assertThat(rig.db.pieceImage()).isPresent();
            ObjectNode patch = Json.mapper().createObjectNode().put("location", "case-1");
            rig.writer.submit("system", w -> rig.inventory.update(w, "R-3", patch)).get();
            // What a start after a kill -9 here would find: an image of the store one batch ago.
            assertThat(rig.db.pieceImage()).isEmpty();
        }
        // The clean close made a new one, with the change.
        try (WriteRig rig = new WriteRig(dir, 16)) {
            assertThat(rig.db.pieceImage()).isPresent();
            assertThat(rig.index.bySerial("R-3").orElseThrow().location()).isEqualTo("case-1");
        }
    }

    @Test
    void aMapDbFileThatWillNotOpenIsRebuiltFromTheRedoLog() throws Exception {
        Files.write(dir.resolve(Database.FILE_NAME), new byte[8192]);

        assertReopensWithEverythingCommitted();
        assertThat(dir.resolve(Database.TORN_FILE_NAME)).exists();
    }

    @Test
    void aCommitInterruptedInsideMapDbIsRebuiltFromTheRedoLog() throws Exception {
        // What a kill in the middle of MapDB's commit leaves: the batch in the redo log without its applied
        // mark, MapDB's WAL beside a main file that may be torn.
        CrashStates.interruptLastCommit(dir);
        scribbleOverTheMiddleOf(dir.resolve(Database.FILE_NAME));

        assertReopensWithEverythingCommitted();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".wal."));
        }
    }

    @Test
    void walFilesOfATransactionThatNeverReachedCommitAreDiscardedWithoutARebuild() throws Exception {
        Files.write(dir.resolve(Database.FILE_NAME + ".wal.0"), new byte[64]);

        assertReopensWithEverythingCommitted();
        assertThat(dir.resolve(Database.TORN_FILE_NAME)).doesNotExist();
        assertThat(dir.resolve(Database.FILE_NAME + ".wal.0")).doesNotExist();
    }

    @Test
    void aRedoRecordCutByAKillIsDroppedAndTheRestKept() throws Exception {
        Path redo = dir.resolve(Database.REDO_FILE_NAME);
        long size = Files.size(redo);
        try (FileChannel channel = FileChannel.open(redo, StandardOpenOption.WRITE)) {
            // A header promising 4 KiB that never arrived.
            channel.write(ByteBuffer.allocate(RedoLog.HEADER_BYTES + 100).putInt(0, 4096).putLong(8, 9999), size);
        }

        assertReopensWithEverythingCommitted();
        assertThat(Files.size(redo)).isEqualTo(size);
    }

    @Test
    void aBatchInTheRedoLogButNotInMapDbIsReplayed() throws Exception {
        // A kill after the redo record was forced and before MapDB committed.
        Piece extra;
        try (WriteRig rig = new WriteRig(dir, 16)) {
            extra = rig.index.bySerial("R-1").orElseThrow();
        }
        try (RedoLog redo = RedoLog.open(dir.resolve(Database.REDO_FILE_NAME))) {
            RedoBatch batch = new RedoBatch();
            ObjectNode json = Json.mapper().valueToTree(extra);
            json.put("serial", "R-EXTRA").remove("epc");
            batch.piece("R-EXTRA", Json.mapper().writeValueAsBytes(json));
            redo.append(redo.lastSeq() + 1, batch.toBytes());
        }

        try (WriteRig rig = new WriteRig(dir, 16)) {
            assertThat(rig.index.bySerial("R-EXTRA")).isPresent();
            assertThat(rig.index.size()).isEqualTo(committed.size() + 1);
        }
        // Replayed once, recorded as applied: a second open does not replay it again.
        try (WriteRig rig = new WriteRig(dir, 16)) {
            assertThat(rig.index.size()).isEqualTo(committed.size() + 1);
        }
    }

    @Test
    void aCorruptRecordInsideTheRedoLogStopsTheRebuildLoudly() throws Exception {
        Path redo = dir.resolve(Database.REDO_FILE_NAME);
        try (FileChannel channel = FileChannel.open(redo, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {0x55, 0x55, 0x55}), RedoLog.HEADER_BYTES + 2);
        }
        CrashStates.interruptLastCommit(dir);

        assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(IOException.class).hasMessageContaining("corrupt");
    }

    @Test
    void aRebuiltStoreTakesNewWritesAndSurvivesAnotherReopen() throws Exception {
        Files.write(dir.resolve(Database.FILE_NAME), new byte[8192]);
        try (WriteRig rig = new WriteRig(dir, 16)) {
            rig.writer.submit("system", w -> rig.inventory.create(w, ring("R-NEW", null, "case-1"))).get();
        }
        try (WriteRig rig = new WriteRig(dir, 16)) {
            assertThat(rig.index.bySerial("R-NEW")).isPresent();
            assertThat(rig.journal.verify().ok()).isTrue();
        }
    }

    private void assertReopensWithEverythingCommitted() throws Exception {
        try (WriteRig rig = new WriteRig(dir, 16)) {
            assertThat(versions(rig)).isEqualTo(committed);
            assertThat(rig.journal.verify().ok()).isTrue();
            assertThat(rig.journal.lastSeq()).isEqualTo(2 + 40 + 14 + 2);
            for (String serial : List.of("R-0", "R-3", "R-39")) {
                assertThat(rig.journal.bySubject(serial)).hasSize(committed.get(serial).intValue());
            }
            assertThat(rig.db.epcs()).hasSize(40);
            assertThat(MapDbStaffStore.allMembers(rig.db)).singleElement()
                    .satisfies(anna -> assertThat(anna.failedAttempts()).isEqualTo(1));
        }
    }

    private static Map<String, Long> versions(WriteRig rig) {
        Map<String, Long> versions = new TreeMap<>();
        for (String serial : rig.db.pieces().keySet()) {
            versions.put(serial, rig.index.bySerial(serial).orElseThrow().version());
        }
        return versions;
    }

    private static void scribbleOverTheMiddleOf(Path file) throws IOException {
        long size = Files.size(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[4096]), size / 2);
        }
    }
}
