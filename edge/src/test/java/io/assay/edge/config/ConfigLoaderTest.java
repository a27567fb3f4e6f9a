package io.assay.edge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.assay.edge.inventory.Metal;
import io.assay.edge.clients.Loyalty;
import io.assay.edge.clients.Tiers;
import io.assay.edge.sales.LayawayTerms;
import io.assay.edge.sales.SaleTerms;
import io.assay.edge.sales.TradeIn;
import io.assay.edge.staff.Permission;
import io.assay.edge.staff.Role;
import io.assay.edge.staff.RolePermissions;
import io.assay.edge.staff.SignInPolicy;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration: YAML, every key overridable by its environment variable, and a refusal naming the
 * key, the value and where it came from for anything unknown or invalid.
 */
class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void withoutFileOrEnvironmentEveryKeyHasItsDefault() throws Exception {
        AssayConfig config = new ConfigLoader(Map.of()).load(null, false);

        assertThat(config.http()).isEqualTo(AssayConfig.Http.plain("0.0.0.0", 8080));
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/assay"));
        assertThat(config.store()).isEqualTo(new AssayConfig.StoreIdentity("demo", "demo-store", "Maison Assay",
                Currency.getInstance("USD"), ZoneId.of("UTC")));
        assertThat(config.maxBatch()).isEqualTo(256);
        assertThat(config.demo()).isFalse();
    }

    @Test
    void theYamlFileSetsEveryKey() throws Exception {
        Path file = yaml("""
                http:
                  host: 127.0.0.1
                  port: 9090
                dataDir: /srv/assay
                store:
                  tenant: maison
                  id: geneva-1
                  name: Maison Genève
                  currency: CHF
                  timeZone: Europe/Zurich
                writer:
                  maxBatch: 64
                hq:
                  broker: ssl://mqtt.hq.example:8883
                  caCert: /etc/assay/fleet-ca.pem
                  clientCert: /etc/assay/device.pem
                  clientKey: /etc/assay/device.key
                """);

        AssayConfig config = new ConfigLoader(Map.of()).load(file, true);

        assertThat(config).isEqualTo(new AssayConfig(AssayConfig.Http.plain("127.0.0.1", 9090),
                new AssayConfig.StoreIdentity("maison", "geneva-1", "Maison Genève", Currency.getInstance("CHF"),
                        ZoneId.of("Europe/Zurich")), Path.of("/srv/assay"), true, 64, AssayConfig.Staff.DEFAULTS)
                .withHq(new AssayConfig.Hq(URI.create("ssl://mqtt.hq.example:8883"), Path.of("/etc/assay/fleet-ca.pem"),
                        Path.of("/etc/assay/device.pem"), Path.of("/etc/assay/device.key"), "assay-maison-geneva-1", 100, Duration.ofSeconds(30))));
    }

    @Test
    void aCertificateWithoutItsKeyIsRefused() throws Exception {
        Path file = yaml("""
                http:
                  tls:
                    certificate: /etc/assay/lan.pem
                """);

        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file, false)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("'http.tls.certificate' and 'http.tls.key' go together");
    }

    @Test
    void everyKeyIsOverriddenByItsEnvironmentVariable() throws Exception {
        Path file = yaml("""
                http:
                  port: 9090
                dataDir: /srv/assay
                store:
                  currency: CHF
                """);
        Map<String, String> env = new HashMap<>();
        env.put("ASSAY_HTTP_HOST", "10.0.0.5");
        env.put("ASSAY_HTTP_PORT", "8443");
        env.put("ASSAY_HTTP_OPEN_MONITORING", "false");
        env.put("ASSAY_HTTP_TLS_CERTIFICATE", "/etc/assay/lan.pem");
        env.put("ASSAY_HTTP_TLS_KEY", "/etc/assay/lan.key");
        env.put("ASSAY_DATA_DIR", "/data/assay");
        env.put("ASSAY_TENANT", "maison");
        env.put("ASSAY_STORE_ID", "paris-2");
        env.put("ASSAY_STORE_NAME", "Maison Paris");
        env.put("ASSAY_STORE_CURRENCY", "EUR");
        env.put("ASSAY_STORE_TIME_ZONE", "Europe/Paris");
        env.put("ASSAY_WRITER_MAX_BATCH", "32");
        env.put("ASSAY_STAFF_LOCK_ATTEMPTS", "3");
        env.put("ASSAY_STAFF_LOCK_MINUTES", "30");
        env.put("ASSAY_STAFF_SESSION_IDLE_MINUTES", "5");
        env.put("ASSAY_STAFF_PERMISSIONS_OWNER", "inventory-read");
        env.put("ASSAY_STAFF_PERMISSIONS_MANAGER", "inventory-read, approve");
        env.put("ASSAY_STAFF_PERMISSIONS_ASSOCIATE", "inventory-read,inventory-write");
        env.put("ASSAY_STAFF_PERMISSIONS_BENCH", "");
        env.put("ASSAY_STAFF_PERMISSIONS_AUDITOR", "audit-read");
        env.put("ASSAY_SALES_REGISTERS", "caisse-1, caisse-2");
        env.put("ASSAY_SALES_TAX_INCLUSIVE", "true");
        env.put("ASSAY_SALES_TAX_RATE", "20");
        env.put("ASSAY_SALES_TAX_RATES", "service=20, loose stone=5.5");
        env.put("ASSAY_SALES_TAX_ROUNDING", "total");
        env.put("ASSAY_SALES_CASH_ROUNDING", "0.05");
        env.put("ASSAY_SALES_RETURN_DAYS", "14");
        env.put("ASSAY_SALES_DISCOUNT_APPROVAL_PERCENT", "15");
        env.put("ASSAY_SALES_LAYAWAY_DEPOSIT_PERCENT", "25");
        env.put("ASSAY_SALES_LAYAWAY_FEE_PERCENT", "5");
        env.put("ASSAY_SALES_LAYAWAY_DAYS", "120");
        env.put("ASSAY_SALES_SPOT_PRICES", "gold=2480.00, platinum=930");
        env.put("ASSAY_SALES_TRADE_IN_PAYOUT_PERCENT", "75");
        env.put("ASSAY_SALES_EXCHANGE_RATES", "CHF=0.9300, usd=1.0850");
        env.put("ASSAY_INVENTORY_WEIGHT_TOLERANCE_PERCENT", "2.5");
        env.put("ASSAY_HQ_BROKER", "tcp://10.0.0.9:1883");
        env.put("ASSAY_HQ_CA_CERT", "/etc/assay/ca.pem");
        env.put("ASSAY_HQ_CLIENT_CERT", "/etc/assay/me.pem");
        env.put("ASSAY_HQ_CLIENT_KEY", "/etc/assay/me.key");
        env.put("ASSAY_HQ_CLIENT_ID", "paris-2-a");
        env.put("ASSAY_HQ_MAX_INFLIGHT", "500");
        env.put("ASSAY_HQ_RECONNECT_MAX_SECONDS", "10");
        env.put("ASSAY_CLIENTS_VIP_SPEND", "30000");
        env.put("ASSAY_CLIENTS_LOYAL_SPEND", "6000");
        env.put("ASSAY_CLIENTS_LOYAL_VISITS", "4");
        env.put("ASSAY_CLIENTS_LAPSED_MONTHS", "24");
        env.put("ASSAY_CLIENTS_RISING_MONTHS", "3");
        env.put("ASSAY_CLIENTS_LOYALTY_EARN", "new=1,loyal=2,vip=3,lapsed=1");
        env.put("ASSAY_CLIENTS_LOYALTY_REDEEM_FROM", "new=1000,loyal=100,vip=0,lapsed=1000");
        env.put("ASSAY_CLIENTS_LOYALTY_POINT_VALUE", "0.02");
        assertThat(env.keySet()).containsExactlyInAnyOrderElementsOf(ConfigLoader.KEYS.stream().map(ConfigLoader.Key::env).toList());

        AssayConfig config = new ConfigLoader(env).load(file, false);

        assertThat(config).isEqualTo(new AssayConfig(new AssayConfig.Http("10.0.0.5", 8443, false,
                        new AssayConfig.Tls(Path.of("/etc/assay/lan.pem"), Path.of("/etc/assay/lan.key"))),
                new AssayConfig.StoreIdentity("maison", "paris-2", "Maison Paris", Currency.getInstance("EUR"),
                        ZoneId.of("Europe/Paris")), Path.of("/data/assay"), false, 32, new AssayConfig.Staff(
                        RolePermissions.defaults().with(Map.of(
                                Role.OWNER, Set.of(Permission.INVENTORY_READ),
                                Role.MANAGER, Set.of(Permission.INVENTORY_READ, Permission.APPROVE),
                                Role.ASSOCIATE, Set.of(Permission.INVENTORY_READ, Permission.INVENTORY_WRITE),
                                Role.AUDITOR, Set.of(Permission.AUDIT_READ))),
                        new SignInPolicy(3, Duration.ofMinutes(30)), Duration.ofMinutes(5)),
                new AssayConfig.Sales(List.of("caisse-1", "caisse-2"), new SaleTerms(true, new BigDecimal("20"),
                        Map.of("service", new BigDecimal("20"), "loose stone", new BigDecimal("5.5")), false, new BigDecimal("0.05"), new BigDecimal("15"),
                        new TradeIn.Terms(Map.of(Metal.GOLD, new BigDecimal("2480.00"), Metal.PLATINUM, new BigDecimal("930")),
                                new BigDecimal("75")), Map.of("CHF", new BigDecimal("0.9300"), "USD", new BigDecimal("1.0850"))), 14,
                        new LayawayTerms(new BigDecimal("25"), new BigDecimal("5"), 120)),
                new AssayConfig.Devices(List.of(), List.of(), false, new BigDecimal("2.5")),
                new AssayConfig.Hq(URI.create("tcp://10.0.0.9:1883"), Path.of("/etc/assay/ca.pem"), Path.of("/etc/assay/me.pem"),
                        Path.of("/etc/assay/me.key"), "paris-2-a", 500, Duration.ofSeconds(10)),
                new AssayConfig.Clients(new Tiers(new BigDecimal("30000"), new BigDecimal("6000"), 4, 24, 3),
                        new Loyalty(Map.of("new", BigDecimal.ONE, "loyal", new BigDecimal("2"), "vip", new BigDecimal("3"), "lapsed", BigDecimal.ONE),
                                Map.of("new", 1000L, "loyal", 100L, "vip", 0L, "lapsed", 1000L), new BigDecimal("0.02")))));
        assertThat(config.staff().permissions().of(Role.OWNER)).as("an owner keeps staff management")
                .contains(Permission.STAFF_MANAGE);
        assertThat(config.staff().permissions().of(Role.BENCH)).as("a blank environment variable keeps the default")
                .containsExactly(Permission.INVENTORY_READ, Permission.CHANGES_READ, Permission.DEVICES_READ, Permission.DEVICES_OPERATE,
                        Permission.HQ_READ);
    }

    @Test
    void aTaxRateThatIsNotAPercentageIsRefusedNamingTheKey() throws Exception {
        Path file = yaml("""
                sales:
                  taxRates: "watch=8.875, ring=eight"
                  taxRounding: sometimes
                """);

        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file, false)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("key 'sales.taxRates'").hasMessageContaining("key 'sales.taxRounding'");
    }

    @Test
    void aRolesPermissionsComeAsAListOrCommasAndAnUnknownOneIsRefusedNamingIt() throws Exception {
        Path file = yaml("""
                staff:
                  permissions:
                    bench: [inventory-read, inventory-write]
                    associate: inventory-read, sell-diamonds
                """);

        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file, false)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("invalid value 'inventory-read, sell-diamonds' for key 'staff.permissions.associate'")
                .hasMessageContaining(file.toString())
                .satisfies(e -> assertThat(((ConfigException) e).problems()).hasSize(1));
        Path fine = yaml("staff:\n  permissions:\n    bench: [inventory-read, inventory-write]\n");
        assertThat(new ConfigLoader(Map.of()).load(fine, false).staff().permissions().of(Role.BENCH))
                .containsExactlyInAnyOrder(Permission.INVENTORY_READ, Permission.INVENTORY_WRITE);
    }

    @Test
    void aBlankEnvironmentVariableLeavesTheFileValue() throws Exception {
        Path file = yaml("http:\n  port: 9090\n");

        AssayConfig config = new ConfigLoader(Map.of("ASSAY_HTTP_PORT", " ")).load(file, false);

        assertThat(config.http().port()).isEqualTo(9090);
    }

    @Test
    void anUnknownKeyIsRefusedNamingKeyValueAndFile() throws Exception {
        Path file = yaml("http:\n  port: 9090\ndatadir: /srv/assay\n");

        ConfigException refused = refused(Map.of(), file);

        assertThat(refused.problems()).singleElement().asString()
                .contains("unknown key 'datadir'", "'/srv/assay'", file.toString(), "dataDir");
    }

    @Test
    void anUnknownNestedKeyIsRefusedWithItsFullPath() throws Exception {
        Path file = yaml("http:\n  prot: 9090\n");

        assertThat(refused(Map.of(), file).problems()).singleElement().asString()
                .contains("unknown key 'http.prot'", "'9090'", file.toString());
    }

    @Test
    void anInvalidValueInTheFileIsRefusedNamingKeyValueAndFile() throws Exception {
        Path file = yaml("http:\n  port: 70000\n");

        assertThat(refused(Map.of(), file).problems()).singleElement().asString()
                .isEqualTo("invalid value '70000' for key 'http.port' from configuration file " + file
                        + ": expected a port number from 0 to 65535");
    }

    @Test
    void anInvalidValueFromTheEnvironmentNamesTheVariable() throws Exception {
        assertThat(refused(Map.of("ASSAY_HTTP_PORT", "eighty"), null).problems()).singleElement().asString()
                .isEqualTo("invalid value 'eighty' for key 'http.port' from environment variable ASSAY_HTTP_PORT"
                        + ": expected a port number from 0 to 65535");
    }

    @Test
    void everyInvalidValueIsReportedAtOnce() throws Exception {
        Path file = yaml("""
                store:
                  tenant: Maison Assay
                  currency: DOLLARS
                  timeZone: Mars/Olympus
                writer:
                  maxBatch: 0
                """);

        assertThat(refused(Map.of(), file).problems()).hasSize(4)
                .anySatisfy(p -> assertThat(p).contains("'Maison Assay'", "'store.tenant'"))
                .anySatisfy(p -> assertThat(p).contains("'DOLLARS'", "'store.currency'"))
                .anySatisfy(p -> assertThat(p).contains("'Mars/Olympus'", "'store.timeZone'"))
                .anySatisfy(p -> assertThat(p).contains("'0'", "'writer.maxBatch'"))
                .allSatisfy(p -> assertThat(p).contains(file.toString()));
    }

    @Test
    void aValueWhereASectionBelongsIsRefused() throws Exception {
        Path file = yaml("http: 8080\n");

        assertThat(refused(Map.of(), file).problems()).singleElement().asString()
                .contains("key 'http'", "'8080'", "wrong shape", file.toString());
    }

    @Test
    void aFileThatIsNotYamlIsRefusedNamingTheFile() throws Exception {
        Path file = yaml("http: [port: 9090\n");

        assertThat(refused(Map.of(), file).problems()).singleElement().asString()
                .startsWith("cannot read configuration file " + file);
    }

    @Test
    void theDataDirectoryCountsAsChosenWhenTheFileOrTheEnvironmentSetsIt() throws Exception {
        Path withDir = yaml("dataDir: /srv/assay\n");
        Path withoutDir = Files.writeString(dir.resolve("other.yaml"), "http:\n  port: 9090\n");

        assertThat(new ConfigLoader(Map.of()).dataDirChosen(null)).isFalse();
        assertThat(new ConfigLoader(Map.of()).dataDirChosen(withoutDir)).isFalse();
        assertThat(new ConfigLoader(Map.of()).dataDirChosen(withDir)).isTrue();
        assertThat(new ConfigLoader(Map.of("ASSAY_DATA_DIR", "/data")).dataDirChosen(null)).isTrue();
    }

    @Test
    void devicesAreListedWithTheirLinksAndBoundToRegisters() throws Exception {
        Path file = yaml("""
                devices:
                  - id: scale-1
                    kind: scale
                    protocol: and
                    port: /dev/ttyUSB0
                    baud: 2400
                    dataBits: 7
                    parity: even
                    stopBits: 1
                  - {id: printer-1, kind: printer, protocol: escpos, host: 10.0.0.20, tcpPort: 9100}
                  - {id: drawer-1, kind: drawer, protocol: printer-kick, printer: printer-1, pin: 5}
                  - {id: pad-1, kind: rfid, protocol: r2000, port: /dev/assay-pad, baud: 115200}
                registers:
                  - {id: reg-1, scale: scale-1, printer: printer-1, drawer: drawer-1, rfid: pad-1}
                  - {id: reg-3, printer: printer-1}
                """);

        AssayConfig config = new ConfigLoader(Map.of()).load(file, false);

        assertThat(config.devices().configured()).isTrue();
        assertThat(config.devices().devices()).extracting(io.assay.edge.devices.DeviceSpec::id)
                .containsExactly("scale-1", "printer-1", "drawer-1", "pad-1");
        io.assay.edge.devices.DeviceSpec scale = config.devices().devices().get(0);
        assertThat(scale.address()).isEqualTo("/dev/ttyUSB0");
        assertThat(List.of(scale.baud(), scale.dataBits(), scale.stopBits())).containsExactly(2400, 7, 1);
        assertThat(scale.parity()).isEqualTo("even");
        assertThat(scale.mode()).as("scales stream unless told").isEqualTo("stream");
        assertThat(config.devices().devices().get(1).address()).isEqualTo("10.0.0.20:9100");
        assertThat(config.devices().devices().get(2).drawerPin()).isEqualTo(5);
        assertThat(config.devices().of("reg-1")).contains(new io.assay.edge.devices.RegisterDevices("reg-1", "scale-1", "printer-1",
                "drawer-1", "pad-1"));
        assertThat(config.sales().registers()).as("a register named only in the bindings is a register")
                .containsExactly("reg-1", "reg-2", "reg-3");
    }

    @Test
    void aDeviceListWithMistakesIsRefusedNamingEachPlace() throws Exception {
        Path file = yaml("""
                devices:
                  - {id: scale-1, kind: scale, protocol: ohaus, port: /dev/ttyUSB0, baud: fast}
                  - {id: scale-2, kind: scale, protocol: escpos, host: 10.0.0.9}
                  - {id: printer-1, kind: printer, protocol: escpos}
                  - {id: drawer-1, kind: drawer, protocol: printer-kick, printer: printer-9}
                  - {id: scale-1, kind: scale, protocol: and, port: /dev/ttyUSB1, colour: red}
                registers:
                  - {id: reg-1, scale: printer-1}
                """);

        ConfigException refused = refused(Map.of(), file);

        assertThat(refused.getMessage())
                .contains("key 'devices[0].baud'")
                .contains("key 'devices[1].protocol': a scale speaks and or mt-sics or ohaus")
                .contains("key 'devices[2]' must say how the device is reached")
                .contains("drawer 'drawer-1' is kicked through printer 'printer-9', which is not a listed printer")
                .contains("unknown key 'devices[4].colour'")
                .contains("key 'registers[0].scale'");
    }

    @Test
    void anSslBrokerWithoutTheApplianceCertificateIsRefused() throws Exception {
        Path file = yaml("""
                hq:
                  broker: ssl://mqtt.hq.example:8883
                """);
        Path wrong = dir.resolve("wrong.yaml");
        Files.writeString(wrong, "hq:\n  broker: mqtt.hq.example\n");

        assertThat(refused(Map.of(), file).getMessage()).contains("'hq.caCert', 'hq.clientCert' and 'hq.clientKey'");
        assertThat(refused(Map.of(), wrong).getMessage()).contains("key 'hq.broker'");
    }

    @Test
    void theClientBooksThresholdsAndLoyaltyTermsAreConfiguredAndCheckedTierByTier() throws Exception {
        Path file = yaml("""
                clients:
                  vipSpend: 50000
                  loyalVisits: 4
                  loyaltyEarn: "new=1,loyal=2,vip=3,lapsed=0.5"
                """);

        AssayConfig config = new ConfigLoader(Map.of("ASSAY_CLIENTS_LOYALTY_POINT_VALUE", "0.05")).load(file, false);

        assertThat(config.clients().tiers().vipSpend()).isEqualByComparingTo("50000");
        assertThat(config.clients().tiers().loyalVisits()).isEqualTo(4);
        assertThat(config.clients().loyalty().rate("vip")).isEqualByComparingTo("3");
        assertThat(config.clients().loyalty().pointValue()).isEqualByComparingTo("0.05");
        assertThat(config.clients().loyalty().redeemFrom("new")).as("the default").isEqualTo(500);
        Files.writeString(file, "clients:\n  loyaltyEarn: \"new=1,vip=2\"\n  vipSpend: 100\n");
        assertThat(refused(Map.of(), file).getMessage()).contains("key 'clients.loyaltyEarn'").contains("'clients.vipSpend' (100) is below");
    }

    private Path yaml(String text) throws IOException {
        return Files.writeString(dir.resolve("edge.yaml"), text);
    }

    private static ConfigException refused(Map<String, String> env, Path file) {
        ConfigException refused = catchThrowableOfType(ConfigException.class, () -> new ConfigLoader(env).load(file, false));
        assertThat(refused).as("the configuration is refused").isNotNull();
        return refused;
    }
}
