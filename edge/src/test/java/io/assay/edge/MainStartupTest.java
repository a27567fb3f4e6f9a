package io.assay.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.assay.edge.config.AssayConfig;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.AppProcess;
import io.assay.edge.support.TestStaff;
import io.assay.edge.support.ReadOnlyDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting the appliance as {@code java ... Main [--config FILE]} in a child JVM: a good configuration
 * (file plus environment) serves on the port it names; a bad one, or a data directory it cannot use,
 * stops the start with an exit code and a message an installer can act on.
 */
@Timeout(120)
class MainStartupTest {

    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void theFileAndTheEnvironmentConfigureTheAppliance() throws Exception {
        Path config = Files.writeString(dir.resolve("edge.yaml"), """
                http:
                  host: 127.0.0.1
                  port: 1
                dataDir: /nonexistent/overridden
                store:
                  id: geneva-1
                """);
        Path data = dir.resolve("data");
        try (AppProcess app = AppProcess.start(dir, Map.of("ASSAY_HTTP_PORT", "0", "ASSAY_DATA_DIR", data.toString()),
                "--config", config.toString())) {
            int port = app.awaitPort(START);

            ApiClient api = TestStaff.owner(port, app.enrolmentCode());
            assertThat(api.get("/health/ready").status()).isEqualTo(200);
            assertThat(api.get("/metrics").body()).contains("store=\"geneva-1\"");
            assertThat(Files.exists(data.resolve("assay.mapdb"))).isTrue();
            app.terminate();
            int exit = app.awaitExit(START);
            assertThat(app.stdout()).as("exit " + exit + ", stderr " + app.stderr()).contains("stopped; store closed cleanly");
        }
    }

    @Test
    void anUnknownKeyStopsTheStartNamingKeyValueAndFile() throws Exception {
        Path config = Files.writeString(dir.resolve("edge.yaml"), "http:\n  prot: 9090\n");

        try (AppProcess app = AppProcess.start(dir, Map.of("ASSAY_DATA_DIR", dir.resolve("data").toString()),
                "--config", config.toString())) {
            assertThat(app.awaitExit(START)).isEqualTo(2);
            assertThat(app.stderr()).contains("configuration refused", "unknown key 'http.prot'", "'9090'", config.toString());
            assertThat(app.stdout()).doesNotContain("Assay register");
        }
    }

    @Test
    void anInvalidValueStopsTheStartNamingKeyValueAndSource() throws Exception {
        Path config = Files.writeString(dir.resolve("edge.yaml"), "store:\n  currency: DOLLARS\n");

        try (AppProcess app = AppProcess.start(dir, Map.of("ASSAY_HTTP_PORT", "eighty"), "--config", config.toString())) {
            assertThat(app.awaitExit(START)).isEqualTo(2);
            assertThat(app.stderr()).contains(
                    "invalid value 'DOLLARS' for key 'store.currency' from configuration file " + config,
                    "invalid value 'eighty' for key 'http.port' from environment variable ASSAY_HTTP_PORT");
        }
    }

    @Test
    void aConfigurationFileThatDoesNotExistStopsTheStart() throws Exception {
        try (AppProcess app = AppProcess.start(dir, Map.of(), "--config", dir.resolve("missing.yaml").toString())) {
            assertThat(app.awaitExit(START)).isEqualTo(2);
            assertThat(app.stderr()).contains("configuration file " + dir.resolve("missing.yaml") + " does not exist");
        }
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedStopsTheStart() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        Path data = file.resolve("data");

        try (AppProcess app = AppProcess.start(dir, Map.of("ASSAY_DATA_DIR", data.toString(), "ASSAY_HTTP_PORT", "0"))) {
            assertThat(app.awaitExit(START)).isEqualTo(1);
            assertThat(app.stderr()).contains("cannot start: data directory " + data + " cannot be created",
                    "set dataDir or ASSAY_DATA_DIR");
        }
    }

    @Test
    void aDataDirectoryThatIsNotWritableStopsTheStart() throws Exception {
        try (ReadOnlyDirectory data = ReadOnlyDirectory.create(dir.resolve("data"));
             AppProcess app = AppProcess.start(dir, Map.of("ASSAY_DATA_DIR", data.path().toString(), "ASSAY_HTTP_PORT", "0"))) {
            assertThat(app.awaitExit(START)).isEqualTo(1);
            assertThat(app.stderr()).contains("cannot start: data directory " + data.path() + " is not writable by this user");
        }
    }

    @Test
    void theAppRefusesAReadOnlyDataDirectoryBeforeOpeningAnything() throws Exception {
        try (ReadOnlyDirectory data = ReadOnlyDirectory.create(dir.resolve("data"))) {
            StartupException refused = catchThrowableOfType(StartupException.class,
                    () -> AssayApp.start(AssayConfig.forTest(data.path(), false)).close());

            assertThat(refused).isNotNull();
            assertThat(refused.getMessage()).startsWith("data directory " + data.path() + " is not writable");
            assertThat(Files.exists(data.path().resolve("assay.mapdb"))).isFalse();
        }
    }
}
