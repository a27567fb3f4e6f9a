package io.assay.edge.csv;

import io.assay.edge.csv.PieceRow.Draft;
import io.assay.edge.domain.FieldError;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.domain.UnitOfWork;
import io.assay.edge.inventory.InventoryService;
import io.assay.edge.store.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Enters the pieces of a CSV spreadsheet through the one write path. Every row is converted to the JSON
 * the API takes and entered by {@link InventoryService#create}, so an import obeys exactly the rules of
 * {@code POST /api/v1/items}; a serial or EPC repeated within the file is an error of the later row.
 *
 * <p>Row by row (the default): rows go to the writer in chunks, one command per chunk, so 10,000 rows
 * cost a few dozen commits rather than 10,000; within a chunk each row is entered or refused on its own.
 * All or nothing: one command checks every row against the store, and only when none is refused enters
 * them all, in one transaction.
 *
 * <p>{@link #importCsv} blocks until the writer has committed; call it from a worker thread.
 */
public final class PieceImporter {

    /** Rows per writer command in a row-by-row import: large enough to amortise the commit, small enough
     *  not to hold up other registers' commands for long. */
    public static final int CHUNK_ROWS = 500;
    /** Most rows in one file: a large boutique's whole stock. */
    public static final int MAX_ROWS = 100_000;

    private final Writer writer;
    private final InventoryService inventory;
    private final int chunkRows;
    private final int maxRows;

    public PieceImporter(Writer writer, InventoryService inventory) {
        this(writer, inventory, CHUNK_ROWS, MAX_ROWS);
    }

    PieceImporter(Writer writer, InventoryService inventory, int chunkRows, int maxRows) {
        this.writer = writer;
        this.inventory = inventory;
        this.chunkRows = chunkRows;
        this.maxRows = maxRows;
    }

    /**
     * Imports a CSV file.
     *
     * @param atomic true to enter all rows or, if any is refused, none (the report then has
     *               {@code imported == 0} and every error)
     * @throws CsvImportException when the file as a whole is unusable; nothing is entered then
     * @throws java.util.concurrent.CompletionException when the writer fails or shuts down; in a row-by-row
     *                                                  import the chunks committed before stay
     */
    public ImportReport importCsv(String actor, byte[] csv, boolean atomic) {
        return importCsv(actor, csv, atomic, true);
    }

    /**
     * As {@link #importCsv(String, byte[], boolean)}; with {@code costAllowed} false a file with cost
     * columns is refused whole ({@link CsvImportException.Reason#WITHHELD_COLUMN}): the importing person
     * may not see costs, so may not set them either.
     */
    public ImportReport importCsv(String actor, byte[] csv, boolean atomic, boolean costAllowed) {
        PieceCsvFile file = PieceCsvFile.check(csv, maxRows);
        if (!costAllowed) {
            file.refuseColumns(List.of(Column.COST, Column.COST_CURRENCY));
        }
        return atomic ? allOrNothing(actor, file) : rowByRow(actor, file);
    }

    private ImportReport rowByRow(String actor, PieceCsvFile file) {
        Tally tally = new Tally();
        CompletableFuture<List<Outcome>> previous = CompletableFuture.completedFuture(List.of());
        Iterator<Draft> rows = file.rows();
        List<Draft> chunk = new ArrayList<>(chunkRows);
        while (rows.hasNext()) {
            chunk.add(rows.next());
            if (chunk.size() == chunkRows || !rows.hasNext()) {
                List<Draft> batch = chunk;
                chunk = new ArrayList<>(chunkRows);
                CompletableFuture<List<Outcome>> submitted = writer.submit(actor, work -> enterEach(work, file, batch));
                // Reading the next chunk overlaps with this one's commit; at most two chunks are held.
                tally.add(previous.join());
                previous = submitted;
            }
        }
        tally.add(previous.join());
        return tally.report();
    }

    private List<Outcome> enterEach(UnitOfWork work, PieceCsvFile file, List<Draft> batch) {
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        for (Draft row : batch) {
            if (!row.errors().isEmpty()) {
                outcomes.add(Outcome.refused(refusals(work, file, row)));
                continue;
            }
            try {
                outcomes.add(Outcome.entered(inventory.create(work, row.json()).serial()));
            } catch (InvalidInputException refused) {
                outcomes.add(Outcome.refused(toRowErrors(file, row, refused.errors())));
            }
        }
        return outcomes;
    }

    private ImportReport allOrNothing(String actor, PieceCsvFile file) {
        return writer.submit(actor, work -> {
            Tally tally = new Tally();
            for (Iterator<Draft> rows = file.rows(); rows.hasNext(); ) {
                List<RowError> errors = refusals(work, file, rows.next());
                if (!errors.isEmpty()) {
                    tally.add(List.of(Outcome.refused(errors)));
                }
            }
            if (tally.rejected > 0) {
                return tally.report();
            }
            // Every row was checked against the store above and the file has no repeats, so none of these
            // is refused; were one refused after others were written, the writer would roll all back.
            for (Iterator<Draft> rows = file.rows(); rows.hasNext(); ) {
                tally.add(List.of(Outcome.entered(inventory.create(work, rows.next().json()).serial())));
            }
            return tally.report();
        }).join();
    }

    /** Everything wrong with a row: its own conversion problems and every rule its piece breaks now. */
    private List<RowError> refusals(UnitOfWork work, PieceCsvFile file, Draft row) {
        List<RowError> errors = new ArrayList<>(row.errors());
        Set<String> flagged = errors.stream().map(RowError::column).collect(Collectors.toSet());
        for (RowError error : toRowErrors(file, row, inventory.refusalsOfNew(work.inventory(), row.json()))) {
            // A cell that did not convert was left out of the JSON; the reader's "is required" for it adds nothing.
            if (!flagged.contains(error.column())) {
                errors.add(error);
            }
        }
        return errors;
    }

    private static List<RowError> toRowErrors(PieceCsvFile file, Draft row, List<FieldError> errors) {
        return errors.stream().map(e -> PieceRow.error(file.header(), row.line(), e)).toList();
    }

    /** One row's result: the serial entered, or why it was refused. */
    private record Outcome(String serial, List<RowError> errors) {
        static Outcome entered(String serial) {
            return new Outcome(serial, List.of());
        }

        static Outcome refused(List<RowError> errors) {
            return new Outcome(null, errors);
        }
    }

    private static final class Tally {
        private final List<String> serials = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private int rejected;

        void add(List<Outcome> outcomes) {
            for (Outcome outcome : outcomes) {
                if (outcome.serial() != null) {
                    serials.add(outcome.serial());
                } else {
                    rejected++;
                    errors.addAll(outcome.errors());
                }
            }
        }

        ImportReport report() {
            return new ImportReport(serials.size(), rejected, serials, errors);
        }
    }
}
