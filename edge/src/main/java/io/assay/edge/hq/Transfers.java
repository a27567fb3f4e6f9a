package io.assay.edge.hq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.domain.ConflictException;
import io.assay.edge.domain.FieldError;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.domain.NotFoundException;
import io.assay.edge.domain.UnitOfWork;
import io.assay.edge.inventory.InventoryService;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.json.Json;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pieces moving between the tenant's stores. HQ orders the sending store to let a piece go: it is held
 * {@code in transit} there, and the event {@code io.assay.transfer.sent} carries the whole piece to HQ. HQ
 * then tells the receiving store (the same command, with {@code fromStore} and that {@code piece}), which
 * expects it in transit; staff take it into stock by scanning its tag or serial when it arrives.
 */
public final class Transfers {

    public static final String SENT = "io.assay.transfer.sent";
    public static final String EXPECTED = "io.assay.transfer.expected";
    public static final String RECEIVED = "io.assay.transfer.received";

    /** Where pieces on their way here wait, until they are scanned in and placed. */
    public static final String INCOMING = "incoming";
    private static final Pattern EPC = Pattern.compile("[0-9A-Fa-f]{24}");

    private final InventoryService inventory;
    private final String store;

    public Transfers(InventoryService inventory, String store) {
        this.inventory = inventory;
        this.store = store;
    }

    ObjectNode transfer(UnitOfWork work, HqMessage message) {
        Fields fields = Fields.of(message);
        String serial = fields.serial();
        String toStore = fields.id("toStore", true);
        String fromStore = fields.id("fromStore", false);
        JsonNode piece = fields.reader().object(message.body(), "piece");
        if (store.equals(toStore) && fromStore == null && !fields.reader().has(message.body(), "fromStore")) {
            fields.reader().error("fromStore", "is required when the piece comes to this store");
        }
        if (store.equals(toStore) && piece == null && !fields.reader().has(message.body(), "piece")) {
            fields.reader().error("piece", "is required when the piece comes to this store: the sender's piece as its transfer event gave it");
        }
        fields.check();
        if (store.equals(toStore)) {
            return expect(work, message.id(), serial, fromStore, piece);
        }
        if (fromStore != null && !store.equals(fromStore)) {
            throw new ConflictException("the transfer is from " + fromStore + " to " + toStore + ": neither is this store, " + store);
        }
        return send(work, message.id(), serial, toStore);
    }

    private ObjectNode send(UnitOfWork work, String command, String serial, String toStore) {
        Piece piece = work.inventory().piece(serial)
                .orElseThrow(() -> new ConflictException("piece " + serial + " is missing: this store has no such piece"));
        if (piece.status() != PieceStatus.IN_STOCK) {
            throw new ConflictException("piece " + serial + " is " + piece.status().label() + ", not in stock: it cannot be sent");
        }
        Piece moving = inventory.update(work, serial, JsonNodeFactory.instance.objectNode().put("status", PieceStatus.IN_TRANSIT.label()));
        work.hq().save(new Transfer(serial, command, store, toStore, Transfer.SENT, work.now(), null, null, null));
        ObjectNode data = Json.mapper().createObjectNode().put("serial", serial).put("command", command).put("fromStore", store)
                .put("toStore", toStore);
        data.set("piece", Json.mapper().valueToTree(moving));
        work.record(SENT, serial, data);
        return JsonNodeFactory.instance.objectNode().put("serial", serial).put("toStore", toStore).put("state", Transfer.SENT);
    }

    private ObjectNode expect(UnitOfWork work, String command, String serial, String fromStore, JsonNode pieceJson) {
        if (!serial.equals(pieceJson.path("serial").asText())) {
            throw InvalidInputException.of("payload.piece.serial", "must be the transfer's serial, " + serial);
        }
        Optional<Piece> here = work.inventory().piece(serial);
        if (here.isPresent()) {
            // Known here only if it once left this store: it is coming back.
            boolean leftHere = here.get().status() == PieceStatus.IN_TRANSIT
                    && work.hq().transfer(serial).map(t -> Transfer.SENT.equals(t.state()) && store.equals(t.fromStore())).orElse(false);
            if (!leftHere) {
                throw new ConflictException("piece " + serial + " is here already, " + here.get().status().label());
            }
        } else {
            ObjectNode arriving = ((ObjectNode) pieceJson).deepCopy();
            // The sender's shelf and photo files mean nothing here: the piece waits in the incoming area
            // until it is scanned in and placed.
            arriving.remove(List.of("photos", "version", "createdAt", "updatedAt"));
            arriving.put("location", INCOMING).put("status", PieceStatus.IN_TRANSIT.label());
            boolean incomingMissing = work.inventory().location(INCOMING).isEmpty();
            List<FieldError> refusals = inventory.refusalsOfNew(work.inventory(), arriving).stream()
                    .filter(e -> !(incomingMissing && e.field().equals("location"))).toList();
            if (!refusals.isEmpty()) {
                throw new InvalidInputException("The piece cannot be entered", refusals.stream()
                        .map(e -> new FieldError("payload.piece." + e.field(), e.message())).toList());
            }
            if (incomingMissing) {
                inventory.createLocation(work, Json.mapper().createObjectNode().put("id", INCOMING).put("name", "Incoming transfers")
                        .put("kind", "back office"));
            }
            inventory.create(work, arriving);
        }
        work.hq().save(new Transfer(serial, command, fromStore, store, Transfer.EXPECTED, work.now(), null, null, null));
        work.record(EXPECTED, serial, Json.mapper().createObjectNode().put("serial", serial).put("command", command)
                .put("fromStore", fromStore).put("toStore", store));
        return JsonNodeFactory.instance.objectNode().put("serial", serial).put("fromStore", fromStore).put("state", Transfer.EXPECTED);
    }

    /**
     * Takes a piece in transit into stock by its scanned serial or EPC, optionally onto a location.
     *
     * @throws NotFoundException when nothing here has that serial or tag
     * @throws ConflictException when the piece is not in transit to this store
     */
    public Piece receive(UnitOfWork work, String scan, String location) {
        String code = scan == null ? "" : scan.trim();
        if (code.isEmpty()) {
            throw InvalidInputException.of("scan", "is required: the piece's serial or its tag's EPC");
        }
        String serial = work.inventory().piece(code).map(Piece::serial)
                .or(() -> EPC.matcher(code).matches() ? work.inventory().serialWithEpc(code.toUpperCase(Locale.ROOT)) : Optional.empty())
                .orElseThrow(() -> new NotFoundException("No piece here has the serial or tag " + code));
        Piece piece = work.inventory().piece(serial).orElseThrow();
        Optional<Transfer> transfer = work.hq().transfer(serial);
        if (piece.status() != PieceStatus.IN_TRANSIT) {
            throw new ConflictException(serial + " is " + piece.status().label() + ", not in transit: there is nothing to receive");
        }
        if (transfer.map(t -> Transfer.SENT.equals(t.state()) && store.equals(t.fromStore())).orElse(false)) {
            throw new ConflictException(serial + " was sent from here to " + transfer.get().toStore() + " and is on its way there");
        }
        ObjectNode patch = JsonNodeFactory.instance.objectNode().put("status", PieceStatus.IN_STOCK.label());
        if (location != null && !location.isBlank()) {
            patch.put("location", location.trim());
        }
        Piece received = inventory.update(work, serial, patch);
        Transfer done = transfer.filter(t -> Transfer.EXPECTED.equals(t.state()))
                .orElseGet(() -> new Transfer(serial, null, null, store, Transfer.EXPECTED, work.now(), null, null, null))
                .received(work.now(), work.actor(), received.location());
        work.hq().save(done);
        ObjectNode data = Json.mapper().createObjectNode().put("serial", serial).put("fromStore", done.fromStore()).put("toStore", store)
                .put("location", received.location());
        work.record(RECEIVED, serial, data);
        return received;
    }
}
