package io.assay.edge.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * A directory nobody can write into, for the duration of a test, even when the tests run as root (where
 * permission bits are ignored): it is made immutable with {@code chattr +i}, which binds root too. The test
 * is skipped, saying why, when neither works on this file system.
 */
public final class ReadOnlyDirectory implements AutoCloseable {

    private final Path dir;
    private boolean immutable;

    private ReadOnlyDirectory(Path dir) {
        this.dir = dir;
    }

    /** Creates {@code dir} and takes away every way of writing into it. */
    public static ReadOnlyDirectory create(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        ReadOnlyDirectory readOnly = new ReadOnlyDirectory(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (canWrite(dir)) {
            readOnly.immutable = run("chattr", "+i", dir.toString());
        }
        assumeTrue(!canWrite(dir), "cannot make " + dir + " read-only here (root without chattr +i support)");
        return readOnly;
    }

    public Path path() {
        return dir;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (immutable) {
            run("chattr", "-i", dir.toString());
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Whether a file can really be created in {@code dir} (Files.isWritable says yes to root). */
    private static boolean canWrite(Path dir) {
        try {
            Files.delete(Files.createTempFile(dir, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException notInstalled) {
            return false;
        }
    }
}
