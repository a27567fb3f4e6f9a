package io.assay.edge.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.json.Json;
import java.io.IOException;
import java.util.Map;
import java.util.SortedMap;

/**
 * Recomputes a journal's hash chain from its stored events: each event's {@code prevhash} must be the
 * previous event's {@code hash}, and its {@code hash} the SHA-256 of that previous hash and the event
 * without its own hash. Works on any map of stored events, so that the appliance (its committed journal)
 * and the command line (a stopped appliance's MapDB file, opened read-only) check the same way.
 */
public final class ChainVerifier {

    private static final ObjectMapper MAPPER = Json.mapper();

    private ChainVerifier() {
    }

    /** Checks {@code events} (stored bytes by sequence number, from 1) and names the first that does not hold. */
    public static ChainVerification verify(SortedMap<Long, byte[]> events) {
        String previous = Journal.GENESIS;
        long expectedSeq = 1;
        long count = 0;
        for (Map.Entry<Long, byte[]> entry : events.entrySet()) {
            long seq = entry.getKey();
            String reason;
            String stated = null;
            ObjectNode event = parse(entry.getValue());
            if (event == null) {
                reason = "the stored event is not readable JSON";
            } else if (seq != expectedSeq) {
                reason = "sequence jumps from " + (expectedSeq - 1) + " to " + seq;
            } else if (event.path("seq").asLong() != seq) {
                reason = "event states seq " + event.path("seq").asLong() + " but is stored at " + seq;
            } else if (!previous.equals(event.path("prevhash").asText())) {
                reason = "prevhash does not match the previous event's hash";
            } else {
                stated = event.path("hash").asText();
                event.remove("hash");
                reason = Journal.hash(previous, bytes(event)).equals(stated) ? null : "hash does not match the event's content";
            }
            if (reason != null) {
                return new ChainVerification(false, count, previous, seq, reason);
            }
            previous = stated;
            expectedSeq++;
            count++;
        }
        return new ChainVerification(true, count, previous, null, null);
    }

    private static ObjectNode parse(byte[] value) {
        try {
            JsonNode node = MAPPER.readTree(value);
            return node instanceof ObjectNode object ? object : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed event always writes back", e);
        }
    }
}
