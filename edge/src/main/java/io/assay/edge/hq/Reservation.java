package io.assay.edge.hq;

import io.assay.edge.inventory.PieceStatus;
import java.time.Instant;

/**
 * A piece held for an online client until a time (click and collect). It ends when HQ releases it, when
 * its time runs out, or when the client collects it at the register.
 *
 * @param command      HQ's id of the reservation command
 * @param formerStatus what the piece was before it was reserved, and goes back to on release
 * @param state        {@link #ACTIVE}, {@link #RELEASED}, {@link #EXPIRED} or {@link #COLLECTED}
 * @param closedAt     when it ended; null while active
 * @param saleId       the sale that collected it, when one did
 */
public record Reservation(String serial, String command, ClientContact client, Instant until, Instant reservedAt,
        PieceStatus formerStatus, String state, Instant closedAt, String saleId, long version) {

    public static final String ACTIVE = "active";
    public static final String RELEASED = "released";
    public static final String EXPIRED = "expired";
    public static final String COLLECTED = "collected";

    public boolean active() {
        return ACTIVE.equals(state);
    }

    public Reservation closed(String how, Instant at, String sale) {
        return new Reservation(serial, command, client, until, reservedAt, formerStatus, how, at, sale, version + 1);
    }
}
