package io.assay.edge.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.domain.DomainException;
import io.assay.edge.domain.UnitOfWork;
import io.assay.edge.clients.ClientStore;
import io.assay.edge.hq.HqStore;
import io.assay.edge.inventory.InventoryStore;
import io.assay.edge.inventory.Location;
import io.assay.edge.inventory.Piece;
import io.assay.edge.journal.Journal;
import io.assay.edge.journal.JournalEvent;
import io.assay.edge.sales.SalesStore;
import io.assay.edge.staff.StaffMember;
import io.assay.edge.staff.StaffStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one write path. Commands run one after another on a single thread, so the second of two
 * registers selling one serial sees the first one's sale. Commands queued together share one commit
 * (group commit); no caller is answered before its commit is on disk, and the index is updated before
 * the answer, so a read after an acknowledged write sees it.
 *
 * <p>A command that throws a {@link DomainException} before writing is refused alone. Any other failure
 * rolls the whole batch back; the other commands of the batch then run again in a fresh transaction.
 *
 * <p>Between batches the writer also lets the database checkpoint its redo log: that is the one moment
 * no write is in flight, and commands queued meanwhile simply wait for it.
 */
public final class Writer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Writer.class);

    /** A change of state, run on the writer thread. */
    @FunctionalInterface
    public interface Command<T> {
        T run(UnitOfWork work);
    }

    private final Database db;
    private final Journal journal;
    private final Clock clock;
    private final Consumer<Committed> onCommit;
    private final StoreMetrics metrics;
    private final int maxBatch;
    private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closing;

    /**
     * @param onCommit called on the writer thread after each commit, before callers are answered
     * @param maxBatch most commands in one commit
     */
    public Writer(Database db, Journal journal, Clock clock, Consumer<Committed> onCommit, StoreMetrics metrics,
                  int maxBatch) {
        this.db = db;
        this.journal = journal;
        this.clock = clock;
        this.onCommit = onCommit;
        this.metrics = metrics;
        this.maxBatch = maxBatch;
        this.thread = new Thread(this::loop, "assay-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Queues a command. The future completes after the command's changes are committed and indexed,
     * or fails with the command's {@link DomainException}, or with {@link ShuttingDownException}.
     * Callable from any thread.
     */
    public <T> CompletableFuture<T> submit(String actor, Command<T> command) {
        return submit(actor, null, command);
    }

    /**
     * As {@link #submit(String, Command)}, for an action a second person approved: each event the command
     * journals names {@code approver} beside the actor.
     */
    public <T> CompletableFuture<T> submit(String actor, String approver, Command<T> command) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (closing) {
            result.completeExceptionally(new ShuttingDownException());
            return result;
        }
        queue.add(new Pending<>(actor, approver, command, result));
        return result;
    }

    /** Stops taking commands, finishes and commits those queued, then returns. The database stays open. */
    @Override
    public void close() {
        closing = true;
        queue.add(Pending.STOP);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        List<Pending<?>> batch = new ArrayList<>(maxBatch);
        while (true) {
            try {
                batch.add(queue.take());
                queue.drainTo(batch, maxBatch - 1);
                boolean stop = batch.remove(Pending.STOP);
                if (!batch.isEmpty()) {
                    run(batch);
                    // Between batches, with every command answered: nothing is in flight to hold back.
                    checkpointIfDue();
                }
                batch.clear();
                if (stop) {
                    // Commands queued after STOP by a race with close() are still answered.
                    queue.drainTo(batch);
                    batch.forEach(p -> p.result.completeExceptionally(new ShuttingDownException()));
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable t) {
                LOG.error("writer loop failed; continuing with the next commands", t);
                batch.forEach(p -> p.result.completeExceptionally(t));
                batch.clear();
            }
        }
    }

    private void run(List<Pending<?>> batch) {
        long started = System.nanoTime();
        List<Pending<?>> applied = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Pending<?> pending = batch.get(i);
            Work work = new Work(pending.actor, pending.approver, clock.instant());
            try {
                pending.execute(work);
                applied.add(pending);
            } catch (DomainException refusal) {
                if (work.wrote) {
                    failBatch(batch, applied, i, new IllegalStateException(
                            "a command wrote before refusing: " + refusal.getMessage(), refusal));
                    return;
                }
                metrics.refused();
                pending.result.completeExceptionally(refusal);
            } catch (Throwable t) {
                failBatch(batch, applied, i, t);
                return;
            }
        }
        if (applied.isEmpty()) {
            return;
        }
        try {
            db.commit();
        } catch (Throwable t) {
            LOG.error("commit failed; {} commands are not acknowledged", applied.size(), t);
            rollback();
            applied.forEach(p -> p.result.completeExceptionally(t));
            return;
        }
        journal.committed();
        metrics.committed(applied.size(), System.nanoTime() - started);
        List<Piece> pieces = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        List<StaffMember> staff = new ArrayList<>();
        List<Object> documents = new ArrayList<>();
        List<JournalEvent> events = new ArrayList<>();
        for (Pending<?> p : applied) {
            pieces.addAll(p.work.pieces);
            locations.addAll(p.work.locations);
            staff.addAll(p.work.staff);
            documents.addAll(p.work.documents);
            events.addAll(p.work.events);
        }
        try {
            onCommit.accept(new Committed(pieces, locations, staff, documents, events));
        } catch (Throwable t) {
            LOG.error("after-commit listener failed; the changes are committed", t);
        }
        applied.forEach(Pending::complete);
    }

    private void checkpointIfDue() {
        try {
            db.checkpointIfDue().ifPresent(c -> metrics.checkpointed(c.redoBytes(), c.baseBytes(), c.nanos()));
        } catch (Throwable t) {
            // Every batch is still in the redo log, so nothing is lost: the log only stays long for now.
            LOG.warn("checkpoint failed; the redo log keeps growing until one succeeds", t);
        }
    }

    /** Rolls back, fails the culprit, and runs the rest of the batch again in a new transaction. */
    private void failBatch(List<Pending<?>> batch, List<Pending<?>> applied, int culprit, Throwable cause) {
        LOG.error("command failed unexpectedly; rolling back its batch", cause);
        rollback();
        batch.get(culprit).result.completeExceptionally(cause);
        List<Pending<?>> retry = new ArrayList<>(applied);
        retry.addAll(batch.subList(culprit + 1, batch.size()));
        if (!retry.isEmpty()) {
            run(retry);
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } finally {
            journal.rolledBack();
        }
    }

    private static final class Pending<T> {
        static final Pending<Void> STOP = new Pending<>(null, null, null, new CompletableFuture<>());

        final String actor;
        final String approver;
        final Command<T> command;
        final CompletableFuture<T> result;
        T value;
        Work work;

        Pending(String actor, String approver, Command<T> command, CompletableFuture<T> result) {
            this.actor = actor;
            this.approver = approver;
            this.command = command;
            this.result = result;
        }

        void execute(Work w) {
            this.work = w;
            this.value = command.run(w);
        }

        void complete() {
            result.complete(value);
        }
    }

    /** One command's view of the transaction. */
    private final class Work implements UnitOfWork {
        final String actor;
        final String approver;
        final Instant now;
        final List<Piece> pieces = new ArrayList<>();
        final List<Location> locations = new ArrayList<>();
        final List<StaffMember> staff = new ArrayList<>();
        final List<Object> documents = new ArrayList<>();
        final List<JournalEvent> events = new ArrayList<>();
        final InventoryStore inventory;
        final StaffStore staffStore;
        final SalesStore salesStore;
        final HqStore hqStore;
        final ClientStore clientStore;
        boolean wrote;

        Work(String actor, String approver, Instant now) {
            this.actor = actor;
            this.approver = approver;
            this.now = now;
            this.inventory = new MapDbInventoryStore(db, saved -> {
                wrote = true;
                if (saved instanceof Piece piece) {
                    pieces.add(piece);
                } else if (saved instanceof Location location) {
                    locations.add(location);
                }
            });
            this.staffStore = new MapDbStaffStore(db, member -> {
                wrote = true;
                staff.add(member);
            });
            Consumer<Object> savedDocument = document -> {
                wrote = true;
                documents.add(document);
            };
            this.salesStore = new MapDbSalesStore(db, savedDocument);
            this.hqStore = new MapDbHqStore(db, savedDocument);
            this.clientStore = new MapDbClientStore(db, savedDocument);
        }

        @Override
        public ClientStore clients() {
            return clientStore;
        }

        @Override
        public HqStore hq() {
            return hqStore;
        }

        @Override
        public StaffStore staff() {
            return staffStore;
        }

        @Override
        public SalesStore sales() {
            return salesStore;
        }

        @Override
        public String actor() {
            return actor;
        }

        @Override
        public Instant now() {
            return now;
        }

        @Override
        public InventoryStore inventory() {
            return inventory;
        }

        @Override
        public void record(String type, String subject, JsonNode data) {
            wrote = true;
            events.add(journal.append(type, subject, actor, approver, now, data));
        }
    }
}
