package io.assay.edge.support.mqtt;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.config.AssayConfig;
import io.assay.edge.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * HQ giving a store work over an {@link HqLink}, for tests of what the store then shows: commands and
 * broadcasts in the contract's envelopes (checked against asyncapi.yaml before they go), each waiting for
 * the store's answer. A refusal fails the test with the store's reason, so a test reads as what HQ asked
 * rather than as a wait for its effect.
 */
public final class HeadOffice implements AutoCloseable {

    private static final Duration ANSWER_DEADLINE = Duration.ofSeconds(20);

    private final HqLink link;
    private final AsyncApiContract contract = AsyncApiContract.load();

    private HeadOffice(HqLink link) throws Exception {
        this.link = link;
        link.hq().subscribe(link.storeTopic() + "/events/hq.command-accepted");
        link.hq().subscribe(link.storeTopic() + "/events/hq.command-refused");
    }

    /** Starts the broker and connects HQ; unchecked, so that it can initialise a test's field. */
    public static HeadOffice start(String store) {
        HqLink link = HqLink.start(store);
        try {
            return new HeadOffice(link);
        } catch (Exception e) {
            link.close();
            throw new IllegalStateException("HQ cannot follow the store's answers", e);
        }
    }

    /** The appliance as the store, linked to HQ's broker. */
    public UnaryOperator<AssayConfig> appliance() {
        return link.appliance();
    }

    /**
     * Sends the store command {@code kind} ({@code reservation}, {@code transfer}...) with {@code payload}
     * and answers what the store said it did (the accepted answer's data).
     *
     * @throws AssertionError when the store refused it, with its reason
     */
    public JsonNode command(String kind, ObjectNode payload) {
        String id = kind + "-" + UUID.randomUUID();
        ObjectNode envelope = Json.mapper().createObjectNode().put("id", id).put("kind", kind)
                .put("issuedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        envelope.set("payload", payload);
        return send(link.storeTopic() + "/commands/" + kind, id, envelope);
    }

    /** Broadcasts {@code kind} ({@code spot-prices}, {@code exchange-rates}) to the tenant's stores, as {@link #command} does. */
    public JsonNode broadcast(String kind, ObjectNode body) {
        String id = kind + "-" + UUID.randomUUID();
        return send("assay/v1/" + HqLink.TENANT + "/hq/" + kind, id, body.deepCopy().put("id", id));
    }

    private JsonNode send(String topic, String id, ObjectNode message) {
        byte[] payload = message.toString().getBytes(StandardCharsets.UTF_8);
        contract.check(topic, payload);
        awaitStoreListening();
        try {
            link.hq().publish(topic, message.toString(), false);
        } catch (Exception e) {
            throw new IllegalStateException("HQ cannot publish on " + topic, e);
        }
        JsonNode answer = await().atMost(ANSWER_DEADLINE).until(() -> answerTo(id), Optional::isPresent).orElseThrow();
        if (!answer.path("type").asText().equals("io.assay.hq.command-accepted")) {
            throw new AssertionError("the store refused " + id + ": " + answer.path("data").path("reason").asText());
        }
        return answer.path("data");
    }

    /** Commands are not retained: one sent before the store subscribed would never reach it. */
    private void awaitStoreListening() {
        String commands = link.storeTopic() + "/commands/+";
        await().atMost(ANSWER_DEADLINE).until(() -> Files.readString(link.broker().logFile()).contains(commands));
    }

    private Optional<JsonNode> answerTo(String id) {
        return link.events().stream().filter(e -> id.equals(e.path("subject").asText())).findFirst();
    }

    @Override
    public void close() {
        link.close();
    }
}
