package io.assay.edge.hq;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.domain.FieldError;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.json.FieldReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the fields of one of HQ's payloads, collecting every error; {@link #check()} refuses them together. */
final class Fields {

    /** A tenant, store or style id: also a topic level. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final List<FieldError> errors = new ArrayList<>();
    private final FieldReader in;
    private final JsonNode body;

    /** @param prefix where the body sits in the message ({@code payload.} for a command) */
    Fields(JsonNode body, String prefix) {
        this.body = body;
        this.in = new FieldReader(errors, prefix);
    }

    static Fields of(HqMessage message) {
        return new Fields(message.body(), message.kind().broadcast() ? "" : "payload.");
    }

    FieldReader reader() {
        return in;
    }

    JsonNode body() {
        return body;
    }

    String serial() {
        return in.requiredText(body, "serial", 64);
    }

    String id(String field, boolean required) {
        if (!in.has(body, field)) {
            if (required) {
                in.error(field, "is required");
            }
            return null;
        }
        return in.matching(body, field, ID, "must be letters, digits, '.', '_' or '-', at most 64");
    }

    Instant instant(String field) {
        if (!in.has(body, field)) {
            in.error(field, "is required");
            return null;
        }
        Instant at = HqInbox.instant(body.get(field));
        if (at == null) {
            in.error(field, "must be an RFC 3339 date-time such as 2026-12-01T18:00:00Z");
        }
        return at;
    }

    ClientContact client() {
        JsonNode client = in.object(body, "client");
        if (client == null) {
            if (!in.has(body, "client")) {
                in.error("client", "is required");
            }
            return null;
        }
        FieldReader c = in.nested("client");
        String name = c.requiredText(client, "name", 200);
        String email = c.text(client, "email", 200);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            c.error("email", "must be an email address");
        }
        String phone = c.text(client, "phone", 40);
        return name == null ? null : new ClientContact(name, email, phone);
    }

    /** Refuses the payload when anything was wrong, naming every field. */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The payload is malformed", errors);
        }
    }
}
