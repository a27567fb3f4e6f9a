package io.assay.edge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.hq.ClientContact;
import io.assay.edge.hq.OnlineInterest;
import io.assay.edge.hq.Reservation;
import io.assay.edge.hq.ScheduledPriceChange;
import io.assay.edge.hq.Transfer;
import io.assay.edge.index.SerialIndex;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.json.Json;
import java.time.Instant;

/**
 * What HQ's commands left, as the API shows it to the back office. Each entry that names a piece carries
 * a summary of it as the store holds it now (what it is, its price, where it rests), so a screen needs no
 * second request per line; the cost is never in it.
 */
final class HqViews {

    private static final ObjectMapper MAPPER = Json.mapper();

    private final SerialIndex index;

    HqViews(SerialIndex index) {
        this.index = index;
    }

    ObjectNode reservation(Reservation r) {
        ObjectNode json = MAPPER.createObjectNode().put("serial", r.serial()).put("command", r.command());
        json.set("client", client(r.client()));
        time(json, "until", r.until());
        time(json, "reservedAt", r.reservedAt());
        return withPiece(json, r.serial());
    }

    ObjectNode priceChange(ScheduledPriceChange c) {
        ObjectNode json = MAPPER.createObjectNode().put("id", c.id()).put("command", c.command()).put("target", c.target());
        if (c.serial() != null) {
            json.put("serial", c.serial());
        } else {
            json.put("style", c.style()).put("pieces", index.byStyle(c.style()).size());
        }
        json.set("price", MAPPER.valueToTree(c.price()));
        time(json, "effectiveAt", c.effectiveAt());
        time(json, "receivedAt", c.receivedAt());
        return c.serial() == null ? json : withPiece(json, c.serial());
    }

    ObjectNode transfer(Transfer t) {
        ObjectNode json = MAPPER.createObjectNode().put("serial", t.serial()).put("state", t.state());
        text(json, "command", t.command());
        text(json, "fromStore", t.fromStore());
        text(json, "toStore", t.toStore());
        time(json, "at", t.at());
        time(json, "receivedAt", t.receivedAt());
        text(json, "receivedBy", t.receivedBy());
        text(json, "location", t.location());
        return withPiece(json, t.serial());
    }

    ObjectNode interest(OnlineInterest i) {
        ObjectNode json = MAPPER.createObjectNode().put("command", i.command()).put("style", i.style()).put("kind", i.kind());
        json.set("client", client(i.client()));
        time(json, "at", i.at());
        // How many of the style the client could be shown here today.
        long inStock = index.byStyle(i.style()).stream().filter(p -> p.status() == PieceStatus.IN_STOCK).count();
        json.put("inStock", inStock);
        return json;
    }

    /** The piece as a list line shows it: what it is, its price, where it rests and its status. */
    private static ObjectNode piece(Piece p) {
        ObjectNode json = MAPPER.createObjectNode().put("serial", p.serial());
        text(json, "description", p.description());
        json.set("category", MAPPER.valueToTree(p.category()));
        if (p.retailPrice() != null) {
            json.set("retailPrice", MAPPER.valueToTree(p.retailPrice()));
        }
        text(json, "location", p.location());
        json.set("status", MAPPER.valueToTree(p.status()));
        return json;
    }

    private ObjectNode withPiece(ObjectNode json, String serial) {
        index.bySerial(serial).ifPresent(p -> json.set("piece", piece(p)));
        return json;
    }

    private static ObjectNode client(ClientContact client) {
        ObjectNode json = MAPPER.createObjectNode().put("name", client.name());
        text(json, "email", client.email());
        text(json, "phone", client.phone());
        return json;
    }

    private static void text(ObjectNode json, String field, String value) {
        if (value != null) {
            json.put(field, value);
        }
    }

    private static void time(ObjectNode json, String field, Instant value) {
        if (value != null) {
            json.put(field, value.toString());
        }
    }
}
