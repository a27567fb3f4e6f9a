package io.assay.edge.hq;

import java.time.Instant;

/**
 * How the store answered one of HQ's commands or broadcasts, kept by its id so that a second delivery
 * (QoS 1, a retained broadcast met again on reconnection) is recognised and applied no second time.
 *
 * @param reason why it was refused; null when accepted
 */
public record HqAnswer(String id, String kind, boolean accepted, String reason, Instant at) {
}
