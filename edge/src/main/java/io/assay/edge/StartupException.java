package io.assay.edge;

/** The appliance cannot start; the message says why in words an installer can act on. */
public final class StartupException extends Exception {

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
