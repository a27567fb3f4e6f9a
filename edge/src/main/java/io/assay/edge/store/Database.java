package io.assay.edge.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The appliance's store: MapDB BTreeMaps (transactions, no memory mapping, HARDWARE.md) made durable by
 * a {@link RedoLog}. Every mutation happens on the {@link Writer}'s thread through the write methods
 * below, which also record the write's after-image for the log.
 *
 * <p>A commit forces the batch to the redo log first, then commits MapDB. MapDB 3.1 never replays its own
 * write-ahead log, so a kill while it copies a commit into its main file leaves a torn file; its WAL files
 * are still on disk then. At open, WAL files (or a file that will not open) mean "possibly torn": the
 * MapDB file is moved aside and rebuilt from the redo log. Otherwise the batches the log holds beyond
 * what MapDB recorded as applied are replayed.
 *
 * <p>So that the log does not grow for ever, a {@link Checkpoint} (between batches, on the writer's
 * thread, when the {@link CheckpointPolicy} says so) copies the consistent MapDB file to a base snapshot
 * and starts a fresh log after it. A rebuild then starts from a copy of the base and replays only the
 * log, instead of the whole history.
 *
 * <p>Other threads may read the maps (MapDB locks internally), but may then see writes that are not
 * committed yet; readers therefore go through the in-memory index or bound their reads by the last
 * committed journal sequence.
 */
public final class Database implements AutoCloseable, RedoBatch.Target {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** The file name inside the data directory. */
    public static final String FILE_NAME = "assay.mapdb";
    /** The redo log's file name inside the data directory. */
    public static final String REDO_FILE_NAME = "assay.redo";
    /** Where a possibly torn MapDB file is kept after a rebuild, for inspection. */
    public static final String TORN_FILE_NAME = "assay.mapdb.torn";
    /** The stored pieces as the last clean close left them: see {@link StockImage}. */
    public static final String STOCK_IMAGE_FILE_NAME = StockImage.FILE_NAME;
    /** The MapDB file as of the last checkpoint: where a rebuild starts. */
    public static final String BASE_FILE_NAME = "assay.mapdb.base";
    private static final String BASE_TEMP_NAME = BASE_FILE_NAME + ".tmp";
    private static final String REBUILD_FILE_NAME = FILE_NAME + ".rebuild";
    private static final String APPLIED_KEY = "redo.applied";
    /** A random id given to the store when its file is made: what tells a {@link StockImage} whose it is. */
    private static final String STORE_ID_KEY = "store.id";
    private static final int REBUILD_WRITES_PER_COMMIT = 50_000;

    private final DB db;
    private final Path dataDir;
    private final CheckpointPolicy policy;
    /** Replaced by each checkpoint; only the writer's thread (or open and close) touches it. */
    private RedoLog redo;
    private Checkpoint.Observer checkpointObserver = Checkpoint.Observer.NONE;
    /** After a failed checkpoint, the log size at which to try again, so a full disk is not hammered. */
    private long nextCheckpointAttempt;
    private final RedoBatch pending = new RedoBatch();
    private final BTreeMap<String, byte[]> pieces;
    private final BTreeMap<String, String> epcs;
    private final BTreeMap<String, byte[]> locations;
    private final BTreeMap<Long, byte[]> journal;
    private final NavigableSet<String> history;
    private final BTreeMap<String, String> meta;
    private final BTreeMap<String, byte[]> staff;
    private final Map<DocumentCollection, BTreeMap<String, byte[]>> documents = new EnumMap<>(DocumentCollection.class);

    private Database(DB db, RedoLog redo, Path dataDir, CheckpointPolicy policy) {
        this.db = db;
        this.redo = redo;
        this.dataDir = dataDir;
        this.policy = policy;
        this.pieces = db.treeMap("pieces", Serializer.STRING, Serializer.BYTE_ARRAY).valuesOutsideNodesEnable().createOrOpen();
        this.epcs = db.treeMap("epcs", Serializer.STRING, Serializer.STRING).createOrOpen();
        this.locations = db.treeMap("locations", Serializer.STRING, Serializer.BYTE_ARRAY).valuesOutsideNodesEnable().createOrOpen();
        this.journal = db.treeMap("journal", Serializer.LONG, Serializer.BYTE_ARRAY).valuesOutsideNodesEnable().createOrOpen();
        this.history = db.treeSet("history", Serializer.STRING).createOrOpen();
        this.meta = db.treeMap("meta", Serializer.STRING, Serializer.STRING).createOrOpen();
        this.staff = db.treeMap("staff", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
        for (DocumentCollection collection : DocumentCollection.values()) {
            documents.put(collection, db.treeMap(collection.mapName(), Serializer.STRING, Serializer.BYTE_ARRAY)
                    .valuesOutsideNodesEnable().createOrOpen());
        }
        meta.putIfAbsent(STORE_ID_KEY, UUID.randomUUID().toString());
        // Creating the maps on a fresh file is itself a change; commit it so a kill right after opening
        // leaves a file that opens.
        db.commit();
    }

    /**
     * Opens (or creates) the store in {@code dataDir}, repairing the MapDB file from the base snapshot
     * and the redo log when a crash may have torn it. Checkpoints follow
     * {@link CheckpointPolicy#fromSystemProperties()}.
     *
     * @throws IOException when the directory or the files cannot be opened, or the redo log is corrupt
     */
    public static Database open(Path dataDir) throws IOException {
        return open(dataDir, CheckpointPolicy.fromSystemProperties());
    }

    /** As {@link #open(Path)}, with checkpoints when {@code policy} says. */
    public static Database open(Path dataDir, CheckpointPolicy policy) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(FILE_NAME);
        // A checkpoint killed before its renames: the files it was writing are incomplete or unneeded.
        for (String leftover : List.of(BASE_TEMP_NAME, REDO_FILE_NAME + RedoLog.TEMP_SUFFIX)) {
            if (Files.deleteIfExists(dataDir.resolve(leftover))) {
                LOG.warn("discarded {} left by an interrupted checkpoint", leftover);
            }
        }
        RedoLog redo = RedoLog.open(dataDir.resolve(REDO_FILE_NAME));
        try {
            List<Path> wal = walFiles(dataDir);
            // A MapDB commit was under way only if the last batch lacks its applied mark. Otherwise the
            // WAL files hold a transaction that never reached commit, and the main file is intact.
            boolean commitInterrupted = !wal.isEmpty() && !redo.lastApplied();
            if (!commitInterrupted) {
                for (Path stale : wal) {
                    Files.delete(stale);
                }
            }
            Database database = null;
            if (!commitInterrupted) {
                try {
                    database = new Database(make(file), redo, dataDir, policy);
                } catch (RuntimeException e) {
                    LOG.warn("{} does not open ({}); rebuilding it from the redo log", file, e.toString());
                }
            } else {
                LOG.warn("{} was left in the middle of a commit (WAL files {}); rebuilding it from the redo log",
                        file, wal.stream().map(p -> p.getFileName().toString()).toList());
            }
            if (database == null) {
                database = rebuild(dataDir, redo, policy);
            } else {
                database.catchUp();
            }
            return database;
        } catch (IOException | RuntimeException e) {
            redo.close();
            throw e instanceof IOException io ? io
                    : new IOException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    private static DB make(Path file) {
        return DBMaker.fileDB(file.toFile()).fileChannelEnable().transactionEnable().make();
    }

    private static List<Path> walFiles(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(FILE_NAME + ".wal.")).sorted().toList();
        }
    }

    /**
     * Builds a new MapDB file from a copy of the base snapshot (or from nothing, before the first
     * checkpoint) and the redo log after it, without MapDB transactions (an order of magnitude faster,
     * and safe here: the half-built file only replaces the store once complete and forced).
     */
    private static Database rebuild(Path dataDir, RedoLog redo, CheckpointPolicy policy) throws IOException {
        long started = System.nanoTime();
        Path file = dataDir.resolve(FILE_NAME);
        Path base = dataDir.resolve(BASE_FILE_NAME);
        Path building = dataDir.resolve(REBUILD_FILE_NAME);
        Files.deleteIfExists(building);
        boolean fromBase = Files.exists(base);
        if (fromBase) {
            DurableFiles.copyAndForce(base, building);
        } else if (redo.startSeq() > 0) {
            throw new IOException(redo.file() + " starts after batch " + redo.startSeq() + " but " + BASE_FILE_NAME
                    + ", which holds the batches before it, is missing: cannot rebuild " + FILE_NAME);
        }
        long baseSeq;
        DB scratch = DBMaker.fileDB(building.toFile()).make();
        try {
            Database target = new Database(scratch, redo, dataDir, policy);
            baseSeq = target.appliedSeq();
            if (baseSeq < redo.startSeq() || baseSeq > redo.lastSeq()) {
                throw new IOException(BASE_FILE_NAME + " holds batches up to " + baseSeq + " but " + redo.file()
                        + " holds batches " + (redo.startSeq() + 1) + " to " + redo.lastSeq()
                        + ": batches would be lost, cannot rebuild " + FILE_NAME);
            }
            target.replayFrom(baseSeq);
        } finally {
            scratch.close();
        }
        DurableFiles.force(building);
        if (Files.exists(file)) {
            Files.move(file, dataDir.resolve(TORN_FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        }
        // The WAL files belong to the torn file; a kill before they are gone only means another rebuild.
        Files.move(building, file, StandardCopyOption.ATOMIC_MOVE);
        for (Path wal : walFiles(dataDir)) {
            Files.delete(wal);
        }
        Database database = new Database(make(file), redo, dataDir, policy);
        // Only now, with the rebuilt file in place and its old WAL gone, is the last batch applied.
        database.markApplied();
        LOG.warn("rebuilt {} from {} and redo batches {} to {}: {} pieces, {} journal events in {} ms", file,
                fromBase ? BASE_FILE_NAME + " (batches up to " + baseSeq + ")" : "nothing", baseSeq + 1,
                redo.lastSeq(), database.pieces.size(), database.journal.size(),
                (System.nanoTime() - started) / 1_000_000);
        return database;
    }

    private long appliedSeq() {
        String recorded = meta.get(APPLIED_KEY);
        return recorded == null ? 0 : Long.parseLong(recorded);
    }

    /** Replays the batches that reached the log but not MapDB (a kill between the two commits). */
    private void catchUp() throws IOException {
        long applied = appliedSeq();
        if (applied > redo.lastSeq()) {
            throw new IOException(redo.file() + " ends at batch " + redo.lastSeq() + " but the store has applied "
                    + applied + ": the redo log was truncated or replaced");
        }
        if (applied < redo.startSeq()) {
            throw new IOException(redo.file() + " starts after batch " + redo.startSeq() + " but the store has only "
                    + "applied " + applied + ": batches in between are missing (an old " + FILE_NAME + "?)");
        }
        if (applied < redo.lastSeq()) {
            LOG.warn("replaying redo batches {} to {} into {}", applied + 1, redo.lastSeq(), FILE_NAME);
            replayFrom(applied);
            markApplied();
        }
    }

    private void replayFrom(long afterSeq) throws IOException {
        int[] writes = {0};
        long[] last = {afterSeq};
        RedoBatch.Target counting = new CountingTarget(this, writes);
        redo.replay(afterSeq, (seq, payload) -> {
            RedoBatch.replay(payload, counting);
            last[0] = seq;
            if (writes[0] >= REBUILD_WRITES_PER_COMMIT) {
                meta.put(APPLIED_KEY, Long.toString(seq));
                db.commit();
                writes[0] = 0;
            }
        });
        meta.put(APPLIED_KEY, Long.toString(last[0]));
        db.commit();
    }

    /** Serial to stored piece (JSON). Read only: write through {@link #putPiece}. */
    public BTreeMap<String, byte[]> pieces() {
        return pieces;
    }

    /** EPC (24 upper-case hex digits) to serial: keeps EPCs unique inside a transaction. Read only. */
    public BTreeMap<String, String> epcs() {
        return epcs;
    }

    /** Location id to stored location (JSON). Read only. */
    public BTreeMap<String, byte[]> locations() {
        return locations;
    }

    /** Journal sequence number to the event (JSON). Read only: append through {@link #appendJournal}. */
    public BTreeMap<Long, byte[]> journal() {
        return journal;
    }

    /** Keys {@code subject + '\0' + zero-padded seq}: a subject's events in order, without a scan. */
    public NavigableSet<String> history() {
        return history;
    }

    /** Staff accounts by user name, as JSON (with their secrets' hashes, never the secrets). */
    public BTreeMap<String, byte[]> staff() {
        return staff;
    }

    /** The documents of {@code collection} by key, as JSON (registers, sales...). */
    public BTreeMap<String, byte[]> documents(DocumentCollection collection) {
        return documents.get(collection);
    }

    /** Small bookkeeping values (schema version, relay pointers). */
    public BTreeMap<String, String> meta() {
        return meta;
    }

    @Override
    public void putPiece(String serial, byte[] json) {
        pieces.put(serial, json);
        pending.piece(serial, json);
    }

    @Override
    public void putEpc(String epc, String serial) {
        epcs.put(epc, serial);
        pending.epc(epc, serial);
    }

    @Override
    public void removeEpc(String epc) {
        epcs.remove(epc);
        pending.epcRemoved(epc);
    }

    @Override
    public void putLocation(String id, byte[] json) {
        locations.put(id, json);
        pending.location(id, json);
    }

    @Override
    public void appendJournal(long seq, byte[] event, String historyKey) {
        journal.put(seq, event);
        history.add(historyKey);
        pending.journal(seq, event, historyKey);
    }

    @Override
    public void putStaff(String user, byte[] json) {
        staff.put(user, json);
        pending.staff(user, json);
    }

    @Override
    public void putDocument(DocumentCollection collection, String key, byte[] json) {
        documents.get(collection).put(key, json);
        pending.document(collection, key, json);
    }

    /**
     * Makes every change since the last commit durable: forced to the redo log, then committed in
     * MapDB (which fsyncs its own files). When this returns the batch survives a kill -9 or power loss.
     */
    public void commit() throws IOException {
        if (pending.isEmpty()) {
            db.commit();
            return;
        }
        long seq = redo.lastSeq() + 1;
        meta.put(APPLIED_KEY, Long.toString(seq));
        redo.append(seq, pending.toBytes());
        try {
            db.commit();
        } catch (RuntimeException e) {
            // MapDB refused the batch; the caller rolls back, so the log must not replay it either.
            redo.dropLast(seq);
            throw e;
        }
        pending.clear();
        markApplied();
    }

    private void markApplied() {
        if (redo.isEmpty() || redo.lastApplied()) {
            return;
        }
        try {
            redo.markApplied();
        } catch (IOException e) {
            // The batch is committed; without its mark the next start only checks the store harder.
            LOG.warn("cannot mark redo batch {} as applied: {}", redo.lastSeq(), e.getMessage());
        }
    }

    /**
     * Checkpoints when the policy says the log has grown enough. Only between batches: call it on the
     * writer's thread after a commit, never with writes pending.
     *
     * @return what the checkpoint did, or empty when none was due
     * @throws IOException when the checkpoint failed; the store is as durable as before it
     */
    Optional<Checkpoint.Result> checkpointIfDue() throws IOException {
        long redoBytes = redo.size();
        // Cheap tests first: this runs after every commit, and below the floor no file size is needed.
        if (redoBytes < Math.max(nextCheckpointAttempt, policy.floorBytes()) || !pending.isEmpty() || !redo.lastApplied()
                || !policy.due(redoBytes, Files.size(dataDir.resolve(FILE_NAME)))) {
            return Optional.empty();
        }
        try {
            return Optional.of(checkpoint());
        } catch (IOException | RuntimeException e) {
            nextCheckpointAttempt = redoBytes + policy.floorBytes();
            throw e;
        }
    }

    /** Makes a base snapshot of the MapDB file and starts a fresh redo log after it: see {@link Checkpoint}. */
    Checkpoint.Result checkpoint() throws IOException {
        long started = System.nanoTime();
        if (!pending.isEmpty() || !redo.lastApplied()) {
            throw new IllegalStateException("a checkpoint needs every batch committed and marked applied");
        }
        long seq = redo.lastSeq();
        long redoBytes = redo.size();
        // MapDB's commit forced its file and left nothing in its WAL, and no commit can start on this
        // thread until we are done: the file is a consistent image of every batch up to seq.
        Path temp = dataDir.resolve(BASE_TEMP_NAME);
        long baseBytes;
        try {
            baseBytes = DurableFiles.copyAndForce(dataDir.resolve(FILE_NAME), temp);
            verifyBase(temp, seq);
            checkpointObserver.reached(Checkpoint.Step.BASE_WRITTEN);
            DurableFiles.replace(temp, dataDir.resolve(BASE_FILE_NAME));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        checkpointObserver.reached(Checkpoint.Step.BASE_INSTALLED);
        redo = redo.restart(checkpointObserver);
        checkpointObserver.reached(Checkpoint.Step.LOG_INSTALLED);
        Checkpoint.Result result = new Checkpoint.Result(seq, redoBytes, baseBytes, System.nanoTime() - started);
        LOG.info("checkpoint at redo batch {}: {} bytes of redo log folded into a {} byte base snapshot in {} ms",
                seq, redoBytes, baseBytes, result.nanos() / 1_000_000);
        return result;
    }

    /** The copy is all the history a restore will have: check that it opens and ends where it should. */
    private static void verifyBase(Path copy, long seq) throws IOException {
        DB base;
        try {
            base = DBMaker.fileDB(copy.toFile()).fileChannelEnable().readOnly().make();
        } catch (RuntimeException e) {
            throw new IOException("the base snapshot " + copy + " does not open: " + e, e);
        }
        try {
            String applied = base.treeMap("meta", Serializer.STRING, Serializer.STRING).open().get(APPLIED_KEY);
            if (!Long.toString(seq).equals(applied)) {
                throw new IOException("the base snapshot " + copy + " holds batches up to " + applied + ", not " + seq);
            }
        } finally {
            base.close();
        }
    }

    /** Lets tests see the state on disk between the steps of a checkpoint. */
    void observeCheckpoints(Checkpoint.Observer observer) {
        this.checkpointObserver = observer;
    }

    /** Bytes in the redo log now. */
    long redoBytes() {
        return redo.size();
    }

    /** Drops every change since the last commit. */
    public void rollback() {
        pending.clear();
        db.rollback();
    }

    @Override
    public void close() {
        try {
            if (!db.isClosed()) {
                writeStockImage();
                db.close();
            }
        } finally {
            try {
                redo.close();
            } catch (IOException e) {
                LOG.warn("closing {} failed: {}", redo.file(), e.getMessage());
            }
        }
    }

    /**
     * The stored pieces' JSON as this store's last clean close left them ({@link StockImage}), when nothing
     * changed since; otherwise empty, and the caller reads {@link #pieces()}.
     */
    public Optional<List<byte[]>> pieceImage() {
        long started = System.nanoTime();
        Optional<List<byte[]>> image = StockImage.read(dataDir, meta.get(STORE_ID_KEY), appliedSeq(),
                why -> LOG.info("stock image not used ({}): reading the pieces from {}", why, FILE_NAME));
        image.ifPresent(values -> LOG.debug("stock image: {} pieces read in {} ms", values.size(),
                (System.nanoTime() - started) / 1_000_000));
        return image;
    }

    private void writeStockImage() {
        if (!pending.isEmpty() || !redo.lastApplied()) {
            // MapDB does not hold exactly the last applied batch: no image of it.
            return;
        }
        long started = System.nanoTime();
        try {
            int written = StockImage.write(dataDir, meta.get(STORE_ID_KEY), appliedSeq(), pieces.values());
            LOG.info("stock image of {} pieces written in {} ms, for the next start", written,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            // Only the next start's speed depends on it.
            LOG.warn("stock image not written: {}", e.toString());
        }
    }

    /** Replays into the maps without recording the writes again, counting them for periodic commits. */
    private record CountingTarget(Database db, int[] writes) implements RedoBatch.Target {
        @Override
        public void putPiece(String serial, byte[] json) {
            db.pieces.put(serial, json);
            writes[0]++;
        }

        @Override
        public void putEpc(String epc, String serial) {
            db.epcs.put(epc, serial);
            writes[0]++;
        }

        @Override
        public void removeEpc(String epc) {
            db.epcs.remove(epc);
            writes[0]++;
        }

        @Override
        public void putLocation(String id, byte[] json) {
            db.locations.put(id, json);
            writes[0]++;
        }

        @Override
        public void appendJournal(long seq, byte[] event, String historyKey) {
            db.journal.put(seq, event);
            db.history.add(historyKey);
            writes[0] += 2;
        }

        @Override
        public void putStaff(String user, byte[] json) {
            db.staff.put(user, json);
            writes[0]++;
        }

        @Override
        public void putDocument(DocumentCollection collection, String key, byte[] json) {
            db.documents.get(collection).put(key, json);
            writes[0]++;
        }
    }
}
