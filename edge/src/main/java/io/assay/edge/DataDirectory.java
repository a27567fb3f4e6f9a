package io.assay.edge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks, before anything is opened, that the data directory exists or can be made, and is writable. */
final class DataDirectory {

    private DataDirectory() {
    }

    static void prepare(Path dir) throws StartupException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StartupException("data directory " + dir + " cannot be created: " + e.getMessage()
                    + " (set dataDir or ASSAY_DATA_DIR to a directory the service user owns)", e);
        }
        if (!Files.isDirectory(dir)) {
            throw new StartupException("data directory " + dir + " is not a directory", null);
        }
        try {
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new StartupException("data directory " + dir + " is not writable by this user ("
                    + System.getProperty("user.name") + "): " + e.getMessage(), e);
        }
    }
}
