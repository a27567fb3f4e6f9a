package io.assay.edge.hq;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/**
 * Reads what arrives from HQ's broker into a {@link HqMessage}, or into the reason it cannot be taken: a topic
 * that is not this store's (another store's commands, another tenant's broadcasts), a kind the channel does
 * not carry, more than {@link #MAX_BYTES}, or a payload that is not the contract's envelope. Nothing here
 * throws on input.
 */
public final class HqInbox {

    /** The largest payload read: a price list for a whole tenant fits many times over. */
    public static final int MAX_BYTES = 256 * 1024;
    private static final int MAX_ID = 128;

    private final String commandsPrefix;
    private final String broadcastsPrefix;

    public HqInbox(String tenant, String store) {
        this.commandsPrefix = "assay/v1/" + tenant + "/stores/" + store + "/commands/";
        this.broadcastsPrefix = "assay/v1/" + tenant + "/hq/";
    }

    /** The filters that bring this store's commands and its tenant's broadcasts. */
    public String commandsFilter() {
        return commandsPrefix + "+";
    }

    public String broadcastsFilter() {
        return broadcastsPrefix + "+";
    }

    /** Whether {@code topic} is one this inbox reads (rather than, say, the fleet's stock). */
    public boolean reads(String topic) {
        return topic.startsWith(commandsPrefix) || topic.startsWith(broadcastsPrefix);
    }

    /** What the message is, or why it is refused. */
    public Read read(String topic, byte[] payload) {
        String digest = digest(topic, payload);
        boolean broadcast;
        String kindName;
        if (topic.startsWith(commandsPrefix)) {
            broadcast = false;
            kindName = topic.substring(commandsPrefix.length());
        } else if (topic.startsWith(broadcastsPrefix)) {
            broadcast = true;
            kindName = topic.substring(broadcastsPrefix.length());
        } else {
            return refused(digest, "unknown", "not this store's topic: " + abbreviate(topic), Outcome.UNAUTHORISED);
        }
        HqKind kind = HqKind.of(kindName, broadcast).orElse(null);
        if (kind == null) {
            return refused(digest, abbreviate(kindName), "'" + abbreviate(kindName) + "' is not a kind HQ may send on "
                    + (broadcast ? "its broadcasts" : "this store's commands"), Outcome.UNAUTHORISED);
        }
        if (payload.length > MAX_BYTES) {
            return refused(digest, kindName, "the payload has " + payload.length + " bytes, more than " + MAX_BYTES, Outcome.MALFORMED);
        }
        JsonNode json;
        try {
            json = Json.mapper().readTree(payload);
        } catch (IOException e) {
            return refused(digest, kindName, "the payload is not JSON", Outcome.MALFORMED);
        }
        if (json == null || !json.isObject()) {
            return refused(digest, kindName, "the payload is not a JSON object", Outcome.MALFORMED);
        }
        JsonNode idNode = json.get("id");
        if (idNode == null || !idNode.isTextual() || idNode.asText().isBlank() || idNode.asText().length() > MAX_ID) {
            return refused(digest, kindName, "id: must be text of 1 to " + MAX_ID + " characters", Outcome.MALFORMED);
        }
        String id = idNode.asText();
        if (broadcast) {
            return new Read(new HqMessage(id, kind, null, json), null);
        }
        JsonNode envelopeKind = json.get("kind");
        if (envelopeKind == null || !kindName.equals(envelopeKind.asText())) {
            return refused(id, kindName, "kind: must be '" + kindName + "' as the topic says", Outcome.MALFORMED);
        }
        Instant issuedAt = instant(json.get("issuedAt"));
        if (issuedAt == null) {
            return refused(id, kindName, "issuedAt: must be an RFC 3339 date-time", Outcome.MALFORMED);
        }
        JsonNode body = json.get("payload");
        if (body == null || !body.isObject()) {
            return refused(id, kindName, "payload: must be an object", Outcome.MALFORMED);
        }
        return new Read(new HqMessage(id, kind, issuedAt, body), null);
    }

    /** An RFC 3339 date-time, or null. */
    static Instant instant(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(node.asText()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Read refused(String id, String kind, String reason, Outcome why) {
        return new Read(null, new HqRefusal(id, kind, reason, why));
    }

    /**
     * What stands for the id of a message without a readable one: the same bytes on the same topic give
     * the same digest, so a garbled message delivered twice is answered once.
     */
    private static String digest(String topic, byte[] payload) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(topic.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return "sha256:" + HexFormat.of().formatHex(sha.digest(payload), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    /** Either a message, or the refusal. */
    public record Read(HqMessage message, HqRefusal refusal) {
    }
}
