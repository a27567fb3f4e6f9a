package io.assay.edge.store;

/** What the write path reports about itself. */
public interface StoreMetrics {

    /** A no-op for tests and tools. */
    StoreMetrics NONE = new StoreMetrics() {
        @Override
        public void committed(int commands, long nanos) {
        }

        @Override
        public void refused() {
        }
    };

    /** Told of each checkpoint, as {@link #checkpointed} is. */
    @FunctionalInterface
    interface CheckpointListener {
        void checkpointed(long redoBytes, long baseBytes, long nanos);
    }

    /** Reports checkpoints only, to {@code listener}: for tests and tools that watch the redo log. */
    static StoreMetrics checkpointsTo(CheckpointListener listener) {
        return new StoreMetrics() {
            @Override
            public void committed(int commands, long nanos) {
            }

            @Override
            public void refused() {
            }

            @Override
            public void checkpointed(long redoBytes, long baseBytes, long nanos) {
                listener.checkpointed(redoBytes, baseBytes, nanos);
            }
        };
    }

    /** One commit of {@code commands} commands took {@code nanos} from first command to durable. */
    void committed(int commands, long nanos);

    /** A command was refused by a domain rule (nothing written). */
    void refused();

    /**
     * A checkpoint folded {@code redoBytes} of redo log into a base snapshot of {@code baseBytes}, holding
     * the writer for {@code nanos}.
     */
    default void checkpointed(long redoBytes, long baseBytes, long nanos) {
    }
}
