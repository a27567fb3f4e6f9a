package io.assay.edge.clients;

import java.time.Instant;

/** Whether the client agreed to be contacted on a channel, and when she said so: what marketing may rely on. */
public record Consent(String channel, boolean given, Instant at) {
}
