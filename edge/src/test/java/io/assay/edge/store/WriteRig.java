package io.assay.edge.store;

import io.assay.edge.index.SerialIndex;
import io.assay.edge.inventory.InventoryService;
import io.assay.edge.journal.Journal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The write path without HTTP: database, journal, index and writer on a data directory, as the
 * application wires them. Used by store tests and by the kill -9 worker.
 */
public final class WriteRig implements AutoCloseable {

    public final Database db;
    public final Journal journal;
    public final SerialIndex index = new SerialIndex();
    public final Writer writer;
    public final InventoryService inventory = new InventoryService();

    public WriteRig(Path dir, int maxBatch) throws IOException {
        this(dir, maxBatch, StoreMetrics.NONE);
    }

    public WriteRig(Path dir, int maxBatch, StoreMetrics metrics) throws IOException {
        this(dir, maxBatch, metrics, CheckpointPolicy.fromSystemProperties());
    }

    public WriteRig(Path dir, int maxBatch, StoreMetrics metrics, CheckpointPolicy checkpoints) throws IOException {
        this.db = Database.open(dir, checkpoints);
        this.journal = new Journal(db, "/assay/test/stores/test");
        index.upsertAll(MapDbInventoryStore.allPieces(db));
        this.writer = new Writer(db, journal, Clock.systemUTC(), c -> index.upsertAll(c.pieces()), metrics, maxBatch);
    }

    @Override
    public void close() {
        writer.close();
        db.close();
    }
}
