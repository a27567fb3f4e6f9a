package io.assay.edge.csv;

import java.util.List;

/**
 * The file as a whole cannot be imported, so no row of it was: it is not CSV in UTF-8, its header is
 * wrong, or it is too big. {@link #errors()} says where.
 */
public final class CsvImportException extends RuntimeException {

    /** Why the file was refused; the HTTP layer picks the status from it. */
    public enum Reason {
        /** Not readable as UTF-8 CSV (an unclosed quote, another encoding). */
        UNREADABLE,
        /** The header row names unknown or repeated columns, or misses required ones. */
        BAD_HEADER,
        /** More rows than one import takes. */
        TOO_LARGE,
        /** A column the importing person may not fill (the cost, without cost-read). */
        WITHHELD_COLUMN
    }

    private final Reason reason;
    private final List<RowError> errors;

    CsvImportException(Reason reason, String message, List<RowError> errors) {
        super(message, null, false, false);
        this.reason = reason;
        this.errors = List.copyOf(errors);
    }

    public Reason reason() {
        return reason;
    }

    public List<RowError> errors() {
        return errors;
    }
}
