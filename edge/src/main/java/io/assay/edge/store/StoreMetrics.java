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
