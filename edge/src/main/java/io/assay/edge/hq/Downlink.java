package io.assay.edge.hq;

import io.assay.edge.store.Writer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HQ's side of the link into the store: each message from the broker is read, applied through the one
 * write path with actor {@code hq}, and answered. The future completes once the answer is committed, and
 * only then may the broker hear that the message was taken: a crash before that gets it delivered again,
 * and its id keeps it from applying twice. Bad input is answered and counted, never thrown.
 */
public final class Downlink {

    private static final Logger LOG = LoggerFactory.getLogger(Downlink.class);

    private final HqInbox inbox;
    private final Writer writer;
    private final HqCommands commands;
    private final MeterRegistry registry;
    private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();

    public Downlink(HqInbox inbox, Writer writer, HqCommands commands, MeterRegistry registry) {
        this.inbox = inbox;
        this.writer = writer;
        this.commands = commands;
        this.registry = registry;
    }

    public HqInbox inbox() {
        return inbox;
    }

    /** Takes one message; completes with its outcome once committed, or fails if the store could not commit it. */
    public CompletableFuture<Outcome> receive(String topic, byte[] payload) {
        HqInbox.Read read;
        try {
            read = inbox.read(topic, payload);
        } catch (RuntimeException e) {
            LOG.error("hq: cannot read a message on {}", topic, e);
            read = new HqInbox.Read(null, new HqRefusal("unreadable:" + topic.hashCode() + ":" + payload.length, "unknown",
                    "the message could not be read", Outcome.MALFORMED));
        }
        HqInbox.Read message = read;
        CompletableFuture<Outcome> outcome = message.message() != null
                ? writer.submit(HqCommands.ACTOR, work -> commands.apply(work, message.message()))
                : writer.submit(HqCommands.ACTOR, work -> commands.refuse(work, message.refusal()));
        String kind = message.message() != null ? message.message().kind().topicName() : message.refusal().kind();
        return outcome.whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.warn("hq: {} on {} not taken ({}); the broker will deliver it again", kind, topic, failure.toString());
                return;
            }
            count(known(kind) ? kind : "unknown", done);
            if (done == Outcome.MALFORMED || done == Outcome.UNAUTHORISED) {
                LOG.warn("hq: refused a {} message on {}: {}", done.label(), topic,
                        message.refusal() != null ? message.refusal().reason() : "its payload breaks the contract");
            }
        });
    }

    /** Only the contract's kinds become meter tags: a topic's text must not mint new series. */
    private static boolean known(String kind) {
        return Arrays.stream(HqKind.values()).anyMatch(k -> k.topicName().equals(kind));
    }

    private void count(String kind, Outcome outcome) {
        counters.computeIfAbsent(kind + "/" + outcome.label(), key -> Counter.builder("assay.hq.commands")
                .description("Commands and broadcasts from HQ, by kind and what became of them")
                .tag("kind", kind).tag("outcome", outcome.label()).register(registry)).increment();
    }
}
