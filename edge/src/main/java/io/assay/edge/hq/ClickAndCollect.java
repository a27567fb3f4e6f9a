package io.assay.edge.hq;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.domain.ConflictException;
import io.assay.edge.domain.UnitOfWork;
import io.assay.edge.inventory.InventoryService;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.json.Json;
import java.time.Instant;
import java.util.Optional;

/**
 * Pieces held for online clients (click and collect): reserved on HQ's word if the piece is here and in
 * stock, released by HQ, by the clock when the time runs out, or by the sale that hands it over.
 */
public final class ClickAndCollect {

    public static final String RESERVED = "io.assay.reservation.made";
    public static final String RELEASED = "io.assay.reservation.released";
    public static final String EXPIRED = "io.assay.reservation.expired";
    public static final String COLLECTED = "io.assay.reservation.collected";

    private final InventoryService inventory;

    public ClickAndCollect(InventoryService inventory) {
        this.inventory = inventory;
    }

    /** Reserves the piece, or refuses with the reason it cannot be: sold, reserved, missing... */
    ObjectNode reserve(UnitOfWork work, HqMessage message) {
        Fields fields = Fields.of(message);
        String serial = fields.serial();
        ClientContact client = fields.client();
        Instant until = fields.instant("until");
        fields.check();
        if (!until.isAfter(work.now())) {
            throw new ConflictException("the reservation of " + serial + " ended at " + until + ", before it arrived");
        }
        Piece piece = work.inventory().piece(serial)
                .orElseThrow(() -> new ConflictException("piece " + serial + " is missing: this store has no such piece"));
        if (piece.status() != PieceStatus.IN_STOCK) {
            throw new ConflictException("piece " + serial + " is " + piece.status().label() + heldBy(work, piece));
        }
        inventory.update(work, serial, JsonNodeFactory.instance.objectNode().put("status", PieceStatus.RESERVED.label()));
        long version = work.hq().reservation(serial).map(Reservation::version).orElse(0L) + 1;
        work.hq().save(new Reservation(serial, message.id(), client, until, work.now(), piece.status(), Reservation.ACTIVE, null, null,
                version));
        ObjectNode data = Json.mapper().createObjectNode().put("serial", serial).put("command", message.id());
        data.set("client", Json.mapper().valueToTree(client));
        data.put("until", until.toString());
        work.record(RESERVED, serial, data);
        return JsonNodeFactory.instance.objectNode().put("serial", serial).put("until", until.toString());
    }

    /** Ends the piece's reservation on HQ's word. */
    ObjectNode release(UnitOfWork work, HqMessage message) {
        Fields fields = Fields.of(message);
        String serial = fields.serial();
        fields.check();
        Reservation reservation = work.hq().reservation(serial).filter(Reservation::active)
                .orElseThrow(() -> new ConflictException("piece " + serial + " has no click-and-collect reservation to release"));
        end(work, reservation, Reservation.RELEASED, RELEASED);
        return JsonNodeFactory.instance.objectNode().put("serial", serial);
    }

    /** Releases the piece if its reservation has run out by now; otherwise does nothing. */
    public boolean expireIfDue(UnitOfWork work, String serial) {
        Optional<Reservation> due = work.hq().reservation(serial).filter(Reservation::active).filter(r -> !r.until().isAfter(work.now()));
        due.ifPresent(r -> end(work, r, Reservation.EXPIRED, EXPIRED));
        return due.isPresent();
    }

    /** Whether the piece is held for an online client who may collect it at the register. */
    public static boolean collectable(UnitOfWork work, Piece piece) {
        return piece.status() == PieceStatus.RESERVED && work.hq().reservation(piece.serial()).map(Reservation::active).orElse(false);
    }

    /** The client came for it: the reservation ends with the sale, which marks the piece sold itself. */
    public static void collected(UnitOfWork work, String serial, String saleId) {
        Reservation reservation = work.hq().reservation(serial).filter(Reservation::active).orElseThrow();
        work.hq().save(reservation.closed(Reservation.COLLECTED, work.now(), saleId));
        work.record(COLLECTED, serial, Json.mapper().createObjectNode().put("serial", serial).put("command", reservation.command())
                .put("sale", saleId));
    }

    private void end(UnitOfWork work, Reservation reservation, String how, String type) {
        String serial = reservation.serial();
        boolean stillHeld = work.inventory().piece(serial).map(p -> p.status() == PieceStatus.RESERVED).orElse(false);
        if (stillHeld) {
            inventory.update(work, serial, JsonNodeFactory.instance.objectNode().put("status", reservation.formerStatus().label()));
        }
        work.hq().save(reservation.closed(how, work.now(), null));
        work.record(type, serial, Json.mapper().createObjectNode().put("serial", serial).put("command", reservation.command())
                .put("until", reservation.until().toString()));
    }

    /** ", for an online client until ..." when the piece is already someone's. */
    private static String heldBy(UnitOfWork work, Piece piece) {
        if (piece.status() != PieceStatus.RESERVED) {
            return "";
        }
        return work.hq().reservation(piece.serial()).filter(Reservation::active)
                .map(r -> " for another online client until " + r.until())
                .orElseGet(() -> work.sales().openLayawayOf(piece.serial()).map(l -> " on layaway " + l.number()).orElse(""));
    }
}
