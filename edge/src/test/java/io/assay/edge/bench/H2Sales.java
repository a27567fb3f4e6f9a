package io.assay.edge.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The sale benchmark's baseline: H2 as a file database doing what Assay's sale command does, in one
 * transaction: the idempotency key looked up, the piece locked and checked in stock, the register locked
 * and checked open, the sale numbered, the piece sold, the sale and its line and key inserted, the
 * register's takings added, and two journal events appended to a SHA-256 hash chain (the chain's head
 * row locked, so events are ordered as Assay's single writer orders them).
 *
 * @see #forcedSync where each commit is followed by {@code CHECKPOINT SYNC}, H2's way to force its file to disk
 */
final class H2Sales implements AutoCloseable {

    static final String VERSION = org.h2.engine.Constants.VERSION;

    private final String url;
    private final boolean forcedSync;
    private final List<Connection> connections = new ArrayList<>();
    private final ThreadLocal<Connection> perThread;

    H2Sales(Path dir, boolean forcedSync) throws SQLException {
        this.url = "jdbc:h2:file:" + dir.resolve("sales").toAbsolutePath() + ";WRITE_DELAY=0";
        this.forcedSync = forcedSync;
        this.perThread = ThreadLocal.withInitial(this::connect);
        try (Statement s = perThread.get().createStatement()) {
            s.execute("CREATE TABLE piece (serial VARCHAR(40) PRIMARY KEY, status VARCHAR(20) NOT NULL, price_minor BIGINT NOT NULL,"
                    + " description VARCHAR(200), category VARCHAR(30))");
            s.execute("CREATE TABLE register (id VARCHAR(20) PRIMARY KEY, is_open BOOLEAN, card_minor BIGINT, cash_minor BIGINT, sales INT)");
            s.execute("CREATE TABLE counter (name VARCHAR(20) PRIMARY KEY, last_number BIGINT)");
            s.execute("CREATE TABLE sale (id VARCHAR(36) PRIMARY KEY, number VARCHAR(12), register VARCHAR(20), json CLOB)");
            s.execute("CREATE TABLE sale_line (sale_id VARCHAR(36), serial VARCHAR(40), total_minor BIGINT)");
            s.execute("CREATE TABLE sale_key (idem_key VARCHAR(200) PRIMARY KEY, sale_id VARCHAR(36), fingerprint VARCHAR(64))");
            s.execute("CREATE TABLE journal (seq BIGINT PRIMARY KEY, type VARCHAR(60), subject VARCHAR(60), json CLOB, hash VARCHAR(64))");
            s.execute("CREATE TABLE journal_head (id INT PRIMARY KEY, seq BIGINT, hash VARCHAR(64))");
            s.execute("INSERT INTO register VALUES ('reg-1', TRUE, 0, 30000, 0)");
            s.execute("INSERT INTO counter VALUES ('sale', 0)");
            s.execute("INSERT INTO journal_head VALUES (1, 0, '" + "0".repeat(64) + "')");
        }
    }

    /** Enters {@code count} rings at 2450.00, as the benchmark's serials. */
    void load(int count) throws SQLException {
        Connection c = perThread.get();
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO piece VALUES (?, 'in stock', 245000, ?, 'ring')")) {
            for (int i = 0; i < count; i++) {
                insert.setString(1, SaleBenchmark.serial(i));
                insert.setString(2, "18k yellow gold band with a round diamond");
                insert.addBatch();
            }
            insert.executeBatch();
        }
        c.commit();
    }

    /** Sells {@code serial} on reg-1 for the card total, once per {@code key}. */
    void sell(String serial, String key) throws Exception {
        Connection c = perThread.get();
        try {
            try (PreparedStatement known = c.prepareStatement("SELECT sale_id FROM sale_key WHERE idem_key = ?")) {
                known.setString(1, key);
                try (ResultSet r = known.executeQuery()) {
                    if (r.next()) {
                        c.commit();
                        return;
                    }
                }
            }
            long price;
            String description;
            try (PreparedStatement piece = c.prepareStatement("SELECT status, price_minor, description FROM piece WHERE serial = ? FOR UPDATE")) {
                piece.setString(1, serial);
                try (ResultSet r = piece.executeQuery()) {
                    if (!r.next() || !r.getString(1).equals("in stock")) {
                        throw new IllegalStateException(serial + " is not in stock");
                    }
                    price = r.getLong(2);
                    description = r.getString(3);
                }
            }
            try (PreparedStatement register = c.prepareStatement("SELECT is_open FROM register WHERE id = 'reg-1' FOR UPDATE");
                 ResultSet r = register.executeQuery()) {
                if (!r.next() || !r.getBoolean(1)) {
                    throw new IllegalStateException("reg-1 is closed");
                }
            }
            long tax = BigDecimal.valueOf(price).multiply(SaleBenchmark.TERMS.defaultRate()).divide(BigDecimal.valueOf(100), 0,
                    RoundingMode.HALF_UP).longValueExact();
            long total = price + tax;
            long number;
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE counter SET last_number = last_number + 1 WHERE name = 'sale'");
                try (ResultSet r = s.executeQuery("SELECT last_number FROM counter WHERE name = 'sale'")) {
                    r.next();
                    number = r.getLong(1);
                }
            }
            update(c, "UPDATE piece SET status = 'sold' WHERE serial = ?", serial);
            String id = UUID.randomUUID().toString();
            ObjectNode sale = Json.mapper().createObjectNode().put("id", id).put("number", String.format("S%06d", number))
                    .put("register", "reg-1").put("associate", "associate").put("time", Instant.now().toString());
            sale.putArray("lines").addObject().put("kind", "piece").put("serial", serial).put("description", description)
                    .put("unitPrice", price).put("tax", tax).put("total", total);
            sale.putArray("tenders").addObject().put("type", "card").put("amount", total).put("scheme", "visa").put("last4", "4242")
                    .put("authCode", "A1B2C3");
            String json = Json.mapper().writeValueAsString(sale);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO sale VALUES (?, ?, 'reg-1', ?)")) {
                insert.setString(1, id);
                insert.setString(2, String.format("S%06d", number));
                insert.setString(3, json);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO sale_line VALUES (?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, serial);
                insert.setLong(3, total);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO sale_key VALUES (?, ?, ?)")) {
                insert.setString(1, key);
                insert.setString(2, id);
                insert.setString(3, serial);
                insert.executeUpdate();
            }
            try (PreparedStatement takings = c.prepareStatement("UPDATE register SET card_minor = card_minor + ?, sales = sales + 1 WHERE id = 'reg-1'")) {
                takings.setLong(1, total);
                takings.executeUpdate();
            }
            appendJournal(c, "io.assay.piece.status-changed", serial, "{\"serial\":\"" + serial + "\",\"changes\":{\"status\":{\"from\":\"in stock\",\"to\":\"sold\"}}}");
            appendJournal(c, "io.assay.sale.completed", id, json);
            c.commit();
            if (forcedSync) {
                try (Statement s = c.createStatement()) {
                    s.execute("CHECKPOINT SYNC");
                }
            }
        } catch (Exception e) {
            c.rollback();
            throw e;
        }
    }

    private static void appendJournal(Connection c, String type, String subject, String data) throws Exception {
        long seq;
        String previous;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT seq, hash FROM journal_head WHERE id = 1 FOR UPDATE")) {
            r.next();
            seq = r.getLong(1) + 1;
            previous = r.getString(2);
        }
        String event = "{\"type\":\"" + type + "\",\"subject\":\"" + subject + "\",\"seq\":" + seq + ",\"time\":\"" + Instant.now()
                + "\",\"data\":" + data + "}";
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(previous.getBytes(StandardCharsets.UTF_8));
        String hash = HexFormat.of().formatHex(sha.digest(event.getBytes(StandardCharsets.UTF_8)));
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO journal VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, seq);
            insert.setString(2, type);
            insert.setString(3, subject);
            insert.setString(4, event);
            insert.setString(5, hash);
            insert.executeUpdate();
        }
        try (PreparedStatement head = c.prepareStatement("UPDATE journal_head SET seq = ?, hash = ? WHERE id = 1")) {
            head.setLong(1, seq);
            head.setString(2, hash);
            head.executeUpdate();
        }
    }

    private static void update(Connection c, String sql, String serial) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(sql)) {
            update.setString(1, serial);
            update.executeUpdate();
        }
    }

    private Connection connect() {
        try {
            Connection c = DriverManager.getConnection(url);
            c.setAutoCommit(false);
            synchronized (connections) {
                connections.add(c);
            }
            return c;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        synchronized (connections) {
            for (Connection c : connections) {
                c.close();
            }
        }
    }
}
