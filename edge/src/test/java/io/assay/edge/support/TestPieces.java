package io.assay.edge.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.json.Json;

/** Valid pieces and locations as JSON, for tests of the write path. */
public final class TestPieces {

    private TestPieces() {
    }

    /** A valid 18k gold ring at {@code location}; {@code epc} may be null. */
    public static ObjectNode ring(String serial, String epc, String location) {
        ObjectNode piece = Json.mapper().createObjectNode();
        piece.put("serial", serial);
        if (epc != null) {
            piece.put("epc", epc);
        }
        piece.put("category", "ring");
        piece.put("description", "18k yellow gold band with a round diamond");
        piece.put("metal", "gold");
        piece.put("fineness", "18k");
        piece.putObject("weight").put("value", "5.20").put("unit", "g");
        piece.putObject("retailPrice").put("amount", "2450.00").put("currency", "USD");
        piece.put("location", location);
        return piece;
    }

    public static ObjectNode location(String id, String kind) {
        ObjectNode location = Json.mapper().createObjectNode();
        location.put("id", id);
        location.put("name", id.toUpperCase());
        location.put("kind", kind);
        return location;
    }
}
