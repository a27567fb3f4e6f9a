package io.assay.edge.support;

import io.assay.edge.AssayApp;
import io.assay.edge.StartupException;
import io.assay.edge.config.AssayConfig;
import io.assay.edge.staff.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;
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
    private final UnaryOperator<AssayConfig> configure;
    private Path dataDir;
    private AssayApp app;
    private ApiClient client;
    private final Map<Role, ApiClient> byRole = new EnumMap<>(Role.class);

    /** An app with an empty store. */
    public RunningApp() {
        this(false);
    }

    /** With {@code demo}, the demo boutique and its staff are seeded, as {@code --demo} does. */
    public RunningApp(boolean demo) {
        this(demo, UnaryOperator.identity());
    }

    /** An app with an empty store, on the test configuration as {@code configure} changes it. */
    public RunningApp(UnaryOperator<AssayConfig> configure) {
        this(false, configure);
    }

    private RunningApp(boolean demo, UnaryOperator<AssayConfig> configure) {
        this.demo = demo;
        this.configure = configure;
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
        app = AssayApp.start(configure.apply(AssayConfig.forTest(dataDir, demo)));
    }

    /** Closes the app as SIGTERM would; the data directory stays. */
    public void stop() {
        if (app != null) {
            app.close();
            app = null;
            client = null;
            byRole.clear();
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

    /** A client signed in as the owner (enrolled on first use when the store has none). */
    public ApiClient client() {
        running();
        if (client == null) {
            client = TestStaff.owner(app.httpPort(), app.enrolmentCode());
        }
        return client;
    }

    /** A client signed in as the person of {@code role} (see {@link TestStaff}). */
    public ApiClient as(Role role) {
        running();
        return byRole.computeIfAbsent(role, r -> TestStaff.as(r, app.httpPort(), client()));
    }

    /** A client nobody has signed in on. */
    public ApiClient anonymous() {
        running();
        return new ApiClient(app.httpPort());
    }

    private void running() {
        if (app == null) {
            throw new IllegalStateException("the app is stopped");
        }
    }

    public Path dataDir() {
        return dataDir;
    }

}
