package io.assay.edge;

import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;
import static org.assertj.core.api.Assertions.assertThat;

import io.assay.edge.journal.ChainVerification;
import io.assay.edge.store.Database;
import io.assay.edge.store.WriteRig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line verify on a stopped appliance's data directory: one changed byte of one stored event,
 * inside the MapDB file, and verify names that event (so does the appliance's own verify after a restart).
 *
 * <p>The journal: 1 case-1 created, 2-4 R-1..R-3 created, 5 vitrine-q7 created, 6 R-4 created.
 */
class JournalVerifyCommandTest {

    private static final byte[] TAMPERED_EVENT = "\"subject\":\"vitrine-q7\"".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @BeforeEach
    void sixEvents() throws Exception {
        try (WriteRig rig = new WriteRig(dir, 8)) {
            rig.writer.submit("system", w -> rig.inventory.createLocation(w, location("case-1", "case"))).get();
            for (int i = 1; i <= 3; i++) {
                String serial = "R-" + i;
                rig.writer.submit("system", w -> rig.inventory.create(w, ring(serial, null, "case-1"))).get();
            }
            rig.writer.submit("system", w -> rig.inventory.createLocation(w, location("vitrine-q7", "window"))).get();
            rig.writer.submit("system", w -> rig.inventory.create(w, ring("R-4", null, "case-1"))).get();
        }
    }

    @Test
    void anUntouchedJournalVerifies() {
        StringBuilder out = new StringBuilder();
        assertThat(verify(out)).isEqualTo(JournalVerifyCommand.OK);
        assertThat(out).contains("journal ok: 6 events");
    }

    @Test
    void oneChangedByteInOneStoredEventIsNamed() throws Exception {
        // 'q' to 'r' in the subject: still JSON, no longer the content its hash was computed over.
        changeByteOfEvent5(TAMPERED_EVENT.length - 3, (byte) 'r');

        StringBuilder out = new StringBuilder();
        assertThat(verify(out)).isEqualTo(JournalVerifyCommand.BROKEN);
        assertThat(out).contains("BROKEN at event 5: hash does not match the event's content").contains("4 events before it hold");
        try (WriteRig rig = new WriteRig(dir, 8)) {
            ChainVerification inApp = rig.journal.verify();
            assertThat(inApp.ok()).isFalse();
            assertThat(inApp.brokenAt()).isEqualTo(5);
        }
    }

    @Test
    void aByteThatBreaksTheEventsJsonIsNamedToo() throws Exception {
        changeByteOfEvent5(0, (byte) '#');

        StringBuilder out = new StringBuilder();
        assertThat(verify(out)).isEqualTo(JournalVerifyCommand.BROKEN);
        assertThat(out).contains("BROKEN at event 5: the stored event is not readable JSON");
    }

    @Test
    void aDirectoryWithoutAStoreIsSaidSo() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(JournalVerifyCommand.run(dir.resolve("nothing-here"), new PrintStream(bytes, true, StandardCharsets.UTF_8)))
                .isEqualTo(JournalVerifyCommand.CANNOT_READ);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("no readable assay.mapdb");
    }

    private int verify(StringBuilder out) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = JournalVerifyCommand.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        out.append(bytes.toString(StandardCharsets.UTF_8));
        return code;
    }

    /** Overwrites the byte at {@code offset} of event 5's subject field, where the MapDB file stores it. */
    private void changeByteOfEvent5(int offset, byte value) throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        byte[] content = Files.readAllBytes(file);
        int at = indexOf(content, TAMPERED_EVENT);
        assertThat(at).as("event 5 stored in the MapDB file").isNotNegative();
        assertThat(indexOf(content, TAMPERED_EVENT, at + 1)).as("stored once").isNegative();
        content[at + offset] = value;
        Files.write(file, content);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        return indexOf(haystack, needle, 0);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
