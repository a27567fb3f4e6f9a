package io.assay.edge.store;

import io.assay.edge.inventory.InventoryStore;
import io.assay.edge.inventory.Location;
import io.assay.edge.inventory.Piece;
import io.assay.edge.json.PieceParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.mapdb.BTreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link InventoryStore} on the MapDB maps, for the writer's transaction. Reports each saved piece and
 * location to a listener so the writer can update the index after the commit.
 */
public final class MapDbInventoryStore implements InventoryStore {

    private static final Logger LOG = LoggerFactory.getLogger(MapDbInventoryStore.class);
    /** Consecutive serials one loading thread reads at a time: big enough to walk the B-tree leaves. */
    private static final int RUN = 2_048;

    private final Database db;
    private final Consumer<Object> onSave;

    MapDbInventoryStore(Database db, Consumer<Object> onSave) {
        this.db = db;
        this.onSave = onSave;
    }

    @Override
    public Optional<Piece> piece(String serial) {
        byte[] value = db.pieces().get(serial);
        return value == null ? Optional.empty() : Optional.of(StoredJson.read(value, Piece.class));
    }

    @Override
    public Optional<String> serialWithEpc(String epc) {
        return Optional.ofNullable(db.epcs().get(epc));
    }

    @Override
    public Optional<Location> location(String id) {
        byte[] value = db.locations().get(id);
        return value == null ? Optional.empty() : Optional.of(StoredJson.read(value, Location.class));
    }

    @Override
    public void save(Piece piece) {
        byte[] previous = db.pieces().get(piece.serial());
        if (previous != null) {
            String oldEpc = StoredJson.read(previous, Piece.class).epc();
            if (oldEpc != null && !oldEpc.equals(piece.epc())) {
                db.removeEpc(oldEpc);
            }
        }
        if (piece.epc() != null) {
            db.putEpc(piece.epc(), piece.serial());
        }
        db.putPiece(piece.serial(), StoredJson.write(piece));
        onSave.accept(piece);
    }

    @Override
    public void save(Location location) {
        db.putLocation(location.id(), StoredJson.write(location));
        onSave.accept(location);
    }

    /** Every stored piece in serial order, for building the index at start. Call before the writer starts. */
    public static List<Piece> allPieces(Database db) {
        int threads = Runtime.getRuntime().availableProcessors();
        return db.pieceImage().map(values -> parseAll(values, threads)).orElseGet(() -> allPieces(db, threads));
    }

    /** Parses the stored JSON of {@code values} (a {@link StockImage}'s) on {@code threads} threads, in order. */
    static List<Piece> parseAll(List<byte[]> values, int threads) {
        Piece[] pieces = new Piece[values.size()];
        int runs = (pieces.length + RUN - 1) / RUN;
        AtomicInteger nextRun = new AtomicInteger();
        runOnThreads(() -> {
            PieceParser parser = new PieceParser();
            for (int run = nextRun.getAndIncrement(); run < runs; run = nextRun.getAndIncrement()) {
                for (int i = run * RUN; i < Math.min((run + 1) * RUN, pieces.length); i++) {
                    pieces[i] = parser.parse(values.get(i));
                }
            }
            logFallbacks(parser);
        }, Math.max(1, Math.min(threads, runs)));
        return Arrays.asList(pieces);
    }

    /**
     * Reads and parses the pieces on {@code threads} threads, each taking runs of consecutive serials: the
     * MapDB reads (a positioned read per value, kept outside the B-tree nodes) cost about a third as much
     * as parsing, so they are spread too rather than done by one thread ahead of the parsers. The keys sit
     * in the nodes, so listing them first is cheap.
     */
    static List<Piece> allPieces(Database db, int threads) {
        BTreeMap<String, byte[]> stored = db.pieces();
        String[] serials = stored.keySet().toArray(new String[0]);
        Piece[] pieces = new Piece[serials.length];
        int runs = (serials.length + RUN - 1) / RUN;
        AtomicInteger nextRun = new AtomicInteger();
        Runnable reading = () -> {
            PieceParser parser = new PieceParser();
            for (int run = nextRun.getAndIncrement(); run < runs; run = nextRun.getAndIncrement()) {
                int from = run * RUN;
                int to = Math.min(from + RUN, serials.length);
                int i = from;
                for (byte[] value : stored.subMap(serials[from], true, serials[to - 1], true).values()) {
                    if (i == to) {
                        throw new IllegalStateException("pieces changed while being loaded");
                    }
                    pieces[i++] = parser.parse(value);
                }
                if (i != to) {
                    throw new IllegalStateException("pieces changed while being loaded");
                }
            }
            logFallbacks(parser);
        };
        runOnThreads(reading, Math.max(1, Math.min(threads, runs)));
        return Arrays.asList(pieces);
    }

    private static void logFallbacks(PieceParser parser) {
        if (parser.fallbacks() > 0) {
            LOG.info("{} of {} stored pieces were not in the usual layout and were read by databind",
                    parser.fallbacks(), parser.parsed());
        }
    }

    /** Runs {@code task} on {@code threads} threads at once (this one included) and rethrows what failed. */
    private static void runOnThreads(Runnable task, int threads) {
        List<CompletableFuture<Void>> others = new ArrayList<>(threads - 1);
        for (int t = 1; t < threads; t++) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    task.run();
                    done.complete(null);
                } catch (Throwable e) {
                    done.completeExceptionally(e);
                }
            }, "assay-load-" + t);
            thread.setDaemon(true);
            thread.start();
            others.add(done);
        }
        task.run();
        for (CompletableFuture<Void> other : others) {
            try {
                other.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
    }

    public static List<Location> allLocations(Database db) {
        List<Location> locations = new ArrayList<>();
        for (byte[] value : db.locations().values()) {
            locations.add(StoredJson.read(value, Location.class));
        }
        return locations;
    }
}
