package io.assay.edge.store;

/** The writer is stopping and takes no new commands; the caller may retry against the restarted service. */
public final class ShuttingDownException extends RuntimeException {

    public ShuttingDownException() {
        super("the store is shutting down", null, false, false);
    }
}
