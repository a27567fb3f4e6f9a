package io.assay.edge.csv;

import io.assay.edge.csv.PieceRow.Draft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * An import file that has been read through once: valid CSV in UTF-8, a good header, not too many rows.
 * Its rows can then be read as pieces any number of times without keeping them all in memory, so a
 * file as large as the request limit costs about its own size, not a tree of JSON per row.
 */
final class PieceCsvFile {

    private final byte[] csv;
    private final CsvHeader header;
    private final int rowCount;

    private PieceCsvFile(byte[] csv, CsvHeader header, int rowCount) {
        this.csv = csv;
        this.header = header;
        this.rowCount = rowCount;
    }

    /**
     * Checks the whole file before any row is used, so that a broken quote on the last line cannot stop
     * an import half way.
     *
     * @throws CsvImportException when the file is not UTF-8 CSV, its header is wrong, or it has more than
     *                            {@code maxRows} rows
     */
    static PieceCsvFile check(byte[] csv, int maxRows) {
        try (CsvRecords records = CsvRecords.of(csv)) {
            if (!records.hasNext()) {
                throw headerMissing("The file is empty; its first line must name the columns, e.g. "
                        + "serial,category,description,retailPrice,currency,location");
            }
            CsvRecord first = records.next();
            if (first.isBlank()) {
                throw headerMissing("Line " + first.line() + " is empty; the first line must name the columns");
            }
            CsvHeader header = CsvHeader.read(first);
            int rows = 0;
            while (records.hasNext()) {
                if (!records.next().isBlank() && ++rows > maxRows) {
                    String detail = "The file has more than " + maxRows + " rows; split it into files of at most "
                            + maxRows + " rows";
                    throw new CsvImportException(CsvImportException.Reason.TOO_LARGE, detail, List.of());
                }
            }
            return new PieceCsvFile(csv, header, rows);
        }
    }

    CsvHeader header() {
        return header;
    }

    /** Rows with content, not counting the header and blank rows. */
    int rowCount() {
        return rowCount;
    }

    /**
     * The rows with content, in file order, each as the piece's JSON with the problems found so far: cells
     * that did not convert, and a serial or EPC already used on an earlier row of the file.
     */
    Iterator<Draft> rows() {
        CsvRecords records = CsvRecords.of(csv);
        records.next();
        return new Iterator<>() {
            private final Map<String, Integer> serials = new HashMap<>();
            private final Map<String, Integer> epcs = new HashMap<>();
            private CsvRecord next;

            @Override
            public boolean hasNext() {
                while (next == null && records.hasNext()) {
                    CsvRecord record = records.next();
                    next = record.isBlank() ? null : record;
                }
                if (next == null) {
                    records.close();
                }
                return next != null;
            }

            @Override
            public Draft next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Draft draft = PieceRow.read(header, next);
                next = null;
                List<RowError> errors = new ArrayList<>(draft.errors());
                repeated(draft, Column.SERIAL, serials, text(draft, "serial"), errors);
                String epc = text(draft, "epc");
                repeated(draft, Column.EPC, epcs, epc == null ? null : epc.toUpperCase(Locale.ROOT), errors);
                return new Draft(draft.line(), draft.json(), errors);
            }
        };
    }

    private void repeated(Draft draft, Column column, Map<String, Integer> seen, String value, List<RowError> errors) {
        if (value == null) {
            return;
        }
        Integer first = seen.putIfAbsent(value, draft.line());
        if (first != null) {
            errors.add(new RowError(draft.line(), header.nameOf(column), column.jsonPath(),
                    column.header() + " " + value + " is already on line " + first + " of this file"));
        }
    }

    private static String text(Draft draft, String field) {
        String value = draft.json().path(field).asText("").trim();
        return value.isEmpty() ? null : value;
    }

    /** Refuses the file when its header names any of {@code withheld}, naming each. */
    void refuseColumns(List<Column> withheld) {
        List<RowError> errors = withheld.stream().filter(header::has)
                .map(c -> new RowError(1, header.nameOf(c), c.jsonPath(), "only staff who may see costs can import " + header.nameOf(c)))
                .toList();
        if (!errors.isEmpty()) {
            throw new CsvImportException(CsvImportException.Reason.WITHHELD_COLUMN,
                    "Your role may not import what the boutique paid: leave out the columns " + errors.stream()
                            .map(RowError::column).toList(), errors);
        }
    }

    private static CsvImportException headerMissing(String detail) {
        return new CsvImportException(CsvImportException.Reason.BAD_HEADER, detail, List.of(new RowError(1, "", "", detail)));
    }
}
