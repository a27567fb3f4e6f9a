package io.assay.edge.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code io.assay.edge.Main} in a child JVM on the test classpath, as systemd would run the jar: its
 * own arguments and environment (none of the test JVM's {@code ASSAY_} variables), its output collected
 * line by line. {@link #terminate()} sends SIGTERM.
 */
public final class AppProcess implements AutoCloseable {

    private static final Pattern ENROLMENT = Pattern.compile("one-time code (\\S+)");

    private static final Pattern REGISTER_URL = Pattern.compile("Assay register: http://[^:]+:(\\d+)/");

    private final Process process;
    private final List<String> stdout = new CopyOnWriteArrayList<>();
    private final List<String> stderr = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final Thread outReader;
    private final Thread errReader;

    private AppProcess(Process process) {
        this.process = process;
        this.outReader = collect(process.getInputStream(), stdout, "app-stdout", line -> {
            Matcher m = REGISTER_URL.matcher(line);
            if (m.find()) {
                port.complete(Integer.parseInt(m.group(1)));
            }
        });
        this.errReader = collect(process.getErrorStream(), stderr, "app-stderr", line -> { });
        // A process that ends before it is ready never prints the URL.
        process.onExit().thenRun(() -> {
            try {
                outReader.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            port.completeExceptionally(new IllegalStateException("the app exited with " + process.exitValue()
                    + ":\n" + stderr() + "\n" + stdout()));
        });
    }

    /** Starts Main with {@code args}; {@code env} is added to an environment without ASSAY_ variables. */
    public static AppProcess start(Path workDir, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "io.assay.edge.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("ASSAY_"));
        builder.environment().putAll(env);
        return new AppProcess(builder.start());
    }

    /** Waits for the register URL Main prints once the app is ready, and returns its port. */
    public int awaitPort(Duration timeout) throws Exception {
        try {
            return port.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the app did not get ready in " + timeout + ":\n" + stdout() + "\n" + stderr(), e);
        }
    }

    /** Sends SIGTERM, as systemd does on stop. */
    public void terminate() {
        // Through the handle: Process.destroy() also closes our end of the pipes, losing what the app
        // prints while it stops.
        process.toHandle().destroy();
    }

    /** Waits for the process to end and its output to be read; returns the exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the app did not exit in " + timeout + ": " + stdout + stderr);
        }
        outReader.join(5_000);
        errReader.join(5_000);
        return process.exitValue();
    }

    /** The one-time enrolment code the log shows while the store has no owner. */
    public Optional<String> enrolmentCode() {
        Matcher m = ENROLMENT.matcher(stdout() + "\n" + stderr());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public String stdout() {
        return String.join("\n", stdout);
    }

    public String stderr() {
        return String.join("\n", stderr);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Thread collect(InputStream in, List<String> lines, String name, Consumer<String> onLine) {
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                    onLine.accept(line);
                }
            } catch (IOException closed) {
                // The process ended.
            }
        }, name);
        reader.setDaemon(true);
        reader.start();
        return reader;
    }
}
