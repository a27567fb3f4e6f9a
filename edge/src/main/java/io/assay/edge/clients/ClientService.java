package io.assay.edge.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.domain.ConflictException;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.domain.NotFoundException;
import io.assay.edge.domain.UnitOfWork;
import io.assay.edge.json.Json;
import io.assay.edge.json.MergePatch;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The client book's commands, run on the writer. Their journal events name the client and which fields
 * changed, never the personal data itself: the journal cannot forget, and a client may ask to be erased.
 */
public final class ClientService {

    public static final String CREATED = "io.assay.client.created";
    public static final String UPDATED = "io.assay.client.updated";
    public static final String NOTE_ADDED = "io.assay.client.note-added";
    public static final String WISH_LIST_CHANGED = "io.assay.client.wish-list-changed";
    public static final String TIER_SET = "io.assay.client.tier-set";
    public static final String MERGED = "io.assay.client.merged";
    public static final String ERASED = "io.assay.client.erased";
    public static final String EXPORTED = "io.assay.client.exported";

    /** The client counter: client ids are C000001, C000002... short enough to read out at the counter. */
    static final String COUNTER = "client";
    private static final Set<String> UNTRACKED = Set.of("id", "notes", "wishList", "tierOverride", "mergedInto", "erasedAt", "createdAt",
            "updatedAt", "version");

    private final ClientReader reader = new ClientReader();

    /** Enters a new client. */
    public Client create(UnitOfWork work, JsonNode json) {
        Client draft = reader.read(json);
        String id = String.format("C%06d", work.sales().next(COUNTER));
        Client client = new Client(id, draft.givenName(), draft.familyName(), draft.phones(), draft.emails(), draft.language(),
                draft.addresses(), draft.consents(), draft.ringSizes(), draft.wrist(), draft.necklace(), draft.preferences(),
                draft.relations(), draft.milestones(), List.of(), List.of(), null, null, null, work.now(), work.now(), 1);
        work.clients().save(client);
        ObjectNode data = Json.mapper().createObjectNode().put("client", id);
        data.set("fields", fieldsOf(Json.mapper().valueToTree(client)));
        work.record(CREATED, id, data);
        return client;
    }

    /** Changes a client's profile with a JSON merge patch (RFC 7396). */
    public Client update(UnitOfWork work, String id, JsonNode patch) {
        Client current = live(work, id);
        if (patch == null || !patch.isObject()) {
            throw InvalidInputException.of("", "a change is a JSON object of the fields to change");
        }
        for (Iterator<String> names = patch.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (UNTRACKED.contains(name) && !name.equals("id")) {
                throw InvalidInputException.of(name, "is not changed here: notes, the wish list and the tier have their own commands");
            }
        }
        if (patch.has("id") && !id.equals(patch.get("id").asText())) {
            throw InvalidInputException.of("id", "a client's id cannot change");
        }
        ObjectNode before = Json.mapper().valueToTree(current);
        ObjectNode merged = before.deepCopy();
        MergePatch.apply(merged, (ObjectNode) patch);
        Client edited = reader.read(merged);
        Client next = current.withProfile(edited, work.now());
        ArrayNode changed = changedFields(before, Json.mapper().valueToTree(next));
        if (changed.isEmpty()) {
            return current;
        }
        work.clients().save(next);
        ObjectNode data = Json.mapper().createObjectNode().put("client", id).put("version", next.version());
        data.set("changed", changed);
        work.record(UPDATED, id, data);
        return next;
    }

    /** Adds a note signed by whoever is acting. */
    public Note addNote(UnitOfWork work, String id, JsonNode json) {
        Client current = live(work, id);
        String text = json != null && json.path("text").isTextual() ? json.get("text").asText().trim() : "";
        if (text.isEmpty() || text.length() > 4000) {
            throw InvalidInputException.of("text", "a note is 1 to 4000 characters");
        }
        Note note = new Note(UUID.randomUUID().toString(), work.now(), work.actor(), text);
        work.clients().save(current.withNote(note, work.now()));
        work.record(NOTE_ADDED, id, Json.mapper().createObjectNode().put("client", id).put("note", note.id()));
        return note;
    }

    /** Adds a style or a piece to the client's wish list, or takes it off ({@code remove}). */
    public Client wish(UnitOfWork work, String id, String style, String serial, String source, boolean remove) {
        Client current = live(work, id);
        if ((style == null) == (serial == null)) {
            throw InvalidInputException.of("style", "name either a style or a piece (serial)");
        }
        if (serial != null && !remove && work.inventory().piece(serial).isEmpty()) {
            throw InvalidInputException.of("serial", "there is no piece " + serial);
        }
        List<Wish> wishes = new ArrayList<>(current.wishList());
        boolean had = wishes.removeIf(w -> (style != null && style.equals(w.style())) || (serial != null && serial.equals(w.serial())));
        if (!remove) {
            wishes.add(new Wish(style, serial, work.now(), source));
        } else if (!had) {
            return current;
        }
        Client next = current.withWishList(wishes, work.now());
        work.clients().save(next);
        ObjectNode data = Json.mapper().createObjectNode().put("client", id).put(remove ? "removed" : "added", style != null ? style : serial);
        work.record(WISH_LIST_CHANGED, id, data);
        return next;
    }

    /** A manager sets the client's tier by hand, or gives it back to the thresholds ({@code tier} null). */
    public Client setTier(UnitOfWork work, String id, String tier) {
        Client current = live(work, id);
        if (tier != null && !Tiers.NAMES.contains(tier)) {
            throw InvalidInputException.of("tier", "must be one of " + String.join(", ", Tiers.NAMES) + ", or null for the thresholds");
        }
        Client next = current.withTierOverride(tier, work.now());
        work.clients().save(next);
        ObjectNode data = Json.mapper().createObjectNode().put("client", id);
        if (tier == null) {
            data.putNull("tier");
        } else {
            data.put("tier", tier);
        }
        work.record(TIER_SET, id, data);
        return next;
    }

    /**
     * Merges {@code duplicate} into {@code survivor}: the survivor gains every contact, size, person, date, note
     * and wish the duplicate had; the duplicate stays as a pointer, so her sales and layaways count for the survivor.
     */
    public Client merge(UnitOfWork work, String survivorId, String duplicateId) {
        if (survivorId.equals(duplicateId)) {
            throw InvalidInputException.of("duplicate", "a client cannot be merged into herself");
        }
        Client survivor = live(work, survivorId);
        Client duplicate = live(work, duplicateId);
        Client merged = ClientMerge.of(survivor, duplicate, work.now());
        work.clients().save(merged);
        work.clients().save(duplicate.mergedInto(survivorId, work.now()));
        work.record(MERGED, duplicateId, Json.mapper().createObjectNode().put("client", duplicateId).put("into", survivorId));
        return merged;
    }

    /**
     * Erases a client's personal data at her request; her sales stay, anonymous. The notes of her
     * appointments and the contacts HQ sent with her online interest go too.
     *
     * @param appointments her appointments' ids
     * @param interests    the ids of HQ's online interest linked to her
     */
    public Client erase(UnitOfWork work, String id, List<String> appointments, List<String> interests) {
        Client current = live(work, id);
        Client erased = current.erased(work.now());
        for (String appointment : appointments) {
            work.clients().appointment(appointment).filter(a -> id.equals(a.client())).ifPresent(a -> work.clients().save(a.withoutNote()));
        }
        for (String interest : interests) {
            work.hq().onlineInterest(interest).filter(i -> id.equals(i.clientId())).ifPresent(i -> work.hq().save(i.anonymous()));
        }
        work.clients().save(erased);
        work.record(ERASED, id, Json.mapper().createObjectNode().put("client", id));
        return erased;
    }

    /** Journals that a client's data was handed out (a data access request). */
    public void exported(UnitOfWork work, String id) {
        live(work, id);
        work.record(EXPORTED, id, Json.mapper().createObjectNode().put("client", id));
    }

    static Client live(UnitOfWork work, String id) {
        Client client = work.clients().client(id).orElseThrow(() -> new NotFoundException("There is no client " + id));
        if (client.mergedInto() != null) {
            throw new ConflictException("Client " + id + " was merged into " + client.mergedInto());
        }
        if (client.erasedAt() != null) {
            throw new ConflictException("Client " + id + " was erased at her request");
        }
        return client;
    }

    private static ArrayNode fieldsOf(ObjectNode client) {
        ArrayNode fields = Json.mapper().createArrayNode();
        client.fields().forEachRemaining(e -> {
            if (!UNTRACKED.contains(e.getKey()) && !e.getValue().isNull() && !(e.getValue().isContainerNode() && e.getValue().isEmpty())) {
                fields.add(e.getKey());
            }
        });
        return fields;
    }

    private static ArrayNode changedFields(ObjectNode before, ObjectNode after) {
        ArrayNode changed = Json.mapper().createArrayNode();
        after.fieldNames().forEachRemaining(name -> {
            if (!UNTRACKED.contains(name) && !java.util.Objects.equals(before.get(name), after.get(name))) {
                changed.add(name);
            }
        });
        return changed;
    }
}
