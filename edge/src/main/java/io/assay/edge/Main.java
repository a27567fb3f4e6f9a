package io.assay.edge;

import io.assay.edge.config.AssayConfig;
import io.assay.edge.config.ConfigException;
import io.assay.edge.config.ConfigLoader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * {@code java -jar assay-edge.jar [--config FILE] [--demo]}: loads the configuration, starts the
 * appliance, and stops it cleanly on SIGTERM.
 */
public final class Main {

    /** Read when no {@code --config} is given and the file exists. */
    static final Path DEFAULT_CONFIG = Path.of("/etc/assay/edge.yaml");

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("verify")) {
            if (args.length != 2) {
                fail(2, "usage: java -jar assay-edge.jar verify DATA_DIR");
            }
            System.exit(JournalVerifyCommand.run(Path.of(args[1]), System.out));
        }
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        Path configFile = null;
        boolean demo = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--demo" -> demo = true;
                case "--config" -> {
                    if (i + 1 >= args.length) {
                        fail(2, "--config needs a file");
                    }
                    configFile = Path.of(args[++i]);
                    if (!Files.isReadable(configFile)) {
                        fail(2, "configuration file " + configFile + " does not exist or cannot be read");
                    }
                }
                case "--help", "-h" -> {
                    System.out.println("usage: java -jar assay-edge.jar [--config FILE] [--demo]\n"
                            + "       java -jar assay-edge.jar verify DATA_DIR   (checks a stopped appliance's journal)");
                    return;
                }
                default -> fail(2, "unknown argument '" + args[i] + "'; usage: java -jar assay-edge.jar [--config FILE] [--demo]");
            }
        }
        if (configFile == null && Files.isReadable(DEFAULT_CONFIG)) {
            configFile = DEFAULT_CONFIG;
        }
        try {
            ConfigLoader loader = new ConfigLoader(System.getenv());
            AssayConfig config = loader.load(configFile, demo);
            if (demo && !loader.dataDirChosen(configFile)) {
                config = config.withDataDir(Files.createTempDirectory("assay-demo-"));
            }
            if (demo) {
                System.out.println("Assay demo: data directory " + config.dataDir().toAbsolutePath());
            }
            AssayApp app = AssayApp.start(config);
            Runtime.getRuntime().addShutdownHook(new Thread(app::close, "assay-shutdown"));
            printUrls(config, app.httpPort());
        } catch (ConfigException e) {
            fail(2, "configuration refused:\n  " + String.join("\n  ", e.problems()));
        } catch (StartupException e) {
            fail(1, "cannot start: " + e.getMessage());
        } catch (IOException e) {
            fail(1, "cannot start: " + e.getMessage());
        }
    }

    private static void printUrls(AssayConfig config, int port) {
        String host = config.http().host();
        if (!host.equals("0.0.0.0") && !host.equals("::")) {
            System.out.println("Assay register: http://" + host + ":" + port + "/");
            return;
        }
        System.out.println("Assay register: http://localhost:" + port + "/");
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address.isSiteLocalAddress()) {
                        System.out.println("Assay register on the store LAN: http://" + address.getHostAddress() + ":" + port + "/");
                    }
                }
            }
        } catch (SocketException e) {
            // The localhost URL above is enough.
        }
    }

    private static void fail(int code, String message) {
        System.err.println("assay-edge: " + message);
        System.exit(code);
    }
}
