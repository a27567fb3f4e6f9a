package io.assay.edge;

import io.assay.edge.journal.ChainVerification;
import io.assay.edge.journal.ChainVerifier;
import io.assay.edge.store.Database;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;

/**
 * {@code java -jar assay-edge.jar verify DATA_DIR}: recomputes the journal's hash chain in a stopped
 * appliance's data directory, for an auditor who does not trust the running appliance to check itself.
 * Opens the MapDB file read-only and changes nothing. It checks the journal as that file holds it: batches
 * that only the redo log holds (after a crash) are not in it until the appliance starts again.
 */
final class JournalVerifyCommand {

    static final int OK = 0;
    static final int BROKEN = 1;
    static final int CANNOT_READ = 3;

    private JournalVerifyCommand() {
    }

    static int run(Path dataDir, PrintStream out) {
        Path file = dataDir.resolve(Database.FILE_NAME);
        if (!Files.isReadable(file)) {
            out.println("no readable " + Database.FILE_NAME + " in " + dataDir);
            return CANNOT_READ;
        }
        ChainVerification result;
        try (DB db = DBMaker.fileDB(file.toFile()).fileChannelEnable().readOnly().make()) {
            BTreeMap<Long, byte[]> journal = db.treeMap("journal", Serializer.LONG, Serializer.BYTE_ARRAY)
                    .valuesOutsideNodesEnable().open();
            result = ChainVerifier.verify(journal);
        } catch (RuntimeException e) {
            // Locked by a running appliance, or not a store at all.
            out.println("cannot read the journal in " + file + ": " + e.getMessage());
            return CANNOT_READ;
        }
        if (result.ok()) {
            out.println("journal ok: " + result.count() + " events, head " + result.head());
            return OK;
        }
        out.println("journal BROKEN at event " + result.brokenAt() + ": " + result.reason() + " (" + result.count()
                + " events before it hold, the last with hash " + result.head() + ")");
        return BROKEN;
    }
}
