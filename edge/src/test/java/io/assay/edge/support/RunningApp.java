package io.assay.edge.support;

import io.assay.edge.AssayApp;
import io.assay.edge.StartupException;
import io.assay.edge.config.AssayConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole appliance for one test: a fresh data directory, {@link AssayApp} on a free loopback port,
 * and a client for it. Register it as a field:
 * <pre>{@code @RegisterExtension final RunningApp running = new RunningApp();}</pre>
 * {@link #restart()} closes the app and starts it again on the same data directory, as a reboot would.
 * The data directory is deleted after the test.
 */
public final class RunningApp implements BeforeEachCallback, AfterEachCallback {

    private final boolean demo;
    private Path dataDir;
    private AssayApp app;
    private ApiClient client;

    /** An app with an empty store. */
    public RunningApp() {
        this(false);
    }

    /** With {@code demo}, the demo boutique and its staff are seeded, as {@code --demo} does. */
    public RunningApp(boolean demo) {
        this.demo = demo;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dataDir = Files.createTempDirectory("assay-test-");
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        stop();
        TempTrees.delete(dataDir);
    }

    /** Starts the app on the data directory (after {@link #stop()}). */
    public void start() throws StartupException {
        app = AssayApp.start(AssayConfig.forTest(dataDir, demo));
        client = new ApiClient(app.httpPort());
    }

    /** Closes the app as SIGTERM would; the data directory stays. */
    public void stop() {
        if (app != null) {
            app.close();
            app = null;
            client = null;
        }
    }

    /** Closes the app and starts a new one on the same data directory (a new port). */
    public void restart() throws StartupException {
        stop();
        start();
    }

    public AssayApp app() {
        return app;
    }

    public ApiClient client() {
        if (client == null) {
            throw new IllegalStateException("the app is stopped");
        }
        return client;
    }

    public Path dataDir() {
        return dataDir;
    }

}
