package io.assay.edge.bench;

import io.assay.edge.index.PieceQuery;
import io.assay.edge.inventory.Category;
import io.assay.edge.inventory.Metal;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.inventory.Stone;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmark's baseline: the same pieces in an in-memory H2 database, one row per piece and one per
 * (piece, stone type), with an index on every filter column. Counts are {@code SELECT COUNT(*)} with
 * {@code IN} lists, as a SQL back end of the register would issue them.
 */
final class H2Stock implements AutoCloseable {

    private static final int BATCH = 5_000;

    private final Connection connection;

    H2Stock(String name) throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        try (Statement s = connection.createStatement()) {
            // H2 otherwise hands a re-run query with the same parameters its previous result unless a table
            // changed: the benchmark would time a cache, not a count.
            s.execute("SET OPTIMIZE_REUSE_RESULTS 0");
            s.execute("CREATE TABLE piece (id INT PRIMARY KEY, serial VARCHAR(40) NOT NULL, epc_high BIGINT, epc_low BIGINT,"
                    + " style VARCHAR(40), location VARCHAR(60), status VARCHAR(20), category VARCHAR(20), metal VARCHAR(20),"
                    + " fineness VARCHAR(8), metal_colour VARCHAR(20), designer VARCHAR(60), collection VARCHAR(60),"
                    + " price BIGINT, weight_mg BIGINT)");
            s.execute("CREATE TABLE piece_stone (piece_id INT NOT NULL, type VARCHAR(30) NOT NULL, PRIMARY KEY (piece_id, type))");
        }
    }

    /** Loads the pieces with batched prepared inserts in one transaction, then builds the indexes. */
    void load(List<Piece> pieces) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement row = connection.prepareStatement("INSERT INTO piece VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement stone = connection.prepareStatement("INSERT INTO piece_stone VALUES (?,?)")) {
            for (int id = 0; id < pieces.size(); id++) {
                Piece p = pieces.get(id);
                row.setInt(1, id);
                row.setString(2, p.serial());
                if (p.epc() == null) {
                    row.setNull(3, Types.BIGINT);
                    row.setNull(4, Types.BIGINT);
                } else {
                    row.setLong(3, p.epc96().high());
                    row.setLong(4, p.epc96().low());
                }
                row.setString(5, p.style());
                row.setString(6, p.location());
                row.setString(7, p.status().label());
                row.setString(8, p.category().label());
                row.setString(9, p.metal() == null ? null : p.metal().label());
                row.setString(10, p.fineness());
                row.setString(11, p.metalColour());
                row.setString(12, p.designer());
                row.setString(13, p.collection());
                setLong(row, 14, p.retailPrice() == null ? null : p.retailPrice().minorUnits());
                setLong(row, 15, p.weight() == null ? null : p.weight().milligrams());
                row.addBatch();
                Set<String> types = new HashSet<>();
                for (Stone s : p.stones()) {
                    if (types.add(s.type())) {
                        stone.setInt(1, id);
                        stone.setString(2, s.type());
                        stone.addBatch();
                    }
                }
                if (id % BATCH == BATCH - 1) {
                    row.executeBatch();
                    stone.executeBatch();
                }
            }
            row.executeBatch();
            stone.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            for (String column : List.of("serial", "location", "status", "category", "metal", "fineness", "metal_colour",
                    "designer", "collection", "style", "price", "weight_mg")) {
                s.execute("CREATE INDEX piece_" + column + " ON piece(" + column + ")");
            }
            s.execute("CREATE INDEX piece_epc ON piece(epc_high, epc_low)");
            s.execute("CREATE INDEX piece_stone_type ON piece_stone(type, piece_id)");
            s.execute("ANALYZE");
        }
    }

    /** A prepared count for the query's filters (the text filter is not part of the comparison). */
    Count prepare(PieceQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM piece WHERE 1=1");
        List<Object> args = new ArrayList<>();
        in(sql, args, "location", q.locations());
        in(sql, args, "status", labels(q.statuses()));
        in(sql, args, "category", labels(q.categories()));
        in(sql, args, "metal", labels(q.metals()));
        in(sql, args, "fineness", q.fineness());
        in(sql, args, "metal_colour", q.metalColours());
        in(sql, args, "designer", q.designers());
        in(sql, args, "collection", q.collections());
        in(sql, args, "style", q.styles());
        if (!q.stoneTypes().isEmpty()) {
            // Correlated, answered from the (piece_id, type) primary key: with result reuse off, an
            // uncorrelated IN (SELECT ...) would be re-run for every row.
            sql.append(" AND EXISTS (SELECT 1 FROM piece_stone s WHERE s.piece_id = piece.id AND s.type IN (")
                    .append(placeholders(q.stoneTypes().size())).append("))");
            args.addAll(q.stoneTypes());
        }
        bound(sql, args, "price >= ?", q.priceMin());
        bound(sql, args, "price <= ?", q.priceMax());
        bound(sql, args, "weight_mg >= ?", q.weightMinMg());
        bound(sql, args, "weight_mg <= ?", q.weightMaxMg());
        if (q.text() != null) {
            throw new IllegalArgumentException("text search is not compared against H2");
        }
        PreparedStatement statement = connection.prepareStatement(sql.toString());
        for (int i = 0; i < args.size(); i++) {
            statement.setObject(i + 1, args.get(i));
        }
        return new Count(statement);
    }

    @Override
    public void close() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP ALL OBJECTS");
        }
        connection.close();
    }

    /** One prepared count, run as often as the benchmark likes. */
    static final class Count {

        private final PreparedStatement statement;

        private Count(PreparedStatement statement) {
            this.statement = statement;
        }

        int run() throws SQLException {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static void in(StringBuilder sql, List<Object> args, String column, Set<String> values) {
        if (!values.isEmpty()) {
            sql.append(" AND ").append(column).append(" IN (").append(placeholders(values.size())).append(')');
            args.addAll(values);
        }
    }

    private static void bound(StringBuilder sql, List<Object> args, String condition, Long value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            args.add(value);
        }
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static Set<String> labels(Set<? extends Enum<?>> values) {
        Set<String> labels = new HashSet<>();
        for (Enum<?> v : values) {
            labels.add(v instanceof PieceStatus s ? s.label() : v instanceof Category c ? c.label() : ((Metal) v).label());
        }
        return labels;
    }
}
