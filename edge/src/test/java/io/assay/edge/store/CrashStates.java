package io.assay.edge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The files a kill at a given moment leaves in a data directory, made by hand for tests and benchmarks. */
public final class CrashStates {

    private CrashStates() {
    }

    /**
     * A kill after the last batch reached the redo log and before MapDB committed it: the batch without its
     * applied mark.
     */
    public static void cutLastAppliedMark(Path dataDir) throws IOException {
        Path redo = dataDir.resolve(Database.REDO_FILE_NAME);
        try (FileChannel channel = FileChannel.open(redo, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer header = ByteBuffer.allocate(RedoLog.HEADER_BYTES);
            channel.read(header, channel.size() - RedoLog.HEADER_BYTES);
            assertThat(header.getInt(0)).as("the log ends with an applied mark").isZero();
            channel.truncate(channel.size() - RedoLog.HEADER_BYTES);
        }
    }

    /**
     * A kill inside MapDB's last commit: that batch without its applied mark, and MapDB's WAL beside the main
     * file (which the caller may tear too).
     */
    public static void interruptLastCommit(Path dataDir) throws IOException {
        cutLastAppliedMark(dataDir);
        Files.write(dataDir.resolve(Database.FILE_NAME + ".wal.0"), new byte[64]);
    }
}
