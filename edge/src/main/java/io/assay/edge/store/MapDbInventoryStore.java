package io.assay.edge.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.assay.edge.inventory.InventoryStore;
import io.assay.edge.inventory.Location;
import io.assay.edge.inventory.Piece;
import io.assay.edge.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link InventoryStore} on the MapDB maps, for the writer's transaction. Reports each saved piece and
 * location to a listener so the writer can update the index after the commit.
 */
public final class MapDbInventoryStore implements InventoryStore {

    private final Database db;
    private final ObjectMapper mapper = Json.mapper();
    private final Consumer<Object> onSave;

    MapDbInventoryStore(Database db, Consumer<Object> onSave) {
        this.db = db;
        this.onSave = onSave;
    }

    @Override
    public Optional<Piece> piece(String serial) {
        byte[] value = db.pieces().get(serial);
        return value == null ? Optional.empty() : Optional.of(read(value, Piece.class));
    }

    @Override
    public Optional<String> serialWithEpc(String epc) {
        return Optional.ofNullable(db.epcs().get(epc));
    }

    @Override
    public Optional<Location> location(String id) {
        byte[] value = db.locations().get(id);
        return value == null ? Optional.empty() : Optional.of(read(value, Location.class));
    }

    @Override
    public void save(Piece piece) {
        byte[] previous = db.pieces().get(piece.serial());
        if (previous != null) {
            String oldEpc = read(previous, Piece.class).epc();
            if (oldEpc != null && !oldEpc.equals(piece.epc())) {
                db.removeEpc(oldEpc);
            }
        }
        if (piece.epc() != null) {
            db.putEpc(piece.epc(), piece.serial());
        }
        db.putPiece(piece.serial(), write(piece));
        onSave.accept(piece);
    }

    @Override
    public void save(Location location) {
        db.putLocation(location.id(), write(location));
        onSave.accept(location);
    }

    /** Every stored piece, for building the index at start. Call before the writer starts. */
    public static List<Piece> allPieces(Database db) {
        ObjectMapper mapper = Json.mapper();
        List<byte[]> stored = new ArrayList<>(db.pieces().size());
        stored.addAll(db.pieces().values());
        // Parsing is most of the start with a large stock; MapDB reads are sequential, parsing is not.
        return stored.parallelStream().map(value -> read(mapper, value, Piece.class)).toList();
    }

    public static List<Location> allLocations(Database db) {
        ObjectMapper mapper = Json.mapper();
        List<Location> locations = new ArrayList<>();
        for (byte[] value : db.locations().values()) {
            locations.add(read(mapper, value, Location.class));
        }
        return locations;
    }

    private <T> T read(byte[] value, Class<T> type) {
        return read(mapper, value, type);
    }

    private static <T> T read(ObjectMapper mapper, byte[] value, Class<T> type) {
        try {
            return mapper.readValue(value, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable stored " + type.getSimpleName(), e);
        }
    }

    private byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
