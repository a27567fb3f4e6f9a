package io.assay.edge.store;

import java.io.IOException;

/**
 * What a checkpoint did, and the points between its steps, where a kill leaves a distinct state on disk.
 *
 * <p>The steps, each durable before the next starts: the consistent MapDB file is copied to
 * {@code assay.mapdb.base.tmp} and forced ({@link Step#BASE_WRITTEN}); renamed to {@code assay.mapdb.base}
 * ({@link Step#BASE_INSTALLED}); a fresh log holding only the mark "batches up to S are in the base" is
 * written to {@code assay.redo.tmp} and forced ({@link Step#LOG_WRITTEN}); renamed over
 * {@code assay.redo} ({@link Step#LOG_INSTALLED}). Until the last rename the old log still holds every
 * batch the new base holds, so a kill anywhere loses nothing; temporary files are dropped at open.
 */
final class Checkpoint {

    private Checkpoint() {
    }

    enum Step { BASE_WRITTEN, BASE_INSTALLED, LOG_WRITTEN, LOG_INSTALLED }

    /** Sees each step once it is on disk: lets tests capture the state a kill at that point leaves. */
    @FunctionalInterface
    interface Observer {
        Observer NONE = step -> { };

        void reached(Step step) throws IOException;
    }

    /**
     * @param seq        the last batch the base holds; the new log continues after it
     * @param redoBytes  the log's size before the checkpoint
     * @param baseBytes  the base snapshot's size
     * @param nanos      how long the writer was held
     */
    record Result(long seq, long redoBytes, long baseBytes, long nanos) {
    }
}
