package io.assay.edge.clock;

import io.assay.edge.store.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's own clock at work: what has fallen due (HQ's price changes, reservations and appointments that
 * have run out...) is done, every period, whether HQ is reachable or not. Each task is checked again on the
 * writer against the command's own time, so nothing is ever done early; a task still queued is not queued again.
 */
public final class DueWork implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DueWork.class);
    /** Who the clock's changes are journaled as. */
    public static final String ACTOR = "system";

    /** Something with tasks that fall due: asked every period, from the read side. */
    @FunctionalInterface
    public interface Source {
        List<Task> dueBy(Instant now);
    }

    /** A task due now; {@code key} identifies it while it waits on the writer. */
    public record Task(String key, Writer.Command<Boolean> command) {
    }

    private final Writer writer;
    private final List<Source> sources;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "assay-due-work");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    public DueWork(Writer writer, Clock clock, List<Source> sources) {
        this.writer = writer;
        this.clock = clock;
        this.sources = List.copyOf(sources);
    }

    /** Starts looking, at once (a restart does what fell due while the store was down) and then every {@code periodMillis}. */
    public void start(long periodMillis) {
        timer.scheduleWithFixedDelay(this::run, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    private void run() {
        try {
            Instant now = clock.instant();
            for (Source source : sources) {
                source.dueBy(now).forEach(this::queue);
            }
        } catch (RuntimeException e) {
            LOG.error("due work failed; trying again shortly", e);
        }
    }

    private void queue(Task task) {
        if (!queued.add(task.key())) {
            return;
        }
        writer.submit(ACTOR, task.command()).whenComplete((done, failure) -> {
            queued.remove(task.key());
            if (failure != null) {
                LOG.warn("due work {} not done ({}); trying again", task.key(), failure.toString());
            }
        });
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
