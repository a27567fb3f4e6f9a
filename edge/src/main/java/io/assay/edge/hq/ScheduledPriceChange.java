package io.assay.edge.hq;

import io.assay.edge.inventory.Money;
import java.time.Instant;
import java.util.List;

/**
 * A price HQ set for one piece or every piece of a style, from a time on. Kept pending until that time,
 * applied then (offline too), never before.
 *
 * @param id      HQ's command id; for one of several changes in a {@code prices} broadcast, its id and index
 * @param serial  the piece, or null for a style
 * @param style   the style, or null for a piece
 * @param state   {@link #PENDING} or {@link #APPLIED}
 * @param applied the serials it repriced, once applied
 * @param kept    the serials it left alone (a later change had priced them, or the piece refused the price), once applied
 */
public record ScheduledPriceChange(String id, String command, String serial, String style, Money price, Instant effectiveAt,
        Instant receivedAt, String state, Instant appliedAt, List<String> applied, List<String> kept) {

    public static final String PENDING = "pending";
    public static final String APPLIED = "applied";

    public ScheduledPriceChange {
        applied = applied == null ? List.of() : List.copyOf(applied);
        kept = kept == null ? List.of() : List.copyOf(kept);
    }

    public boolean pending() {
        return PENDING.equals(state);
    }

    public boolean dueAt(Instant now) {
        return pending() && !effectiveAt.isAfter(now);
    }

    /** What it is about, for messages: "piece R-1" or "style ST-9". */
    public String target() {
        return serial != null ? "piece " + serial : "style " + style;
    }

    ScheduledPriceChange done(Instant at, List<String> repriced, List<String> left) {
        return new ScheduledPriceChange(id, command, serial, style, price, effectiveAt, receivedAt, APPLIED, at, repriced, left);
    }
}
