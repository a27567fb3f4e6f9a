package io.assay.edge.store;

import io.assay.edge.inventory.Location;
import io.assay.edge.inventory.Piece;
import io.assay.edge.journal.JournalEvent;
import io.assay.edge.staff.StaffMember;
import java.util.List;

/**
 * What one commit made durable, in the order it was written: handed to the index, the read models and the
 * live screens. {@code documents} are the register's records (registers, sales, stock items) as saved.
 */
public record Committed(List<Piece> pieces, List<Location> locations, List<StaffMember> staff, List<Object> documents,
        List<JournalEvent> events) {
}
