package io.assay.edge.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One piece of the demo stock as the API takes it.
 *
 * @param entry  the piece as entered (POST /api/v1/items), in a status a piece may arrive in
 * @param change a merge patch applied after entry (reserving or selling it), or null
 */
public record DemoPiece(ObjectNode entry, ObjectNode change) {

    public String serial() {
        return entry.get("serial").asText();
    }
}
