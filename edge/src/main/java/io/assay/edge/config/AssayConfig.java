package io.assay.edge.config;

import io.assay.edge.staff.RolePermissions;
import io.assay.edge.staff.SignInPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;

/**
 * The appliance's configuration, read and checked once at start ({@link ConfigLoader}). Immutable.
 *
 * @param dataDir  where the MapDB file and attachments live
 * @param demo     simulated boutique: seeds an empty data directory with sample stock
 * @param maxBatch most commands the writer groups into one commit
 * @param staff    who may do what, and how sign-in and sessions behave
 */
public record AssayConfig(Http http, StoreIdentity store, Path dataDir, boolean demo, int maxBatch, Staff staff) {

    /** @param host address to listen on; {@code 0.0.0.0} for the whole store LAN */
    public record Http(String host, int port) {
    }

    /** Who this appliance is in the fleet, and the store's money and clock. */
    public record StoreIdentity(String tenant, String id, String name, Currency currency, ZoneId timeZone) {
    }

    /**
     * @param permissions what each role may do
     * @param signIn      wrong secrets in a row before a lock, and for how long
     * @param sessionIdle how long a session lasts without a request
     */
    public record Staff(RolePermissions permissions, SignInPolicy signIn, Duration sessionIdle) {

        public static final Staff DEFAULTS = new Staff(RolePermissions.defaults(), SignInPolicy.DEFAULT, Duration.ofMinutes(15));
    }

    /** A configuration for tests: loopback, a free port, the given data directory. */
    public static AssayConfig forTest(Path dataDir, boolean demo) {
        return new AssayConfig(new Http("127.0.0.1", 0),
                new StoreIdentity("demo", "demo-store", "Maison Assay", Currency.getInstance("USD"), ZoneId.of("UTC")),
                dataDir, demo, 256, Staff.DEFAULTS);
    }

    public AssayConfig withDataDir(Path dir) {
        return new AssayConfig(http, store, dir, demo, maxBatch, staff);
    }
}
