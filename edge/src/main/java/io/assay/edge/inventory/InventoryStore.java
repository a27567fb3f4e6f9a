package io.assay.edge.inventory;

import java.util.Optional;

/**
 * Pieces and locations as the writer's open transaction sees them. Implemented by the store; used only
 * by commands running on the writer.
 */
public interface InventoryStore {

    Optional<Piece> piece(String serial);

    /** The serial of the piece carrying {@code epc} (24 upper-case hex digits). */
    Optional<String> serialWithEpc(String epc);

    Optional<Location> location(String id);

    /** Saves a new or changed piece, keeping the EPC register in step. */
    void save(Piece piece);

    void save(Location location);
}
