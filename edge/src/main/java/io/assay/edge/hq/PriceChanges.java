package io.assay.edge.hq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.domain.ConflictException;
import io.assay.edge.domain.DomainException;
import io.assay.edge.domain.UnitOfWork;
import io.assay.edge.inventory.InventoryService;
import io.assay.edge.inventory.Money;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HQ's prices: each change is kept pending until its effective time and applied then, by the store's own
 * clock, whether HQ is reachable or not, and never before. Per piece, the change effective latest wins:
 * a change that arrives late with an earlier effective time does not undo a later one.
 */
public final class PriceChanges {

    public static final String APPLIED = "io.assay.price.change-applied";
    private static final Logger LOG = LoggerFactory.getLogger(PriceChanges.class);

    private final InventoryService inventory;
    private final Currency currency;
    private final Function<String, List<String>> serialsOfStyle;

    /** @param serialsOfStyle the serials of a style's pieces, as committed so far */
    public PriceChanges(InventoryService inventory, Currency currency, Function<String, List<String>> serialsOfStyle) {
        this.inventory = inventory;
        this.currency = currency;
        this.serialsOfStyle = serialsOfStyle;
    }

    /** One {@code price-change} command: scheduled, or refused with the reason. */
    ObjectNode schedule(UnitOfWork work, HqMessage message) {
        ScheduledPriceChange change = schedule(work, message.id(), message.id(), Fields.of(message));
        return JsonNodeFactory.instance.objectNode().put("effectiveAt", change.effectiveAt().toString()).put("state", change.state());
    }

    /**
     * A {@code prices} broadcast: each change that concerns this store is scheduled; those that do not are
     * listed with the reason. Refused only when none concerns it.
     */
    ObjectNode scheduleAll(UnitOfWork work, HqMessage message) {
        List<JsonNode> changes = Fields.of(message).reader().array(message.body(), "changes");
        if (changes.isEmpty()) {
            throw new ConflictException("changes: must list at least one price change");
        }
        // The earliest effective first, so that a later one in the same list is not taken for overtaken.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> Optional.ofNullable(HqInbox.instant(changes.get(i).get("effectiveAt"))).orElse(Instant.MIN)));
        List<String> reasons = new ArrayList<>();
        ArrayNode scheduled = JsonNodeFactory.instance.arrayNode();
        for (int i : order) {
            try {
                // Each is refused, if at all, before it writes anything: the others still go ahead.
                ScheduledPriceChange change = schedule(work, id(message, i), message.id(), new Fields(changes.get(i), "changes[" + i + "]."));
                scheduled.addObject().put("id", change.id()).put("target", change.target()).put("state", change.state());
            } catch (DomainException e) {
                reasons.add(HqCommands.reason(e));
            }
        }
        if (scheduled.isEmpty()) {
            throw new ConflictException(String.join("; ", reasons));
        }
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        details.set("scheduled", scheduled);
        if (!reasons.isEmpty()) {
            ArrayNode skipped = details.putArray("skipped");
            reasons.forEach(skipped::add);
        }
        return details;
    }

    private static String id(HqMessage message, int index) {
        return message.id() + "#" + (index + 1);
    }

    private ScheduledPriceChange schedule(UnitOfWork work, String id, String command, Fields fields) {
        ScheduledPriceChange change = check(work, id, fields);
        ScheduledPriceChange pending = new ScheduledPriceChange(id, command, change.serial(), change.style(), change.price(),
                change.effectiveAt(), work.now(), ScheduledPriceChange.PENDING, null, null, null);
        work.hq().save(pending);
        // Due already (sent late, or while the store was offline): applied now, in the same commit.
        return pending.dueAt(work.now()) ? apply(work, pending) : pending;
    }

    /** The change as read, if the store would take it; refused with the reason otherwise. */
    private ScheduledPriceChange check(UnitOfWork work, String id, Fields fields) {
        JsonNode body = fields.body();
        String serial = body.has("serial") ? fields.serial() : null;
        String style = fields.id("style", false);
        Money price = fields.reader().money(body, "price", true);
        Instant effectiveAt = fields.instant("effectiveAt");
        if (body.has("serial") == body.has("style")) {
            fields.reader().error("serial", "name either a piece (serial) or a style, not both or neither");
        }
        fields.check();
        if (!price.currency().equals(currency)) {
            throw new ConflictException("the price is in " + price.currency().getCurrencyCode() + "; this store sells in "
                    + currency.getCurrencyCode());
        }
        if (work.hq().priceChange(id).isPresent()) {
            throw new ConflictException("price change " + id + " was taken already");
        }
        if (serial != null) {
            Piece piece = work.inventory().piece(serial)
                    .orElseThrow(() -> new ConflictException("piece " + serial + " is missing: this store has no such piece"));
            if (closed(piece)) {
                throw new ConflictException("piece " + serial + " is " + piece.status().label() + ": its price no longer changes");
            }
            Optional<PriceSource> later = work.hq().priceSource(serial).filter(s -> s.effectiveAt().isAfter(effectiveAt));
            if (later.isPresent()) {
                throw new ConflictException("piece " + serial + " has a later price already, from change " + later.get().change()
                        + " effective at " + later.get().effectiveAt());
            }
        } else if (serialsOfStyle.apply(style).isEmpty()) {
            throw new ConflictException("style " + style + " has no piece in this store");
        }
        return new ScheduledPriceChange(id, null, serial, style, price, effectiveAt, null, null, null, null, null);
    }

    /** Applies the change if it is pending and due by now; otherwise does nothing. Never early. */
    public boolean applyIfDue(UnitOfWork work, String id) {
        Optional<ScheduledPriceChange> due = work.hq().priceChange(id).filter(c -> c.dueAt(work.now()));
        due.ifPresent(c -> apply(work, c));
        return due.isPresent();
    }

    private ScheduledPriceChange apply(UnitOfWork work, ScheduledPriceChange change) {
        List<String> repriced = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> serials = change.serial() != null ? List.of(change.serial()) : serialsOfStyle.apply(change.style());
        for (String serial : serials) {
            Piece piece = work.inventory().piece(serial).orElse(null);
            if (piece == null || closed(piece) || (change.style() != null && !change.style().equals(piece.style()))) {
                continue;
            }
            if (work.hq().priceSource(serial).filter(s -> s.effectiveAt().isAfter(change.effectiveAt())).isPresent()) {
                kept.add(serial);
                continue;
            }
            if (!change.price().equals(piece.retailPrice())) {
                ObjectNode patch = JsonNodeFactory.instance.objectNode();
                patch.set("retailPrice", Json.mapper().valueToTree(change.price()));
                try {
                    // Refused before it writes anything, so the other pieces still take the change.
                    inventory.update(work, serial, patch);
                } catch (DomainException e) {
                    LOG.warn("price change {} left {} alone: {}", change.id(), serial, HqCommands.reason(e));
                    kept.add(serial);
                    continue;
                }
            }
            work.hq().save(new PriceSource(serial, change.id(), change.effectiveAt()));
            repriced.add(serial);
        }
        ScheduledPriceChange done = change.done(work.now(), repriced, kept);
        work.hq().save(done);
        ObjectNode data = Json.mapper().createObjectNode().put("change", change.id()).put("command", change.command())
                .put("target", change.target()).put("effectiveAt", change.effectiveAt().toString());
        data.set("price", Json.mapper().valueToTree(change.price()));
        data.set("repriced", Json.mapper().valueToTree(repriced));
        data.set("kept", Json.mapper().valueToTree(kept));
        work.record(APPLIED, change.id(), data);
        return done;
    }

    /** Sold, written off, or gone to its consignor: a price no longer means anything. */
    private static boolean closed(Piece piece) {
        return piece.status() == PieceStatus.SOLD || piece.status() == PieceStatus.WRITTEN_OFF;
    }
}
