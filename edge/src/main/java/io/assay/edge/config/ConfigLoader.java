package io.assay.edge.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.assay.edge.inventory.Metal;
import io.assay.edge.sales.LayawayTerms;
import io.assay.edge.clients.Loyalty;
import io.assay.edge.clients.Tiers;
import io.assay.edge.sales.SaleTerms;
import io.assay.edge.sales.TradeIn;
import io.assay.edge.staff.Permission;
import io.assay.edge.staff.Role;
import io.assay.edge.staff.RolePermissions;
import io.assay.edge.staff.SignInPolicy;
import java.io.IOException;
import java.math.BigDecimal;
import io.assay.edge.devices.DeviceSpec;
import io.assay.edge.devices.RegisterDevices;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the YAML configuration and the environment into an {@link AssayConfig}. Every key has a default
 * and an environment variable that overrides it; an unknown key or a bad value stops the start with a
 * message naming the key, the value and its source.
 */
public final class ConfigLoader {

    /** A configuration key, its environment variable and its default. */
    public record Key(String path, String env, String defaultValue) {
    }

    /** Every key there is. The README's table is written from this list. */
    public static final List<Key> KEYS = List.of(
            new Key("http.host", "ASSAY_HTTP_HOST", "0.0.0.0"),
            new Key("http.port", "ASSAY_HTTP_PORT", "8080"),
            new Key("http.openMonitoring", "ASSAY_HTTP_OPEN_MONITORING", "true"),
            new Key("http.tls.certificate", "ASSAY_HTTP_TLS_CERTIFICATE", ""),
            new Key("http.tls.key", "ASSAY_HTTP_TLS_KEY", ""),
            new Key("dataDir", "ASSAY_DATA_DIR", "/var/lib/assay"),
            new Key("store.tenant", "ASSAY_TENANT", "demo"),
            new Key("store.id", "ASSAY_STORE_ID", "demo-store"),
            new Key("store.name", "ASSAY_STORE_NAME", "Maison Assay"),
            new Key("store.currency", "ASSAY_STORE_CURRENCY", "USD"),
            new Key("store.timeZone", "ASSAY_STORE_TIME_ZONE", "UTC"),
            new Key("writer.maxBatch", "ASSAY_WRITER_MAX_BATCH", "256"),
            new Key("staff.lockAttempts", "ASSAY_STAFF_LOCK_ATTEMPTS", "5"),
            new Key("staff.lockMinutes", "ASSAY_STAFF_LOCK_MINUTES", "15"),
            new Key("staff.sessionIdleMinutes", "ASSAY_STAFF_SESSION_IDLE_MINUTES", "15"),
            new Key("sales.registers", "ASSAY_SALES_REGISTERS", "reg-1,reg-2"),
            new Key("sales.taxInclusive", "ASSAY_SALES_TAX_INCLUSIVE", "false"),
            new Key("sales.taxRate", "ASSAY_SALES_TAX_RATE", "0"),
            new Key("sales.taxRates", "ASSAY_SALES_TAX_RATES", ""),
            new Key("sales.taxRounding", "ASSAY_SALES_TAX_ROUNDING", "line"),
            new Key("sales.cashRounding", "ASSAY_SALES_CASH_ROUNDING", "0"),
            new Key("sales.returnDays", "ASSAY_SALES_RETURN_DAYS", "30"),
            new Key("sales.layawayDepositPercent", "ASSAY_SALES_LAYAWAY_DEPOSIT_PERCENT", "20"),
            new Key("sales.layawayFeePercent", "ASSAY_SALES_LAYAWAY_FEE_PERCENT", "10"),
            new Key("sales.layawayDays", "ASSAY_SALES_LAYAWAY_DAYS", "90"),
            new Key("sales.spotPrices", "ASSAY_SALES_SPOT_PRICES", ""),
            new Key("sales.exchangeRates", "ASSAY_SALES_EXCHANGE_RATES", ""),
            new Key("sales.tradeInPayoutPercent", "ASSAY_SALES_TRADE_IN_PAYOUT_PERCENT", "70"),
            new Key("sales.discountApprovalPercent", "ASSAY_SALES_DISCOUNT_APPROVAL_PERCENT", "10"),
            new Key("inventory.weightTolerancePercent", "ASSAY_INVENTORY_WEIGHT_TOLERANCE_PERCENT", "1"),
            new Key("hq.broker", "ASSAY_HQ_BROKER", ""),
            new Key("hq.caCert", "ASSAY_HQ_CA_CERT", ""),
            new Key("hq.clientCert", "ASSAY_HQ_CLIENT_CERT", ""),
            new Key("hq.clientKey", "ASSAY_HQ_CLIENT_KEY", ""),
            new Key("hq.clientId", "ASSAY_HQ_CLIENT_ID", ""),
            new Key("hq.maxInflight", "ASSAY_HQ_MAX_INFLIGHT", "100"),
            new Key("hq.reconnectMaxSeconds", "ASSAY_HQ_RECONNECT_MAX_SECONDS", "30"),
            new Key("clients.vipSpend", "ASSAY_CLIENTS_VIP_SPEND", "25000"),
            new Key("clients.loyalSpend", "ASSAY_CLIENTS_LOYAL_SPEND", "5000"),
            new Key("clients.loyalVisits", "ASSAY_CLIENTS_LOYAL_VISITS", "3"),
            new Key("clients.lapsedMonths", "ASSAY_CLIENTS_LAPSED_MONTHS", "18"),
            new Key("clients.risingMonths", "ASSAY_CLIENTS_RISING_MONTHS", "6"),
            new Key("clients.loyaltyEarn", "ASSAY_CLIENTS_LOYALTY_EARN", "new=1,loyal=1.5,vip=2,lapsed=1"),
            new Key("clients.loyaltyRedeemFrom", "ASSAY_CLIENTS_LOYALTY_REDEEM_FROM", "new=500,loyal=0,vip=0,lapsed=500"),
            new Key("clients.loyaltyPointValue", "ASSAY_CLIENTS_LOYALTY_POINT_VALUE", "0.01"),
            permissionsKey(Role.OWNER),
            permissionsKey(Role.MANAGER),
            permissionsKey(Role.ASSOCIATE),
            permissionsKey(Role.BENCH),
            permissionsKey(Role.AUDITOR));

    /** Top-level lists read whole by {@link DeviceConfigReader}, not as keys. */
    private static final Set<String> LISTS = Set.of("devices", "registers");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final Map<String, String> environment;

    public ConfigLoader(Map<String, String> environment) {
        this.environment = environment;
    }

    /**
     * @param file the YAML file, or null for defaults and environment only
     * @param demo whether {@code --demo} was given
     * @throws ConfigException naming each problem
     */
    public AssayConfig load(Path file, boolean demo) throws ConfigException {
        List<String> problems = new ArrayList<>();
        Map<String, Sourced> values = new LinkedHashMap<>();
        for (Key key : KEYS) {
            values.put(key.path(), new Sourced(key.defaultValue(), "the default"));
        }
        JsonNode root = file == null ? null : readFile(file, values, problems);
        for (Key key : KEYS) {
            String env = environment.get(key.env());
            if (env != null && !env.isBlank()) {
                values.put(key.path(), new Sourced(env.trim(), "environment variable " + key.env()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        Parser p = new Parser(values, problems);
        String host = p.get("http.host", v -> v.isBlank() ? null : v, "a host name or address");
        Integer port = p.get("http.port", v -> {
            int n = Integer.parseInt(v);
            return n >= 0 && n <= 65535 ? n : null;
        }, "a port number from 0 to 65535");
        Boolean openMonitoring = p.get("http.openMonitoring", ConfigLoader::bool, "true or false");
        Optional<Path> certificate = p.get("http.tls.certificate", ConfigLoader::optionalPath, "a PEM file path, or nothing");
        Optional<Path> key = p.get("http.tls.key", ConfigLoader::optionalPath, "a PEM file path, or nothing");
        if (certificate != null && key != null && certificate.isPresent() != key.isPresent()) {
            problems.add("keys 'http.tls.certificate' and 'http.tls.key' go together: give both for TLS, or neither");
        }
        Path dataDir = p.get("dataDir", v -> v.isBlank() ? null : Path.of(v), "a directory path");
        String tenant = p.get("store.tenant", v -> ID.matcher(v).matches() ? v : null, "lower-case letters, digits and '-'");
        String storeId = p.get("store.id", v -> ID.matcher(v).matches() ? v : null, "lower-case letters, digits and '-'");
        String name = p.get("store.name", v -> v.isBlank() ? null : v, "the boutique's name");
        Currency currency = p.get("store.currency", Currency::getInstance, "an ISO 4217 currency code such as USD");
        ZoneId zone = p.get("store.timeZone", ZoneId::of, "a time zone such as America/New_York");
        Integer maxBatch = p.get("writer.maxBatch", v -> {
            int n = Integer.parseInt(v);
            return n >= 1 && n <= 10_000 ? n : null;
        }, "a whole number from 1 to 10000");
        Integer lockAttempts = p.get("staff.lockAttempts", v -> between(v, 1, 100), "a whole number from 1 to 100");
        Integer lockMinutes = p.get("staff.lockMinutes", v -> between(v, 1, 1440), "minutes, from 1 to 1440");
        Integer idleMinutes = p.get("staff.sessionIdleMinutes", v -> between(v, 1, 720), "minutes, from 1 to 720");
        Map<Role, Set<Permission>> permissions = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            Set<Permission> set = p.get(permissionsKey(role).path(), ConfigLoader::permissions,
                    "permissions separated by commas, of " + Arrays.stream(Permission.values()).map(Permission::jsonName).toList());
            permissions.put(role, set);
        }
        List<String> registers = p.get("sales.registers", ConfigLoader::registerIds, "register ids separated by commas, such as reg-1,reg-2");
        Boolean taxInclusive = p.get("sales.taxInclusive", ConfigLoader::bool, "true (prices include tax) or false");
        BigDecimal taxRate = p.get("sales.taxRate", ConfigLoader::percent, "a percentage from 0 to 100, such as 8.875");
        Map<String, BigDecimal> taxRates = p.get("sales.taxRates", ConfigLoader::rates, "category=percent pairs separated by commas, "
                + "such as watch=8.875,service=0");
        String taxRounding = p.get("sales.taxRounding", v -> v.equals("line") || v.equals("total") ? v : null, "line or total");
        BigDecimal cashRounding = p.get("sales.cashRounding", v -> {
            BigDecimal step = new BigDecimal(v.trim());
            return step.signum() >= 0 && step.compareTo(BigDecimal.TEN) <= 0 ? step : null;
        }, "the smallest coin cash is rounded to, such as 0.05, or 0 for none");
        Integer returnDays = p.get("sales.returnDays", v -> between(v, 0, 365), "days, from 0 to 365");
        BigDecimal layawayDeposit = p.get("sales.layawayDepositPercent", ConfigLoader::percent, "a percentage from 0 to 100");
        BigDecimal layawayFee = p.get("sales.layawayFeePercent", ConfigLoader::percent, "a percentage from 0 to 100");
        Integer layawayDays = p.get("sales.layawayDays", v -> between(v, 1, 730), "days, from 1 to 730");
        Map<Metal, BigDecimal> spotPrices = p.get("sales.spotPrices", ConfigLoader::spotPrices,
                "metal=price per troy ounce pairs separated by commas, such as gold=2650.00,silver=31.20");
        Map<String, BigDecimal> exchangeRates = p.get("sales.exchangeRates", v -> exchangeRates(v, currency),
                "currency=rate pairs (the store's currency per unit) separated by commas, such as EUR=1.0850,GBP=1.2650");
        BigDecimal payout = p.get("sales.tradeInPayoutPercent", ConfigLoader::percent, "a percentage from 0 to 100");
        BigDecimal discountApproval = p.get("sales.discountApprovalPercent", ConfigLoader::percent, "a percentage from 0 to 100");
        BigDecimal weightTolerance = p.get("inventory.weightTolerancePercent", ConfigLoader::percent, "a percentage from 0 to 100, such as 1");
        Optional<URI> broker = p.get("hq.broker", ConfigLoader::broker, "nothing, or a broker URL such as ssl://mqtt.hq.example:8883 or tcp://127.0.0.1:1883");
        Optional<Path> caCert = p.get("hq.caCert", ConfigLoader::optionalPath, "a PEM file path, or nothing");
        Optional<Path> clientCert = p.get("hq.clientCert", ConfigLoader::optionalPath, "a PEM file path, or nothing");
        Optional<Path> clientKey = p.get("hq.clientKey", ConfigLoader::optionalPath, "a PEM file path, or nothing");
        String clientId = p.get("hq.clientId", v -> v, "an MQTT client id, or nothing for assay-<tenant>-<store>");
        Integer maxInflight = p.get("hq.maxInflight", v -> between(v, 1, 65_535), "a whole number from 1 to 65535");
        Integer reconnectMax = p.get("hq.reconnectMaxSeconds", v -> between(v, 1, 3600), "seconds, from 1 to 3600");
        BigDecimal vipSpend = p.get("clients.vipSpend", ConfigLoader::amount, "an amount in the store's currency, such as 25000");
        BigDecimal loyalSpend = p.get("clients.loyalSpend", ConfigLoader::amount, "an amount in the store's currency, such as 5000");
        Integer loyalVisits = p.get("clients.loyalVisits", v -> between(v, 1, 1000), "visits, from 1 to 1000");
        Integer lapsedMonths = p.get("clients.lapsedMonths", v -> between(v, 1, 120), "months, from 1 to 120");
        Integer risingMonths = p.get("clients.risingMonths", v -> between(v, 1, 60), "months, from 1 to 60");
        Map<String, BigDecimal> earn = p.get("clients.loyaltyEarn", v -> perTier(v, BigDecimal::new),
                "tier=points per unit spent for new, loyal, vip and lapsed, such as new=1,loyal=1.5,vip=2,lapsed=1");
        Map<String, Long> redeemFrom = p.get("clients.loyaltyRedeemFrom", v -> perTier(v, Long::valueOf),
                "tier=points held before they pay for new, loyal, vip and lapsed, such as new=500,loyal=0,vip=0,lapsed=500");
        BigDecimal pointValue = p.get("clients.loyaltyPointValue", v -> {
            BigDecimal value = new BigDecimal(v.trim());
            return value.signum() > 0 && value.compareTo(BigDecimal.ONE) <= 0 ? value : null;
        }, "what a point pays, more than 0 and at most 1, such as 0.01");
        if (vipSpend != null && loyalSpend != null && vipSpend.compareTo(loyalSpend) < 0) {
            problems.add("'clients.vipSpend' (" + vipSpend.toPlainString() + ") is below 'clients.loyalSpend' (" + loyalSpend.toPlainString()
                    + "): a VIP spends more than a loyal client");
        }
        if (broker != null && broker.isPresent() && broker.get().getScheme().equals("ssl") && clientCert != null && clientKey != null
                && caCert != null && (caCert.isEmpty() || clientCert.isEmpty() || clientKey.isEmpty())) {
            problems.add("an ssl:// broker in 'hq.broker' needs 'hq.caCert', 'hq.clientCert' and 'hq.clientKey': the appliance "
                    + "proves who it is with its certificate");
        }
        DeviceConfigReader deviceReader = new DeviceConfigReader(problems);
        List<DeviceSpec> devices = deviceReader.devices(root == null ? null : root.get("devices"));
        List<RegisterDevices> bindings = deviceReader.registers(root == null ? null : root.get("registers"), devices);
        if (registers != null) {
            // A register named only in the devices' bindings is a register too.
            List<String> all = new ArrayList<>(registers);
            bindings.stream().map(RegisterDevices::register).filter(id -> !all.contains(id)).forEach(all::add);
            registers = all;
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        AssayConfig.Sales sales = new AssayConfig.Sales(registers,
                new SaleTerms(taxInclusive, taxRate, taxRates, taxRounding.equals("line"), cashRounding, discountApproval,
                        new TradeIn.Terms(spotPrices, payout), exchangeRates), returnDays,
                new LayawayTerms(layawayDeposit, layawayFee, layawayDays));
        AssayConfig.Staff staff = new AssayConfig.Staff(RolePermissions.defaults().with(permissions),
                new SignInPolicy(lockAttempts, Duration.ofMinutes(lockMinutes)), Duration.ofMinutes(idleMinutes));
        AssayConfig.Tls tls = certificate.isPresent() && key.isPresent() ? new AssayConfig.Tls(certificate.get(), key.get()) : null;
        AssayConfig.Devices hardware = new AssayConfig.Devices(devices, bindings, root != null && root.has("devices"), weightTolerance);
        AssayConfig.Hq hq = new AssayConfig.Hq(broker.orElse(null), caCert.orElse(null), clientCert.orElse(null), clientKey.orElse(null),
                clientId.isBlank() ? "assay-" + tenant + "-" + storeId : clientId, maxInflight, Duration.ofSeconds(reconnectMax));
        AssayConfig.Clients clients = new AssayConfig.Clients(new Tiers(vipSpend, loyalSpend, loyalVisits, lapsedMonths, risingMonths),
                new Loyalty(earn, redeemFrom, pointValue));
        return new AssayConfig(new AssayConfig.Http(host, port, openMonitoring, tls),
                new AssayConfig.StoreIdentity(tenant, storeId, name, currency, zone), dataDir, demo, maxBatch, staff, sales, hardware, hq,
                clients);
    }

    private static boolean allValues(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    /** {@code staff.permissions.<role>}, defaulting to what {@link RolePermissions#defaults()} gives the role. */
    private static Key permissionsKey(Role role) {
        String defaults = RolePermissions.defaults().of(role).stream().map(Permission::jsonName).sorted()
                .collect(Collectors.joining(","));
        return new Key("staff.permissions." + role.jsonName(), "ASSAY_STAFF_PERMISSIONS_" + role.name(), defaults);
    }

    private static Boolean bool(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> Boolean.TRUE;
            case "false", "no", "off" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static List<String> registerIds(String value) {
        List<String> ids = new ArrayList<>();
        for (String id : value.split(",")) {
            if (!id.isBlank()) {
                if (!ID.matcher(id.trim()).matches()) {
                    return null;
                }
                ids.add(id.trim());
            }
        }
        return ids.isEmpty() ? null : ids;
    }

    private static BigDecimal amount(String value) {
        BigDecimal amount = new BigDecimal(value.trim());
        return amount.signum() >= 0 ? amount : null;
    }

    /** "new=1,loyal=1.5,vip=2,lapsed=1": a value for each tier, none missing, none negative; null (an error) otherwise. */
    private static <T extends Comparable<T>> Map<String, T> perTier(String value, java.util.function.Function<String, T> parse) {
        Map<String, T> byTier = new LinkedHashMap<>();
        for (String pair : value.split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || !Tiers.NAMES.contains(parts[0].trim())) {
                return null;
            }
            T parsed = parse.apply(parts[1].trim());
            if (parsed instanceof BigDecimal d && d.signum() < 0 || parsed instanceof Long l && l < 0) {
                return null;
            }
            byTier.put(parts[0].trim(), parsed);
        }
        return byTier.keySet().containsAll(Tiers.NAMES) ? byTier : null;
    }

    private static BigDecimal percent(String value) {
        BigDecimal rate = new BigDecimal(value.trim());
        return rate.signum() >= 0 && rate.compareTo(BigDecimal.valueOf(100)) <= 0 ? rate : null;
    }

    /** "EUR=1.0850, GBP=1.2650": the store's currency per unit, by ISO 4217 code; null (an error) when malformed. */
    private static Map<String, BigDecimal> exchangeRates(String value, Currency store) {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        for (String pair : value.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            Currency foreign = Currency.getInstance(parts[0].trim().toUpperCase(Locale.ROOT));
            BigDecimal rate = parts.length == 2 ? new BigDecimal(parts[1].trim()) : null;
            if (rate == null || rate.signum() <= 0 || foreign.equals(store)) {
                return null;
            }
            rates.put(foreign.getCurrencyCode(), rate);
        }
        return rates;
    }

    /** "gold=2650.00, silver=31.20": a price per troy ounce by metal; null (an error) when a pair is malformed. */
    private static Map<Metal, BigDecimal> spotPrices(String value) {
        Map<Metal, BigDecimal> prices = new EnumMap<>(Metal.class);
        for (String pair : value.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            Metal metal = Metal.fromLabel(parts[0].trim().toLowerCase(Locale.ROOT)).filter(m -> m != Metal.OTHER).orElse(null);
            BigDecimal price = parts.length == 2 ? new BigDecimal(parts[1].trim()) : null;
            if (metal == null || price == null || price.signum() <= 0) {
                return null;
            }
            prices.put(metal, price);
        }
        return prices;
    }

    /** "watch=8.875, service=0": a rate by category; null (an error) when a pair is malformed. */
    private static Map<String, BigDecimal> rates(String value) {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        for (String pair : value.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            BigDecimal rate = parts.length == 2 ? percent(parts[1]) : null;
            if (rate == null || parts[0].isBlank()) {
                return null;
            }
            rates.put(parts[0].trim().toLowerCase(Locale.ROOT), rate);
        }
        return rates;
    }

    /** Nothing, or an ssl:// or tcp:// URL with a host and a port. */
    private static Optional<URI> broker(String value) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        URI uri = URI.create(value.trim());
        boolean known = "ssl".equals(uri.getScheme()) || "tcp".equals(uri.getScheme());
        return known && uri.getHost() != null && uri.getPort() > 0 ? Optional.of(uri) : null;
    }

    private static Optional<Path> optionalPath(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(Path.of(value.trim()));
    }

    private static Integer between(String value, int min, int max) {
        int n = Integer.parseInt(value);
        return n >= min && n <= max ? n : null;
    }

    /** "inventory-read, cost-read" as permissions; an empty list is none. Throws for an unknown name. */
    private static Set<Permission> permissions(String value) {
        Set<Permission> set = EnumSet.noneOf(Permission.class);
        for (String name : value.split(",")) {
            if (!name.isBlank()) {
                set.add(Permission.parse(name.trim()));
            }
        }
        return set;
    }

    /** True when the data directory was set by the file or the environment rather than left at its default. */
    public boolean dataDirChosen(Path file) throws ConfigException {
        if (environment.get("ASSAY_DATA_DIR") != null && !environment.get("ASSAY_DATA_DIR").isBlank()) {
            return true;
        }
        if (file == null) {
            return false;
        }
        Map<String, Sourced> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        readFile(file, values, problems);
        return values.containsKey("dataDir");
    }

    /** Reads the file's keys into {@code values}; answers its root mapping (for the lists), or null. */
    private static JsonNode readFile(Path file, Map<String, Sourced> values, List<String> problems) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.add("cannot read configuration file " + file + ": " + e.getMessage());
            return null;
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return null;
        }
        if (!root.isObject()) {
            problems.add("configuration file " + file + " must hold a mapping of keys");
            return null;
        }
        flatten("", root, file, values, problems);
        return root;
    }

    private static void flatten(String prefix, JsonNode node, Path file, Map<String, Sourced> values, List<String> problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = prefix + e.getKey();
            if (prefix.isEmpty() && LISTS.contains(path)) {
                continue;
            }
            boolean isKey = KEYS.stream().anyMatch(k -> k.path().equals(path));
            boolean isSection = KEYS.stream().anyMatch(k -> k.path().startsWith(path + "."));
            if (isSection && e.getValue().isObject()) {
                flatten(path + ".", e.getValue(), file, values, problems);
            } else if (isKey && e.getValue().isValueNode()) {
                values.put(path, new Sourced(e.getValue().asText(), "configuration file " + file));
            } else if (isKey && e.getValue().isArray() && allValues(e.getValue())) {
                // A list, such as a role's permissions: the same as its items separated by commas.
                List<String> items = new ArrayList<>();
                e.getValue().forEach(item -> items.add(item.asText()));
                values.put(path, new Sourced(String.join(",", items), "configuration file " + file));
            } else if (isKey || isSection) {
                problems.add("key '" + path + "' in " + file + " has value '" + e.getValue() + "' of the wrong shape");
            } else {
                problems.add("unknown key '" + path + "' (value '" + e.getValue().asText(e.getValue().toString())
                        + "') in " + file + "; known keys: " + String.join(", ", KEYS.stream().map(Key::path).toList()));
            }
        }
    }

    private record Sourced(String value, String source) {
    }

    private static final class Parser {
        private final Map<String, Sourced> values;
        private final List<String> problems;

        Parser(Map<String, Sourced> values, List<String> problems) {
            this.values = values;
            this.problems = problems;
        }

        <T> T get(String path, Function<String, T> parse, String expectation) {
            Sourced s = values.get(path);
            T value;
            try {
                value = parse.apply(s.value());
            } catch (NumberFormatException | DateTimeException e) {
                value = null;
            } catch (IllegalArgumentException e) {
                value = null;
            }
            if (value == null) {
                problems.add("invalid value '" + s.value() + "' for key '" + path + "' from " + s.source()
                        + ": expected " + expectation);
            }
            return value;
        }
    }
}
