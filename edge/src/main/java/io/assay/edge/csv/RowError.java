package io.assay.edge.csv;

/**
 * One problem of an import file, where a jeweler finds it in the spreadsheet.
 *
 * @param line    the 1-based physical line where the row starts (the header is line 1; a cell with line
 *                breaks makes the next row start further down)
 * @param column  the column as named in the file's header, or "" for the row as a whole
 * @param field   the field of the piece as the JSON API names it ({@code stones[0].clarity}), or ""
 * @param message what is wrong, in words a jeweler understands
 */
public record RowError(int line, String column, String field, String message) {
}
