package io.assay.edge.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.clock.DueWork;
import io.assay.edge.domain.ConflictException;
import io.assay.edge.domain.FieldError;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.domain.NotFoundException;
import io.assay.edge.domain.UnitOfWork;
import io.assay.edge.inventory.InventoryService;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.json.FieldReader;
import io.assay.edge.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Private viewings. Booking one holds the pieces pulled for it (reserved) until it ends; then the store's
 * clock puts back in stock those not sold during it. A piece held for a viewing can be sold at the register:
 * that is what the viewing is for.
 */
public final class Appointments implements DueWork.Source {

    public static final String BOOKED = "io.assay.appointment.booked";
    public static final String ENDED = "io.assay.appointment.ended";
    public static final String CANCELLED = "io.assay.appointment.cancelled";
    private static final Duration LONGEST = Duration.ofHours(8);
    private static final int MOST_PIECES = 30;

    private final InventoryService inventory;
    private final ClientBook book;

    public Appointments(InventoryService inventory, ClientBook book) {
        this.inventory = inventory;
        this.book = book;
    }

    /** Books a viewing and holds its pieces. */
    public Appointment book(UnitOfWork work, JsonNode json) {
        if (json == null || !json.isObject()) {
            throw InvalidInputException.of("", "an appointment is a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        FieldReader in = new FieldReader(errors, "");
        String clientId = in.requiredText(json, "client", 20);
        String associate = in.text(json, "associate", 64);
        Instant start = instant(in, json, "start");
        Instant end = instant(in, json, "end");
        String note = in.text(json, "note", 1000);
        List<String> pieces = new ArrayList<>();
        List<JsonNode> serials = in.array(json, "pieces");
        if (serials.size() > MOST_PIECES) {
            in.error("pieces", "at most " + MOST_PIECES + " pieces for one viewing");
        }
        for (int i = 0; i < serials.size() && i < MOST_PIECES; i++) {
            if (!serials.get(i).isTextual() || serials.get(i).asText().isBlank()) {
                in.error("pieces[" + i + "]", "must be a serial");
            } else {
                pieces.add(serials.get(i).asText().trim());
            }
        }
        if (start != null && end != null && (!end.isAfter(start) || Duration.between(start, end).compareTo(LONGEST) > 0)) {
            in.error("end", "must be after start, and at most " + LONGEST.toHours() + " hours later");
        }
        if (end != null && !end.isAfter(work.now())) {
            in.error("end", "is already past");
        }
        if (clientId != null && work.clients().client(clientId).filter(Client::live).isEmpty()) {
            in.error("client", "there is no client " + clientId);
        }
        String with = associate == null ? work.actor() : associate;
        if (associate != null && work.staff().member(associate).isEmpty()) {
            in.error("associate", "there is no staff member " + associate);
        }
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = work.inventory().piece(pieces.get(i)).orElse(null);
            if (piece == null) {
                in.error("pieces[" + i + "]", "there is no piece " + pieces.get(i));
            } else if (piece.status() != PieceStatus.IN_STOCK) {
                in.error("pieces[" + i + "]", pieces.get(i) + " is " + piece.status().label() + ", not in stock: it cannot be pulled");
            }
        }
        if (new LinkedHashSet<>(pieces).size() != pieces.size()) {
            in.error("pieces", "a piece is listed twice");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The appointment cannot be booked", errors);
        }
        Appointment appointment = new Appointment(UUID.randomUUID().toString(), clientId, with, start, end, note, pieces,
                Appointment.BOOKED, work.actor(), work.now(), 1);
        for (String serial : pieces) {
            inventory.update(work, serial, JsonNodeFactory.instance.objectNode().put("status", PieceStatus.RESERVED.label()));
            work.clients().hold(serial, appointment.id());
        }
        work.clients().save(appointment);
        ObjectNode data = Json.mapper().createObjectNode().put("appointment", appointment.id()).put("client", clientId).put("associate", with)
                .put("start", start.toString()).put("end", end.toString());
        data.set("pieces", Json.mapper().valueToTree(pieces));
        work.record(BOOKED, appointment.id(), data);
        return appointment;
    }

    /** Cancels a booked viewing, putting its pieces back. */
    public Appointment cancel(UnitOfWork work, String id) {
        Appointment appointment = work.clients().appointment(id).orElseThrow(() -> new NotFoundException("There is no appointment " + id));
        if (!appointment.booked()) {
            throw new ConflictException("Appointment " + id + " is " + appointment.state() + " already");
        }
        return close(work, appointment, Appointment.CANCELLED, CANCELLED);
    }

    /** Ends the viewing if its time is over; otherwise does nothing. Never early. */
    public boolean endIfDue(UnitOfWork work, String id) {
        Appointment appointment = work.clients().appointment(id).filter(Appointment::booked).filter(a -> !a.end().isAfter(work.now()))
                .orElse(null);
        if (appointment == null) {
            return false;
        }
        close(work, appointment, Appointment.DONE, ENDED);
        return true;
    }

    @Override
    public List<DueWork.Task> dueBy(Instant now) {
        return book.appointments().stream().filter(Appointment::booked).filter(a -> !a.end().isAfter(now))
                .map(a -> new DueWork.Task("appointment:" + a.id(), work -> endIfDue(work, a.id()))).toList();
    }

    /** Whether the piece is held for a booked viewing: then it may be sold, there and then. */
    public static boolean held(UnitOfWork work, Piece piece) {
        return piece.status() == PieceStatus.RESERVED && work.clients().appointmentHolding(piece.serial()).isPresent();
    }

    /** The piece was sold during the viewing: it is no longer the viewing's to put back. */
    public static void sold(UnitOfWork work, String serial) {
        work.clients().hold(serial, null);
    }

    private Appointment close(UnitOfWork work, Appointment appointment, String state, String type) {
        List<String> released = new ArrayList<>();
        for (String serial : appointment.pieces()) {
            if (!work.clients().appointmentHolding(serial).map(appointment.id()::equals).orElse(false)) {
                continue;
            }
            work.clients().hold(serial, null);
            boolean stillHeld = work.inventory().piece(serial).map(p -> p.status() == PieceStatus.RESERVED).orElse(false);
            if (stillHeld) {
                inventory.update(work, serial, JsonNodeFactory.instance.objectNode().put("status", PieceStatus.IN_STOCK.label()));
                released.add(serial);
            }
        }
        Appointment closed = appointment.ended(state);
        work.clients().save(closed);
        ObjectNode data = Json.mapper().createObjectNode().put("appointment", appointment.id()).put("client", appointment.client());
        data.set("released", Json.mapper().valueToTree(released));
        work.record(type, appointment.id(), data);
        return closed;
    }

    private static Instant instant(FieldReader in, JsonNode json, String field) {
        String text = in.requiredText(json, field, 40);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            in.error(field, "must be an RFC 3339 date-time such as 2026-12-02T15:00:00-05:00");
            return null;
        }
    }
}
