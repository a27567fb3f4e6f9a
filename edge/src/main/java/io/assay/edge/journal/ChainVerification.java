package io.assay.edge.journal;

/**
 * The outcome of recomputing the journal's hash chain.
 *
 * @param ok       true when every event's hash and back-link hold
 * @param count    how many events were checked
 * @param head     the hash of the last event (the chain's head), or of the last good event when broken
 * @param brokenAt the first sequence number whose hash or back-link does not hold, or null when ok
 * @param reason   why it is broken, or null
 */
public record ChainVerification(boolean ok, long count, String head, Long brokenAt, String reason) {
}
