package io.assay.edge.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One committed journal entry: a CloudEvents 1.0 JSON object with the extension attributes {@code seq},
 * {@code actor}, {@code prevhash} and {@code hash}, and {@code approver} when a second person approved
 * the actor's action.
 *
 * @param seq     position in the journal, from 1, without gaps
 * @param type    e.g. {@code io.assay.piece.created}
 * @param subject what the event is about (a serial, a location id)
 * @param json    the whole event as stored, including {@code hash}; do not modify
 */
public record JournalEvent(long seq, String id, String type, String subject, String actor, String hash, ObjectNode json) {
}
