package io.assay.edge.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.csv.PieceCsvWriter;
import io.assay.edge.domain.FieldError;
import io.assay.edge.json.Json;
import io.assay.edge.staff.Permission;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * What the boutique paid for a piece is for those with {@link Permission#COST_READ}: for everyone else the
 * server leaves the field out of pieces, lists, history events and exports (the screens cannot show what
 * they never receive), and refuses to let them set it. Margin and supplier fields, when they come, are
 * listed in {@link #FIELDS}.
 */
final class CostVisibility {

    /** The piece fields withheld, as the piece's JSON names them. */
    static final List<String> FIELDS = List.of("cost");

    private CostVisibility() {
    }

    static boolean hidden(RoutingContext rc) {
        return !Caller.may(rc, Permission.COST_READ);
    }

    /** A piece (or a page of pieces: anything with pieces in {@code items}) as the caller may see it. */
    static Object pieces(RoutingContext rc, Object value) {
        if (!hidden(rc)) {
            // Serialised once, as it is, for those who may see everything.
            return value;
        }
        JsonNode json = Json.mapper().valueToTree(value);
        if (json.has("items")) {
            json.path("items").forEach(CostVisibility::strip);
        } else {
            strip(json);
        }
        return json;
    }

    /**
     * Journal events about pieces as the caller may see them: the cost left out of their data and changes.
     * Freshly parsed events only: they are changed in place.
     */
    static List<ObjectNode> events(RoutingContext rc, List<ObjectNode> events) {
        // The events are parsed for this answer alone (Journal#bySubject), so they are stripped in place.
        if (hidden(rc)) {
            for (ObjectNode event : events) {
                strip(event.path("data"));
                strip(event.path("data").path("changes"));
            }
        }
        return events;
    }

    /** The export's columns for the caller. */
    static PieceCsvWriter csv(RoutingContext rc) {
        return hidden(rc) ? PieceCsvWriter.WITHOUT_COST : PieceCsvWriter.ALL_COLUMNS;
    }

    /** Refuses a piece body that sets a withheld field, when the caller may not see it. */
    static void checkWritable(RoutingContext rc, JsonNode body) {
        if (!hidden(rc)) {
            return;
        }
        List<FieldError> errors = FIELDS.stream().filter(body::has)
                .map(f -> new FieldError(f, "only staff who may see costs can set " + f)).toList();
        if (!errors.isEmpty()) {
            throw new ForbiddenException("Your role may not set what the boutique paid (it needs the "
                    + Permission.COST_READ.jsonName() + " permission)", errors);
        }
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(FIELDS);
        }
    }
}
