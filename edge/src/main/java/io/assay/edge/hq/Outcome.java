package io.assay.edge.hq;

import java.util.Locale;

/** What became of a message from HQ: the label of {@code assay_hq_commands_total}. */
public enum Outcome {
    /** Applied, and answered with {@code io.assay.hq.command-accepted}. */
    ACCEPTED,
    /** Well formed but refused by the store's rules (a sold piece...), answered with the reason. */
    REFUSED,
    /** Not a command the contract describes: unreadable JSON, a missing or wrong field. */
    MALFORMED,
    /** On a topic that is not this store's, or a kind the channel does not carry. */
    UNAUTHORISED,
    /** Answered before: a second delivery, applied no second time. */
    DUPLICATE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
