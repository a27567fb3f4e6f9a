package io.assay.edge.hq;

import java.time.Instant;

/** Which of HQ's price changes set a piece's price, effective from when: a change effective earlier never overrides it. */
public record PriceSource(String serial, String change, Instant effectiveAt) {
}
