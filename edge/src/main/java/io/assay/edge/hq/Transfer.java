package io.assay.edge.hq;

import java.time.Instant;

/**
 * A piece moving between two stores of the tenant. The sending store holds it {@code in transit} from the
 * moment HQ orders it out; the receiving store expects it, and takes it into stock when it is scanned there.
 *
 * @param state {@link #SENT} at the sender; {@link #EXPECTED} then {@link #RECEIVED} at the receiver
 */
public record Transfer(String serial, String command, String fromStore, String toStore, String state, Instant at,
        Instant receivedAt, String receivedBy, String location) {

    public static final String SENT = "sent";
    public static final String EXPECTED = "expected";
    public static final String RECEIVED = "received";

    Transfer received(Instant when, String by, String into) {
        return new Transfer(serial, command, fromStore, toStore, RECEIVED, at, when, by, into);
    }
}
