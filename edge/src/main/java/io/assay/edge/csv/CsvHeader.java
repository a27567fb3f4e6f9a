package io.assay.edge.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The header row of an import file: which column each position holds, and each column's name as the
 * file spells it (so errors point at what the jeweler sees). Names are matched without regard to case.
 */
final class CsvHeader {

    private final int line;
    private final List<Column> positions;
    private final Map<Column, String> names;

    private CsvHeader(int line, List<Column> positions, Map<Column, String> names) {
        this.line = line;
        this.positions = positions;
        this.names = names;
    }

    /**
     * Reads a header row.
     *
     * @throws CsvImportException with reason BAD_HEADER naming every unknown, repeated, unnamed or missing
     *                            required column
     */
    static CsvHeader read(CsvRecord record) {
        List<RowError> errors = new ArrayList<>();
        List<Column> positions = new ArrayList<>();
        Map<Column, String> names = new EnumMap<>(Column.class);
        Map<Column, Integer> firstPosition = new EnumMap<>(Column.class);
        List<String> cells = record.cells();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).trim();
            Column column = name.isEmpty() ? null : Column.byHeader(name).orElse(null);
            positions.add(column);
            if (name.isEmpty()) {
                // Spreadsheets leave empty trailing header cells behind; an empty name between names is a mistake.
                if (cells.subList(i, cells.size()).stream().anyMatch(c -> !c.isBlank())) {
                    errors.add(new RowError(record.line(), "", "", "column " + (i + 1) + " has no name"));
                }
            } else if (column == null) {
                errors.add(new RowError(record.line(), name, "", "'" + name + "' is not a column; the columns are "
                        + Column.all().stream().map(Column::header).collect(Collectors.joining(", "))));
            } else if (firstPosition.containsKey(column)) {
                errors.add(new RowError(record.line(), name, column.jsonPath(), "column '" + name + "' appears twice, as columns "
                        + (firstPosition.get(column) + 1) + " and " + (i + 1)));
            } else {
                firstPosition.put(column, i);
                names.put(column, name);
            }
        }
        for (Column column : Column.all()) {
            if (column.required() && !names.containsKey(column)) {
                errors.add(new RowError(record.line(), column.header(), column.jsonPath(),
                        "the file has no '" + column.header() + "' column; every piece needs one"));
            }
        }
        if (!errors.isEmpty()) {
            throw new CsvImportException(CsvImportException.Reason.BAD_HEADER,
                    "The header row (line " + record.line() + ") has " + errors.size() + " problem"
                            + (errors.size() == 1 ? "" : "s") + "; no row was imported", errors);
        }
        return new CsvHeader(record.line(), List.copyOf(positions), names);
    }

    int line() {
        return line;
    }

    /** How many positions the header has, named or trailing empty. */
    int width() {
        return positions.size();
    }

    /** The column at a 0-based position, or null for a trailing unnamed one. */
    Column at(int position) {
        return positions.get(position);
    }

    boolean has(Column column) {
        return names.containsKey(column);
    }

    /** The column's name as the file writes it, or its standard name when the file lacks it. */
    String nameOf(Column column) {
        return names.getOrDefault(column, column.header());
    }
}
