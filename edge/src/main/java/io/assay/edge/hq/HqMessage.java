package io.assay.edge.hq;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A command or broadcast from HQ, read from its topic and payload: its idempotency {@code id}, its kind and
 * what it asks ({@code body}: a command's {@code payload}, or a broadcast itself).
 *
 * @param issuedAt when HQ issued it; null for a broadcast, which carries no envelope
 */
public record HqMessage(String id, HqKind kind, Instant issuedAt, JsonNode body) {
}
