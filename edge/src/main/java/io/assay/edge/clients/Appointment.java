package io.assay.edge.clients;

import java.time.Instant;
import java.util.List;

/**
 * A private viewing: a client, an associate and a time. The pieces pulled for it are held (reserved) from
 * when it is booked until it ends, then go back to stock unless one was sold.
 *
 * @param state {@link #BOOKED}, {@link #DONE} (its time ended, pieces released) or {@link #CANCELLED}
 */
public record Appointment(String id, String client, String associate, Instant start, Instant end, String note, List<String> pieces,
        String state, String bookedBy, Instant bookedAt, long version) {

    public static final String BOOKED = "booked";
    public static final String DONE = "done";
    public static final String CANCELLED = "cancelled";

    public Appointment {
        pieces = pieces == null ? List.of() : List.copyOf(pieces);
    }

    public boolean booked() {
        return BOOKED.equals(state);
    }

    Appointment withoutNote() {
        return new Appointment(id, client, associate, start, end, null, pieces, state, bookedBy, bookedAt, version + 1);
    }

    Appointment ended(String how) {
        return new Appointment(id, client, associate, start, end, note, pieces, how, bookedBy, bookedAt, version + 1);
    }
}
