package io.assay.edge.hq;

/**
 * A message from HQ that cannot be read as a command this store takes; answered with
 * {@code io.assay.hq.command-refused} and never applied.
 *
 * @param id   its id, or a digest of it when it has no readable id
 * @param kind its kind as the topic names it
 * @param why  {@link Outcome#MALFORMED} or {@link Outcome#UNAUTHORISED}
 */
public record HqRefusal(String id, String kind, String reason, Outcome why) {
}
