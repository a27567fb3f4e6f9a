package io.assay.edge.clients;

import java.time.Instant;

/** A style, or one particular piece, the client wished for; {@code source} is {@code store} or {@code online}. */
public record Wish(String style, String serial, Instant at, String source) {
}
