package io.assay.edge.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Which journal events an auditor asks for: by who acted, what it was about, what happened (exactly, or
 * every type starting with a prefix given as {@code io.assay.staff.*}) and when (from inclusive, to
 * exclusive). Null: any.
 */
public record AuditQuery(String actor, String subject, String type, Instant from, Instant to) {

    public boolean matches(ObjectNode event) {
        if (actor != null && !actor.equals(event.path("actor").asText())) {
            return false;
        }
        if (subject != null && !subject.equals(event.path("subject").asText())) {
            return false;
        }
        String eventType = event.path("type").asText();
        if (type != null && !(type.endsWith("*") ? eventType.startsWith(type.substring(0, type.length() - 1)) : type.equals(eventType))) {
            return false;
        }
        if (from == null && to == null) {
            return true;
        }
        Instant time;
        try {
            time = Instant.parse(event.path("time").asText());
        } catch (DateTimeParseException e) {
            return false;
        }
        return (from == null || !time.isBefore(from)) && (to == null || time.isBefore(to));
    }
}
