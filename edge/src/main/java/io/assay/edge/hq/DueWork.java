package io.assay.edge.hq;

import io.assay.edge.store.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's own clock at work on HQ's orders: price changes whose time has come are applied, and
 * reservations whose time has run out are released, every second, whether HQ is reachable or not. Each is
 * checked again on the writer against the command's own time, so nothing ever applies early.
 */
public final class DueWork implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DueWork.class);
    /** Who the clock's changes are journaled as. */
    public static final String ACTOR = "system";

    private final HqBook book;
    private final Writer writer;
    private final PriceChanges prices;
    private final ClickAndCollect reservations;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "assay-due-work");
        thread.setDaemon(true);
        return thread;
    });
    /** What is queued on the writer already: not queued again while it waits. */
    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    public DueWork(HqBook book, Writer writer, PriceChanges prices, ClickAndCollect reservations, Clock clock) {
        this.book = book;
        this.writer = writer;
        this.prices = prices;
        this.reservations = reservations;
        this.clock = clock;
    }

    /** Starts looking, at once (a restart applies what fell due while the store was down) and then every {@code periodMillis}. */
    public void start(long periodMillis) {
        timer.scheduleWithFixedDelay(this::run, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    private void run() {
        try {
            Instant now = clock.instant();
            for (ScheduledPriceChange change : book.priceChangesDueBy(now)) {
                queue("price:" + change.id(), work -> prices.applyIfDue(work, change.id()));
            }
            for (Reservation reservation : book.reservationsEndedBy(now)) {
                queue("reservation:" + reservation.serial(), work -> reservations.expireIfDue(work, reservation.serial()));
            }
        } catch (RuntimeException e) {
            LOG.error("due work failed; trying again shortly", e);
        }
    }

    private void queue(String key, Writer.Command<Boolean> command) {
        if (!queued.add(key)) {
            return;
        }
        writer.submit(ACTOR, command).whenComplete((done, failure) -> {
            queued.remove(key);
            if (failure != null) {
                LOG.warn("due work {} not done ({}); trying again", key, failure.toString());
            }
        });
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
