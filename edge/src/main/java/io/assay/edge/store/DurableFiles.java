package io.assay.edge.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** The few file operations whose order on disk the store's crash safety depends on. */
final class DurableFiles {

    private DurableFiles() {
    }

    /** Copies {@code from} to {@code to} (replacing it) and forces the copy, so it survives a power loss. */
    static long copyAndForce(Path from, Path to) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     StandardOpenOption.TRUNCATE_EXISTING)) {
            long size = in.size();
            long copied = 0;
            while (copied < size) {
                copied += in.transferTo(copied, size - copied, out);
            }
            out.force(true);
            return size;
        }
    }

    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Renames a complete, forced {@code source} over {@code target} in one step, then forces the
     * directory: the next step of a checkpoint may rely on this rename having reached the disk.
     */
    static void replace(Path source, Path target) throws IOException {
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        forceDirectory(target.toAbsolutePath().getParent());
    }

    static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // Some file systems cannot fsync a directory; the file's own force still holds its data.
        }
    }
}
