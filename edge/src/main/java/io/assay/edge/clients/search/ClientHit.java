package io.assay.edge.clients.search;

/** A client found, how well, and on what: {@code name}, {@code phone} or {@code email}. */
public record ClientHit(String id, int score, String matchedOn) {
}
