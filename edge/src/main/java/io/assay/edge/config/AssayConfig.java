package io.assay.edge.config;

import io.assay.edge.devices.DeviceSpec;
import io.assay.edge.devices.RegisterDevices;
import io.assay.edge.sales.LayawayTerms;
import io.assay.edge.clients.Loyalty;
import io.assay.edge.clients.Tiers;
import io.assay.edge.sales.SaleTerms;
import io.assay.edge.staff.RolePermissions;
import io.assay.edge.staff.SignInPolicy;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The appliance's configuration, read and checked once at start ({@link ConfigLoader}). Immutable.
 *
 * @param dataDir  where the MapDB file and attachments live
 * @param demo     simulated boutique: seeds an empty data directory with sample stock
 * @param maxBatch most commands the writer groups into one commit
 * @param staff    who may do what, and how sign-in and sessions behave
 */
public record AssayConfig(Http http, StoreIdentity store, Path dataDir, boolean demo, int maxBatch, Staff staff, Sales sales,
        Devices devices, Hq hq, Clients clients) {

    /** With the default client book terms. */
    public AssayConfig(Http http, StoreIdentity store, Path dataDir, boolean demo, int maxBatch, Staff staff, Sales sales,
            Devices devices, Hq hq) {
        this(http, store, dataDir, demo, maxBatch, staff, sales, devices, hq, Clients.DEFAULTS);
    }

    /** The client book's terms: tier thresholds and the loyalty programme. */
    public record Clients(Tiers tiers, Loyalty loyalty) {
        public static final Clients DEFAULTS = new Clients(Tiers.DEFAULTS, Loyalty.DEFAULTS);
    }

    /** With the default sales terms: no tax, registers reg-1 and reg-2. */
    public AssayConfig(Http http, StoreIdentity store, Path dataDir, boolean demo, int maxBatch, Staff staff) {
        this(http, store, dataDir, demo, maxBatch, staff, Sales.DEFAULTS);
    }

    /** Without devices configured. */
    public AssayConfig(Http http, StoreIdentity store, Path dataDir, boolean demo, int maxBatch, Staff staff, Sales sales) {
        this(http, store, dataDir, demo, maxBatch, staff, sales, Devices.NONE);
    }

    /** Without a link to HQ. */
    public AssayConfig(Http http, StoreIdentity store, Path dataDir, boolean demo, int maxBatch, Staff staff, Sales sales,
            Devices devices) {
        this(http, store, dataDir, demo, maxBatch, staff, sales, devices, Hq.NONE);
    }

    /**
     * The link to headquarters over MQTT (DESIGN.md "MQTT").
     *
     * @param broker          {@code ssl://host:8883} or {@code tcp://host:1883}; null: the appliance runs alone and
     *                        keeps its backlog
     * @param caCert          PEM file of the fleet's CA, which signed the broker's certificate
     * @param clientCert      PEM file of this appliance's certificate (its common name is the store id)
     * @param clientKey       PEM file of its private key
     * @param clientId        the MQTT client id, unique per appliance
     * @param maxInflight     events published and not yet acknowledged, at most
     * @param reconnectMax    the longest wait between two tries to reach the broker
     */
    public record Hq(URI broker, Path caCert, Path clientCert, Path clientKey, String clientId, int maxInflight, Duration reconnectMax) {

        public static final Hq NONE = new Hq(null, null, null, null, null, 100, Duration.ofSeconds(30));

        public boolean configured() {
            return broker != null;
        }
    }

    /**
     * The counter's hardware (DESIGN.md "Devices").
     *
     * @param devices                the devices, by id, as the configuration lists them
     * @param registers              which devices serve which register
     * @param configured             whether the configuration file has a {@code devices} list: then the demo starts
     *                               no simulated devices
     * @param weightTolerancePercent how far a piece's measured weight may be from its catalogued weight before it
     *                               is flagged
     */
    public record Devices(List<DeviceSpec> devices, List<RegisterDevices> registers,
            boolean configured, BigDecimal weightTolerancePercent) {

        public static final Devices NONE = new Devices(List.of(), List.of(), false, BigDecimal.ONE);

        public Devices {
            devices = List.copyOf(devices);
            registers = List.copyOf(registers);
        }

        /** The devices that serve {@code register}, if any are bound to it. */
        public Optional<RegisterDevices> of(String register) {
            return registers.stream().filter(r -> r.register().equals(register)).findFirst();
        }
    }

    /**
     * @param registers  the store's registers, by id
     * @param terms      tax and rounding
     * @param returnDays how long a piece may come back with its receipt
     */
    public record Sales(List<String> registers, SaleTerms terms, int returnDays, LayawayTerms layaways) {

        public static final Sales DEFAULTS = new Sales(List.of("reg-1", "reg-2"), SaleTerms.UNTAXED, 30);

        /** With the default layaway terms. */
        public Sales(List<String> registers, SaleTerms terms, int returnDays) {
            this(registers, terms, returnDays, LayawayTerms.DEFAULTS);
        }

        public Sales {
            registers = List.copyOf(registers);
        }
    }

    /**
     * @param host           address to listen on; {@code 0.0.0.0} for the whole store LAN
     * @param openMonitoring whether {@code /health/*} and {@code /metrics} answer without a session, for the
     *                       LAN's monitoring; otherwise they need the {@code monitoring-read} permission
     * @param tls            the listener's certificate and key, or null for plain HTTP
     */
    public record Http(String host, int port, boolean openMonitoring, Tls tls) {

        /** Plain HTTP with monitoring open, the defaults. */
        public static Http plain(String host, int port) {
            return new Http(host, port, true, null);
        }

        public Http withTls(Tls newTls) {
            return new Http(host, port, openMonitoring, newTls);
        }
    }

    /**
     * TLS on the LAN listener.
     *
     * @param certificate PEM file with the certificate, then any intermediate certificates
     * @param key         PEM file with its private key (PKCS#8, or PKCS#1 for RSA)
     */
    public record Tls(Path certificate, Path key) {
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
        return new AssayConfig(Http.plain("127.0.0.1", 0),
                new StoreIdentity("demo", "demo-store", "Maison Assay", Currency.getInstance("USD"), ZoneId.of("UTC")),
                dataDir, demo, 256, Staff.DEFAULTS);
    }

    public AssayConfig withHttp(Http next) {
        return new AssayConfig(next, store, dataDir, demo, maxBatch, staff, sales, devices, hq, clients);
    }

    public AssayConfig withDataDir(Path dir) {
        return new AssayConfig(http, store, dir, demo, maxBatch, staff, sales, devices, hq, clients);
    }

    public AssayConfig withSales(Sales next) {
        return new AssayConfig(http, store, dataDir, demo, maxBatch, staff, next, devices, hq, clients);
    }

    public AssayConfig withDevices(Devices next) {
        return new AssayConfig(http, store, dataDir, demo, maxBatch, staff, sales, next, hq, clients);
    }

    public AssayConfig withHq(Hq next) {
        return new AssayConfig(http, store, dataDir, demo, maxBatch, staff, sales, devices, next, clients);
    }

    public AssayConfig withClients(Clients next) {
        return new AssayConfig(http, store, dataDir, demo, maxBatch, staff, sales, devices, hq, next);
    }

    public AssayConfig withStore(StoreIdentity next) {
        return new AssayConfig(http, next, dataDir, demo, maxBatch, staff, sales, devices, hq, clients);
    }
}
