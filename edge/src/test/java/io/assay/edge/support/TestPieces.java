package io.assay.edge.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;

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

    /**
     * The piece of issue 3 section 6, verbatim: the JSON contract later checks rely on. It rests at
     * {@code case-1}, which the demo seeds and a test must create first.
     */
    public static ObjectNode contractDocument() {
        try {
            return (ObjectNode) Json.mapper().readTree("""
                    {"serial": "R-10234", "epc": "3034257BF7194E4000001A85", "style": "SOL-RD-100",
                     "category": "engagement ring", "description": "Round brilliant solitaire",
                     "designer": "House", "collection": "Lumiere",
                     "metal": "platinum", "fineness": "950", "metalColour": "white",
                     "weight": {"value": "4.12", "unit": "g"}, "ringSize": {"value": "6.5", "system": "US"},
                     "stones": [{"type": "diamond", "shape": "round", "count": 1, "caratWeight": "1.01",
                                 "colour": "F", "clarity": "VS1", "cut": "excellent", "polish": "excellent",
                                 "symmetry": "very good", "fluorescence": "none"}],
                     "certificates": [{"lab": "GIA", "number": "2141438171", "date": "2024-03-18"}],
                     "cost": {"amount": "5200.00", "currency": "USD"},
                     "retailPrice": {"amount": "12500.00", "currency": "USD"},
                     "location": "case-1", "status": "in stock", "notes": ""}
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode location(String id, String kind) {
        ObjectNode location = Json.mapper().createObjectNode();
        location.put("id", id);
        location.put("name", id.toUpperCase());
        location.put("kind", kind);
        return location;
    }
}
