package io.assay.edge.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NavigableSet;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;

/**
 * The appliance's MapDB file. Only BTreeMaps, with transactions and without memory mapping: the one
 * combination that reopened with every committed entry and no uncommitted one after kill -9
 * (HARDWARE.md). Every mutation happens on the {@link Writer}'s thread inside its transaction.
 *
 * <p>Other threads may read the maps (MapDB locks internally), but may then see writes that are not
 * committed yet; readers therefore go through the in-memory index or bound their reads by the last
 * committed journal sequence.
 */
public final class Database implements AutoCloseable {

    /** The file name inside the data directory. */
    public static final String FILE_NAME = "assay.mapdb";

    private final DB db;
    private final BTreeMap<String, byte[]> pieces;
    private final BTreeMap<String, String> epcs;
    private final BTreeMap<String, byte[]> locations;
    private final BTreeMap<Long, byte[]> journal;
    private final NavigableSet<String> history;
    private final BTreeMap<String, String> meta;

    private Database(DB db) {
        this.db = db;
        this.pieces = db.treeMap("pieces", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
        this.epcs = db.treeMap("epcs", Serializer.STRING, Serializer.STRING).createOrOpen();
        this.locations = db.treeMap("locations", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
        this.journal = db.treeMap("journal", Serializer.LONG, Serializer.BYTE_ARRAY).createOrOpen();
        this.history = db.treeSet("history", Serializer.STRING).createOrOpen();
        this.meta = db.treeMap("meta", Serializer.STRING, Serializer.STRING).createOrOpen();
        // Creating the maps on a fresh file is itself a change; commit it so a kill right after opening
        // leaves a file that opens.
        db.commit();
    }

    /**
     * Opens (or creates) the database in {@code dataDir}.
     *
     * @throws IOException when the directory cannot be created or the file cannot be opened
     */
    public static Database open(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        try {
            DB db = DBMaker.fileDB(dataDir.resolve(FILE_NAME).toFile())
                    .transactionEnable()
                    .make();
            return new Database(db);
        } catch (RuntimeException e) {
            throw new IOException("cannot open " + dataDir.resolve(FILE_NAME) + ": " + e.getMessage(), e);
        }
    }

    /** Serial to stored piece (JSON). */
    public BTreeMap<String, byte[]> pieces() {
        return pieces;
    }

    /** EPC (24 upper-case hex digits) to serial: keeps EPCs unique inside a transaction. */
    public BTreeMap<String, String> epcs() {
        return epcs;
    }

    /** Location id to stored location (JSON). */
    public BTreeMap<String, byte[]> locations() {
        return locations;
    }

    /** Journal sequence number to the event (JSON). */
    public BTreeMap<Long, byte[]> journal() {
        return journal;
    }

    /** Keys {@code subject + '\0' + zero-padded seq}: a subject's events in order, without a scan. */
    public NavigableSet<String> history() {
        return history;
    }

    /** Small bookkeeping values (schema version, relay pointers). */
    public BTreeMap<String, String> meta() {
        return meta;
    }

    /** Makes every change since the last commit durable (MapDB fsyncs its write-ahead log). */
    public void commit() {
        db.commit();
    }

    /** Drops every change since the last commit. */
    public void rollback() {
        db.rollback();
    }

    @Override
    public void close() {
        if (!db.isClosed()) {
            db.close();
        }
    }
}
