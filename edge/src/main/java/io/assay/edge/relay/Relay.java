package io.assay.edge.relay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.drivers.device.Backoff;
import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.config.AssayConfig;
import io.assay.edge.hq.Downlink;
import io.assay.edge.index.SerialIndex;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.journal.Journal;
import io.assay.edge.json.Json;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the journal to HQ: every event, in {@code seq} order, to
 * {@code assay/v1/{tenant}/stores/{store}/events/{kind}} at QoS 1, many in flight, and moves the persisted
 * pointer only past events the broker acknowledged ({@link Outbox}). A broker outage or a restart resumes
 * at the pointer; what was in flight is sent again and HQ drops the duplicates by event id. It connects
 * by itself and after a loss tries again with exponential backoff and jitter; its Last Will marks the
 * store offline on the retained status topic, and each connection marks it online.
 *
 * <p>Runs on its own context ({@code instances = 1}); Paho's callbacks are brought back to it.
 */
public final class Relay extends VerticleBase {

    private static final Logger LOG = LoggerFactory.getLogger(Relay.class);
    private static final int READ_AHEAD = 1_000;
    private static final long POINTER_INTERVAL_MS = 50;
    private static final long STOCK_DELAY_MS = 500;
    private static final Pattern TOPIC_LEVEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final String TYPE_PREFIX = "io.assay.";

    private final AssayConfig.Hq hq;
    private final Journal journal;
    private final SerialIndex index;
    private final String storeId;
    private final String fleetFilter;
    private final FleetStock fleet = new FleetStock();
    private final Downlink downlink;
    /** Styles whose availability changed since it was last published. */
    private final Set<String> staleStyles = new LinkedHashSet<>();
    private final Deque<String> stockToSend = new ArrayDeque<>();
    private int stockInFlight;
    private long stockTimer = -1;
    private final String journalAddress;
    private final RelayPointer pointer;
    private final Backoff backoff;
    private final Clock clock;
    private final String topicRoot;
    private final Instant startedAt;
    private final ExecutorService pointerWriter = Executors.newSingleThreadExecutor(task -> new Thread(task, "assay-relay-pointer"));
    private final AtomicLong pointerWanted = new AtomicLong();
    private final AtomicBoolean pointerWriting = new AtomicBoolean();
    private final LongAdder published = new LongAdder();
    private final ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean ackDrainScheduled = new AtomicBoolean();

    private Outbox outbox;
    private final Deque<OutgoingEvent> ahead = new ArrayDeque<>();
    private long queuedUpTo;
    private BrokerConnection connection;
    private volatile int generation;
    private long reconnectTimer = -1;
    private MessageConsumer<?> wakeUps;
    private boolean stopping;

    private volatile String state;
    private volatile long acknowledged;
    private volatile Instant lastReachedAt;
    private volatile Instant connectedSince;
    private volatile String lastError;

    /**
     * @param journalAddress the event bus address where each committed event is announced: the relay wakes on it
     */
    public Relay(AssayConfig config, Journal journal, SerialIndex index, String journalAddress, Downlink downlink, Clock clock) {
        this(config.hq(), config.store(), config.dataDir(), journal, index, journalAddress, downlink, clock);
    }

    /** @param downlink where HQ's commands and broadcasts go; null for a relay that only sends */
    Relay(AssayConfig.Hq hq, AssayConfig.StoreIdentity store, Path dataDir, Journal journal, SerialIndex index, String journalAddress,
            Downlink downlink, Clock clock) {
        this.hq = hq;
        this.downlink = downlink;
        this.index = index;
        this.storeId = store.id();
        this.fleetFilter = "assay/v1/" + store.tenant() + "/stores/+/stock/+";
        this.journal = journal;
        this.journalAddress = journalAddress;
        this.pointer = new RelayPointer(dataDir);
        this.backoff = new Backoff(Duration.ofMillis(500), hq.reconnectMax(), 0.25);
        this.clock = clock;
        this.topicRoot = "assay/v1/" + store.tenant() + "/stores/" + store.id();
        this.startedAt = clock.instant();
        this.state = hq.configured() ? "connecting" : "alone";
    }

    @Override
    public Future<?> start() {
        long persisted = Math.min(pointer.load(), journal.lastSeq());
        outbox = new Outbox(persisted);
        acknowledged = persisted;
        queuedUpTo = persisted;
        pointerWanted.set(persisted);
        wakeUps = vertx.eventBus().consumer(journalAddress, message -> {
            noteStockChange(message.headers().get("type"), message.headers().get("subject"), message.headers().get("seq"));
            fill();
        });
        if (hq.configured()) {
            LOG.info("relay: {} events acknowledged by HQ so far, {} to send; connecting to {} as {}", persisted,
                    journal.lastSeq() - persisted, hq.broker(), hq.clientId());
            connect();
        } else {
            LOG.info("relay: no hq.broker configured; the appliance runs alone and keeps its {} events for HQ", journal.lastSeq() - persisted);
        }
        return Future.succeededFuture();
    }

    /** Where the link stands; any thread. */
    public RelayStatus status() {
        long last = journal.lastSeq();
        long acked = acknowledged;
        return new RelayStatus(state, "connected".equals(state), hq.configured() ? hq.broker().toString() : null,
                hq.configured() ? hq.clientId() : null, acked, last, Math.max(0, last - acked), oldestUnackedAt(acked, last),
                lastReachedAt, "connected".equals(state) ? connectedSince : null, lastError);
    }

    /** Events HQ's broker has not acknowledged; any thread, without reading the journal. */
    public long backlog() {
        return Math.max(0, journal.lastSeq() - acknowledged);
    }

    public long acknowledgedSeq() {
        return acknowledged;
    }

    public boolean connected() {
        return "connected".equals(state);
    }

    /** Events published and acknowledged since start. */
    public long published() {
        return published.sum();
    }

    private Instant oldestUnackedAt(long acked, long last) {
        if (last <= acked) {
            return null;
        }
        ObjectNode oldest = journal.event(acked + 1);
        return oldest == null ? null : Instant.parse(oldest.path("time").asText());
    }

    private void connect() {
        reconnectTimer = -1;
        if (stopping) {
            return;
        }
        state = "connecting";
        int attempt = ++generation;
        Context context = vertx.getOrCreateContext();
        try {
            connection = new BrokerConnection(hq, vertx, topicRoot + "/status", offline(),
                    reason -> context.runOnContext(v -> lost(attempt, reason)), this::received);
        } catch (Exception e) {
            failed(attempt, BrokerConnection.rootMessage(e));
            return;
        }
        BrokerConnection opening = connection;
        opening.connect().whenComplete((ok, failure) -> context.runOnContext(v -> {
            if (attempt != generation) {
                return;
            }
            if (failure != null) {
                failed(attempt, BrokerConnection.rootMessage(failure));
                return;
            }
            lastError = null;
            lastReachedAt = clock.instant();
            connectedSince = lastReachedAt;
            state = "connected";
            backoff.reset();
            LOG.info("relay: connected to {}; sending from event {}", hq.broker(), outbox.acknowledged() + 1);
            opening.publish(topicRoot + "/status", online().getBytes(StandardCharsets.UTF_8), true);
            subscribe(opening, fleetFilter, "follow the fleet's stock");
            if (downlink != null) {
                subscribe(opening, downlink.inbox().commandsFilter(), "take HQ's commands");
                subscribe(opening, downlink.inbox().broadcastsFilter(), "take HQ's broadcasts");
            }
            // Each connection states every style again (retained): the broker may have lost them.
            staleStyles.clear();
            stockToSend.clear();
            stockToSend.addAll(index.styles());
            fill();
        }));
    }

    private static void subscribe(BrokerConnection connection, String filter, String purpose) {
        connection.subscribe(filter).exceptionally(e -> {
            LOG.warn("relay: cannot {} ({}): {}", purpose, filter, BrokerConnection.rootMessage(e));
            return null;
        });
    }

    /**
     * A message from the broker, on Paho's thread. HQ's commands are acknowledged once their answer is
     * committed; the fleet's stock at once, as it is only ever the latest word.
     */
    private void received(String topic, byte[] payload, Runnable ack) {
        if (downlink != null && downlink.inbox().reads(topic)) {
            downlink.receive(topic, payload).whenComplete((outcome, failure) -> {
                if (failure == null) {
                    ack.run();
                }
            });
            return;
        }
        fleet.accept(topic, payload);
        ack.run();
    }

    private void failed(int attempt, String reason) {
        if (attempt != generation || stopping) {
            return;
        }
        lastError = reason;
        state = "disconnected";
        closeQuietly(connection);
        connection = null;
        long wait = backoff.next().toMillis();
        LOG.info("relay: cannot reach {} ({}); trying again in {} ms", hq.broker(), reason, wait);
        reconnectTimer = vertx.setTimer(wait, id -> connect());
    }

    /** The session dropped: what was in flight goes again after the next connection. */
    private void lost(int attempt, String reason) {
        if (attempt != generation || stopping) {
            return;
        }
        LOG.warn("relay: connection to {} lost ({}); {} events in flight will be sent again", hq.broker(), reason, outbox.inFlight());
        outbox.connectionLost();
        ahead.clear();
        stockInFlight = 0;
        queuedUpTo = outbox.acknowledged();
        failed(attempt, reason);
    }

    /** Sends events until the window is full or the journal is all sent. */
    private void fill() {
        if (!"connected".equals(state) || stopping) {
            return;
        }
        BrokerConnection sending = connection;
        int attempt = generation;
        sendStock(sending, attempt);
        while (outbox.inFlight() + stockInFlight < hq.maxInflight()) {
            OutgoingEvent event = nextEvent();
            if (event == null) {
                return;
            }
            long seq = event.seq();
            outbox.sent(seq);
            sending.publish(topic(event.type()), event.payload(), false).whenComplete((ok, failure) -> {
                if (failure != null) {
                    context.runOnContext(v -> {
                        if (attempt == generation) {
                            lost(attempt, BrokerConnection.rootMessage(failure));
                        }
                    });
                } else {
                    acknowledgedOnPahoThread(attempt, seq);
                }
            });
        }
    }

    /** Publishes the styles waiting, within the window the events share. */
    private void sendStock(BrokerConnection sending, int attempt) {
        while (!stockToSend.isEmpty() && outbox.inFlight() + stockInFlight < hq.maxInflight()) {
            String style = stockToSend.pollFirst();
            if (!TOPIC_LEVEL.matcher(style).matches()) {
                LOG.debug("relay: style '{}' cannot be a topic level; its stock is not published", style);
                continue;
            }
            stockInFlight++;
            sending.publish(topicRoot + "/stock/" + style, stockOf(style), true).whenComplete((ok, failure) -> context.runOnContext(v -> {
                if (attempt != generation) {
                    return;
                }
                stockInFlight--;
                if (failure != null) {
                    lost(attempt, BrokerConnection.rootMessage(failure));
                } else {
                    fill();
                }
            }));
        }
    }

    /** This store's availability of {@code style}: the pieces it can sell now. */
    private byte[] stockOf(String style) {
        ObjectNode stock = Json.mapper().createObjectNode().put("store", storeId).put("style", style);
        var pieces = Json.mapper().createArrayNode();
        for (Piece piece : index.byStyle(style)) {
            if (piece.status() == PieceStatus.IN_STOCK) {
                pieces.addObject().put("serial", piece.serial()).put("description", piece.description() == null ? "" : piece.description())
                        .set("price", Json.mapper().valueToTree(piece.retailPrice()));
            }
        }
        stock.put("available", pieces.size());
        stock.set("pieces", pieces);
        stock.put("at", clock.instant().toString());
        return stock.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A piece changed: its style's availability (and its former style's) is published again, a moment later
     * and once for a run of changes.
     */
    private void noteStockChange(String type, String subject, String seq) {
        if (type == null || !type.startsWith("io.assay.piece.")) {
            return;
        }
        index.bySerial(subject).map(Piece::style).filter(s -> s != null).ifPresent(staleStyles::add);
        if (type.equals("io.assay.piece.updated")) {
            // Only a change of style leaves a former style to publish again; the event says which.
            ObjectNode event = journal.event(Long.parseLong(seq));
            JsonNode formerStyle = event == null ? null : event.path("data").path("changes").path("style").path("from");
            if (formerStyle != null && formerStyle.isTextual()) {
                staleStyles.add(formerStyle.asText());
            }
        }
        if (!staleStyles.isEmpty() && stockTimer < 0) {
            stockTimer = vertx.setTimer(STOCK_DELAY_MS, id -> {
                stockTimer = -1;
                if ("connected".equals(state)) {
                    stockToSend.addAll(staleStyles);
                    staleStyles.clear();
                    fill();
                }
            });
        }
    }

    /** The fleet's stock, as the other stores publish it. */
    public FleetStock fleet() {
        return fleet;
    }

    /** The next event to send, read ahead from the journal in batches. */
    private OutgoingEvent nextEvent() {
        while (true) {
            if (ahead.isEmpty()) {
                List<byte[]> batch = journal.readStored(queuedUpTo, READ_AHEAD);
                if (batch.isEmpty()) {
                    return null;
                }
                for (byte[] stored : batch) {
                    ahead.add(OutgoingEvent.of(stored));
                }
                queuedUpTo = ahead.peekLast().seq();
            }
            OutgoingEvent event = ahead.pollFirst();
            if (event.seq() == outbox.nextAfter(outbox.sentUpTo())) {
                return event;
            }
            // Acknowledged out of order before a reconnection: not sent twice.
        }
    }

    /**
     * Queues an acknowledgement for the relay's context, waking it once for a run of them: a hop per
     * acknowledgement would make the context's wake-ups, not the broker, the limit.
     */
    private void acknowledgedOnPahoThread(int attempt, long seq) {
        acks.add(new Ack(attempt, seq));
        if (ackDrainScheduled.compareAndSet(false, true)) {
            context.runOnContext(v -> acknowledged());
        }
    }

    private void acknowledged() {
        ackDrainScheduled.set(false);
        boolean moved = false;
        int count = 0;
        for (Ack ack = acks.poll(); ack != null; ack = acks.poll()) {
            if (ack.attempt() == generation) {
                moved |= outbox.acknowledge(ack.seq());
                count++;
            }
        }
        if (count == 0) {
            return;
        }
        published.add(count);
        lastReachedAt = clock.instant();
        if (moved) {
            acknowledged = outbox.acknowledged();
            persist(outbox.acknowledged());
        }
        fill();
    }

    /** A broker acknowledgement, with the connection it came on. */
    private record Ack(int attempt, long seq) {
    }

    /**
     * Records the pointer on its own thread, the latest value only: an fsync per acknowledgement would
     * bound the relay by the disk; one per write in progress bounds it by nothing.
     */
    private void persist(long seq) {
        pointerWanted.accumulateAndGet(seq, Math::max);
        if (pointerWriting.compareAndSet(false, true)) {
            pointerWriter.execute(this::writePointer);
        }
    }

    private void writePointer() {
        long written = -1;
        try {
            while (true) {
                long wanted = pointerWanted.get();
                if (wanted == written) {
                    pointerWriting.set(false);
                    // A value set after the check above but before the flag cleared would be left unwritten.
                    if (pointerWanted.get() == written || !pointerWriting.compareAndSet(false, true)) {
                        return;
                    }
                    continue;
                }
                pointer.store(wanted);
                written = wanted;
                // At most one fsync per interval while acknowledgements stream in: the disk is shared with
                // the sales; a crash costs at most this long of events sent twice.
                Thread.sleep(POINTER_INTERVAL_MS);
            }
        } catch (InterruptedException e) {
            pointerWriting.set(false);
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            pointerWriting.set(false);
            LOG.error("relay: cannot record the pointer at {}: {}; HQ will get those events again after a restart", written, e.getMessage());
        }
    }

    private String topic(String type) {
        return topicRoot + "/events/" + (type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type);
    }

    private String online() {
        Instant now = clock.instant();
        return Json.mapper().createObjectNode().put("state", "online").put("version", version()).put("startedAt", startedAt.toString())
                .put("uptimeSeconds", Duration.between(startedAt, now).toSeconds()).put("at", now.toString()).toString();
    }

    private String offline() {
        return Json.mapper().createObjectNode().put("state", "offline").put("at", clock.instant().toString()).toString();
    }

    private static String version() {
        String version = Relay.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public Future<?> stop() {
        stopping = true;
        if (reconnectTimer >= 0) {
            vertx.cancelTimer(reconnectTimer);
        }
        if (stockTimer >= 0) {
            vertx.cancelTimer(stockTimer);
        }
        if (wakeUps != null) {
            wakeUps.unregister();
        }
        BrokerConnection closing = connection;
        connection = null;
        generation++;
        return vertx.executeBlocking(() -> {
            if (closing != null && closing.connected()) {
                // A clean stop says offline itself: the broker sends the Will only for a connection that died.
                try {
                    closing.publish(topicRoot + "/status", offline().getBytes(StandardCharsets.UTF_8), true).get(2, TimeUnit.SECONDS);
                } catch (Exception e) {
                    LOG.info("relay: could not say offline before stopping: {}", BrokerConnection.rootMessage(e));
                }
            }
            closeQuietly(closing);
            pointerWriter.shutdown();
            pointerWriter.awaitTermination(5, TimeUnit.SECONDS);
            long last = pointerWanted.get();
            pointer.store(last);
            return null;
        });
    }

    private static void closeQuietly(BrokerConnection connection) {
        if (connection != null) {
            connection.close();
        }
    }
}
