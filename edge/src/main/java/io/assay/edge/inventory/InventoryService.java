package io.assay.edge.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.domain.ConflictException;
import io.assay.edge.domain.FieldError;
import io.assay.edge.json.FieldReader;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.domain.NotFoundException;
import io.assay.edge.domain.UnitOfWork;
import io.assay.edge.json.Json;
import io.assay.edge.json.MergePatch;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The inventory's commands. Each method runs on the writer inside a {@link UnitOfWork}, checks every
 * rule against the current state, then writes the piece and its journal event. Stateless.
 */
public final class InventoryService {

    public static final String PIECE_CREATED = "io.assay.piece.created";
    public static final String PIECE_UPDATED = "io.assay.piece.updated";
    public static final String PIECE_STATUS_CHANGED = "io.assay.piece.status-changed";
    public static final String LOCATION_CREATED = "io.assay.location.created";

    private static final Pattern LOCATION_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Set<String> UNTRACKED = Set.of("version", "createdAt", "updatedAt");

    private final PieceReader reader = new PieceReader();
    private final ObjectMapper mapper = Json.mapper();
    private final Predicate<String> attachmentExists;

    /** A service for pieces without attachments (any photo or scan id is refused). */
    public InventoryService() {
        this(id -> false);
    }

    /** @param attachmentExists whether a photo or certificate scan id names a stored attachment */
    public InventoryService(Predicate<String> attachmentExists) {
        this.attachmentExists = attachmentExists;
    }

    /**
     * Enters a new piece as a client wrote it. Every broken rule is reported at once: the piece's own
     * (from {@link PieceReader}) and the store's (taken serial or EPC, unknown location).
     *
     * @throws InvalidInputException naming every bad field
     */
    public Piece create(UnitOfWork work, JsonNode json) {
        Piece draft = null;
        List<FieldError> errors = new ArrayList<>();
        try {
            draft = reader.read(json);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (draft == null) {
            errors.addAll(storeErrorsOfRawFields(work.inventory(), json, errors));
            throw new InvalidInputException("The piece cannot be entered", errors);
        }
        return create(work, draft);
    }

    /**
     * Enters a new piece already read by {@link PieceReader}.
     *
     * @throws InvalidInputException for a taken serial or EPC, an unknown location or a status a piece
     *                               cannot arrive in
     */
    public Piece create(UnitOfWork work, Piece draft) {
        List<FieldError> errors = refusalsOfNew(work.inventory(), draft);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The piece cannot be entered", errors);
        }
        Piece piece = draft.asNew(work.now());
        work.inventory().save(piece);
        work.record(PIECE_CREATED, piece.serial(), mapper.valueToTree(piece));
        return piece;
    }

    /**
     * Every reason {@link #create(UnitOfWork, JsonNode)} would refuse this piece against {@code store} now,
     * without writing anything; empty when it would be entered. Lets a caller check many pieces before
     * entering any (an all-or-nothing import).
     */
    public List<FieldError> refusalsOfNew(InventoryStore store, JsonNode json) {
        try {
            return refusalsOfNew(store, reader.read(json));
        } catch (InvalidInputException e) {
            List<FieldError> errors = new ArrayList<>(e.errors());
            errors.addAll(storeErrorsOfRawFields(store, json, errors));
            return errors;
        }
    }

    private List<FieldError> refusalsOfNew(InventoryStore store, Piece draft) {
        List<FieldError> errors = new ArrayList<>(checkAgainstStore(store, draft, null));
        if (store.piece(draft.serial()).isPresent()) {
            errors.add(0, new FieldError("serial", "a piece with serial " + draft.serial() + " already exists"));
        }
        if (!PieceStatus.initial().contains(draft.status())) {
            errors.add(new FieldError("status", "a new piece cannot be '" + draft.status().label()
                    + "'; it arrives as one of " + labels(PieceStatus.initial())));
        }
        return errors;
    }

    /** Store rules on the raw fields of a piece that failed to read, for fields without an error yet. */
    private static List<FieldError> storeErrorsOfRawFields(InventoryStore store, JsonNode json, List<FieldError> known) {
        List<FieldError> errors = new ArrayList<>();
        if (json == null || !json.isObject()) {
            return errors;
        }
        Set<String> flagged = new java.util.HashSet<>();
        known.forEach(e -> flagged.add(e.field()));
        String serial = json.path("serial").isTextual() ? json.get("serial").asText().trim() : null;
        if (serial != null && !flagged.contains("serial") && store.piece(serial).isPresent()) {
            errors.add(new FieldError("serial", "a piece with serial " + serial + " already exists"));
        }
        String epc = json.path("epc").isTextual() ? json.get("epc").asText().trim().toUpperCase(java.util.Locale.ROOT) : null;
        if (epc != null && !flagged.contains("epc")) {
            store.serialWithEpc(epc).ifPresent(other ->
                    errors.add(new FieldError("epc", "EPC " + epc + " is already on piece " + other)));
        }
        String location = json.path("location").isTextual() ? json.get("location").asText().trim() : null;
        if (location != null && !location.isEmpty() && !flagged.contains("location") && store.location(location).isEmpty()) {
            errors.add(new FieldError("location", "there is no location '" + location + "'"));
        }
        return errors;
    }

    /**
     * Changes a piece with a JSON merge patch (RFC 7396): fields present replace, null removes.
     *
     * @return the piece after the change (unchanged, without an event, when the patch changes nothing)
     * @throws NotFoundException     when there is no such piece
     * @throws InvalidInputException when the patched piece breaks a rule or the serial would change
     * @throws ConflictException     when the status change is not allowed from the current status
     */
    public Piece update(UnitOfWork work, String serial, JsonNode patch) {
        Piece current = work.inventory().piece(serial)
                .orElseThrow(() -> new NotFoundException("There is no piece with serial " + serial));
        if (patch == null || !patch.isObject()) {
            throw InvalidInputException.of("", "a change is a JSON object of the fields to change");
        }
        if (patch.has("serial") && !serial.equals(patch.get("serial").asText())) {
            throw InvalidInputException.of("serial", "a serial cannot change; enter a new piece instead");
        }
        ObjectNode before = mapper.valueToTree(current);
        ObjectNode merged = before.deepCopy();
        MergePatch.apply(merged, (ObjectNode) patch);
        Piece candidate = reader.read(merged);
        if (candidate.status() != current.status() && !current.status().canMoveTo(candidate.status())) {
            throw new ConflictException("A piece that is " + current.status().label() + " cannot become "
                    + candidate.status().label() + "; from " + current.status().label() + " it can become "
                    + (current.status().next().isEmpty() ? "nothing: it is closed" : labels(current.status().next())));
        }
        List<FieldError> errors = checkAgainstStore(work.inventory(), candidate, current);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The change cannot be made", errors);
        }
        Piece next = candidate.asSuccessorOf(current, work.now());
        ObjectNode changes = changes(before, mapper.valueToTree(next));
        if (changes.isEmpty()) {
            return current;
        }
        work.inventory().save(next);
        ObjectNode data = mapper.createObjectNode();
        data.put("serial", serial);
        data.put("version", next.version());
        data.set("changes", changes);
        work.record(next.status() != current.status() ? PIECE_STATUS_CHANGED : PIECE_UPDATED, serial, data);
        return next;
    }

    /**
     * Adds a location.
     *
     * @throws InvalidInputException for a malformed or taken id, a missing name or kind, an unknown parent
     */
    public Location createLocation(UnitOfWork work, JsonNode json) {
        List<FieldError> errors = new ArrayList<>();
        FieldReader in = new FieldReader(errors, "");
        if (json == null || !json.isObject()) {
            throw InvalidInputException.of("", "a location is a JSON object");
        }
        String id = null;
        if (!in.has(json, "id")) {
            in.error("id", "is required");
        } else {
            id = in.matching(json, "id", LOCATION_ID, "must be 1 to 40 lower-case letters, digits or '-'");
        }
        String name = in.requiredText(json, "name", 80);
        LocationKind kind = null;
        if (!in.has(json, "kind")) {
            in.error("kind", "is required (case, tray, window, safe, back office)");
        } else {
            String text = in.text(json, "kind", 20);
            kind = text == null ? null : LocationKind.fromLabel(text).orElse(null);
            if (text != null && kind == null) {
                in.error("kind", "'" + text + "' is not one of case, tray, window, safe, back office");
            }
        }
        String parent = in.text(json, "parent", 40);
        if (id != null && work.inventory().location(id).isPresent()) {
            in.error("id", "a location with id " + id + " already exists");
        }
        if (parent != null && work.inventory().location(parent).isEmpty()) {
            in.error("parent", "there is no location " + parent);
        }
        if (parent != null && parent.equals(id)) {
            in.error("parent", "a location cannot contain itself");
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!Set.of("id", "name", "kind", "parent").contains(field)) {
                in.error(field, "is not a field of a location");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The location cannot be added", errors);
        }
        Location location = new Location(id, name, kind, parent);
        work.inventory().save(location);
        work.record(LOCATION_CREATED, id, mapper.valueToTree(location));
        return location;
    }

    private List<FieldError> checkAgainstStore(InventoryStore store, Piece piece, Piece current) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < piece.photos().size(); i++) {
            if (!attachmentExists.test(piece.photos().get(i))) {
                errors.add(new FieldError("photos[" + i + "]", "no attachment " + piece.photos().get(i) + "; upload it first"));
            }
        }
        for (int i = 0; i < piece.certificates().size(); i++) {
            String scan = piece.certificates().get(i).scan();
            if (scan != null && !attachmentExists.test(scan)) {
                errors.add(new FieldError("certificates[" + i + "].scan", "no attachment " + scan + "; upload it first"));
            }
        }
        if (piece.epc() != null && (current == null || !piece.epc().equals(current.epc()))) {
            store.serialWithEpc(piece.epc()).filter(other -> !other.equals(piece.serial())).ifPresent(other ->
                    errors.add(new FieldError("epc", "EPC " + piece.epc() + " is already on piece " + other)));
        }
        if (store.location(piece.location()).isEmpty()) {
            errors.add(new FieldError("location", "there is no location '" + piece.location() + "'"));
        }
        return errors;
    }

    /** RFC 7396 JSON merge patch, in place. */
    /** {field: {from, to}} for each top-level field that differs. */
    private ObjectNode changes(ObjectNode before, ObjectNode after) {
        ObjectNode changes = mapper.createObjectNode();
        Set<String> fields = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            if (UNTRACKED.contains(field)) {
                continue;
            }
            JsonNode from = before.get(field);
            JsonNode to = after.get(field);
            if (from == null ? to != null : !from.equals(to)) {
                ObjectNode change = changes.putObject(field);
                change.set("from", from == null ? mapper.nullNode() : from);
                change.set("to", to == null ? mapper.nullNode() : to);
            }
        }
        return changes;
    }

    private static String labels(Set<PieceStatus> statuses) {
        return String.join(", ", statuses.stream().map(PieceStatus::label).toList());
    }
}
