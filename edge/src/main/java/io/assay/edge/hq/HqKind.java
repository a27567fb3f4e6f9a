package io.assay.edge.hq;

import java.util.Arrays;
import java.util.Optional;

/** What HQ may send a store, and on which channel: a command to one store, or a broadcast to all. */
public enum HqKind {
    PRICE_CHANGE("price-change", false),
    RESERVATION("reservation", false),
    RESERVATION_RELEASE("reservation-release", false),
    TRANSFER("transfer", false),
    INTEREST("interest", false),
    SPOT_PRICES("spot-prices", true),
    EXCHANGE_RATES("exchange-rates", true),
    PRICES("prices", true);

    private final String topicName;
    private final boolean broadcast;

    HqKind(String topicName, boolean broadcast) {
        this.topicName = topicName;
        this.broadcast = broadcast;
    }

    /** The topic level and envelope {@code kind}: {@code price-change}, {@code spot-prices}... */
    public String topicName() {
        return topicName;
    }

    public boolean broadcast() {
        return broadcast;
    }

    public static Optional<HqKind> of(String topicName, boolean broadcast) {
        return Arrays.stream(values()).filter(k -> k.topicName.equals(topicName) && k.broadcast == broadcast).findFirst();
    }
}
