package io.assay.edge.csv;

import java.util.List;

/**
 * One record of a CSV file: its cells as written, and the physical line it starts on.
 *
 * @param line  1-based line of the record's first character
 * @param cells the cells, unquoted; never null
 */
record CsvRecord(int line, List<String> cells) {

    CsvRecord {
        cells = List.copyOf(cells);
    }

    /** True for a row with no content: an empty line, or only separators as spreadsheets leave behind. */
    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
