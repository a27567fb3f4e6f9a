package io.assay.edge.clients;

import java.time.Instant;

/** A dated note, signed by the staff member who wrote it; notes are added, never edited. */
public record Note(String id, Instant at, String author, String text) {
}
