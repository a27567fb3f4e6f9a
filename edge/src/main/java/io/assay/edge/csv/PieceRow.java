package io.assay.edge.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.domain.FieldError;
import io.assay.edge.inventory.Piece;
import io.assay.edge.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Converts between a piece and its spreadsheet row. Both directions go through the piece's JSON form,
 * the API contract: a row becomes exactly the JSON the API takes (validated afterwards by the same
 * reader), and a piece's JSON is flattened into cells, so CSV and JSON cannot drift apart.
 *
 * <p>Stones and certificates use the compact {@link EntryList} form, one entry per stone or certificate
 * with the JSON field names as keys; certificate grades are written {@code grades.<name>=<value>}.
 */
final class PieceRow {

    static final List<String> STONE_KEYS = List.of("type", "shape", "count", "caratWeight", "colour", "clarity",
            "cut", "polish", "symmetry", "fluorescence", "origin", "treatment");
    static final List<String> CERTIFICATE_KEYS = List.of("lab", "number", "date", "scan");
    private static final String GRADES = "grades";

    private PieceRow() {
    }

    /** A row read from a file: the piece as JSON and the cells that could not be put into it. */
    record Draft(int line, ObjectNode json, List<RowError> errors) {
    }

    /** The cells of a piece in {@code columns}, in their order; an absent value is an empty cell. */
    static List<String> cells(Piece piece, List<Column> columns) {
        ObjectNode json = Json.mapper().valueToTree(piece);
        List<String> cells = new ArrayList<>(columns.size());
        for (Column column : columns) {
            JsonNode value = column.jsonSubField() == null
                    ? json.path(column.jsonField())
                    : json.path(column.jsonField()).path(column.jsonSubField());
            cells.add(switch (column.kind()) {
                case TEXT -> value.isValueNode() ? value.asText() : "";
                case FREE_TEXT -> value.isValueNode() ? FormulaGuard.guard(value.asText()) : "";
                case ENTRIES -> EntryList.format(flatten(value));
                case IDS -> String.join(";", texts(value));
            });
        }
        return cells;
    }

    /** The piece a row describes, as the JSON API would take it; blank cells are absent fields. */
    static Draft read(CsvHeader header, CsvRecord record) {
        ObjectNode json = Json.mapper().createObjectNode();
        List<RowError> errors = new ArrayList<>();
        List<String> cells = record.cells();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.isBlank()) {
                continue;
            }
            Column column = i < header.width() ? header.at(i) : null;
            if (column == null) {
                errors.add(new RowError(record.line(), "", "", "cell " + (i + 1) + " ('" + abbreviate(cell)
                        + "') is in no named column; the header has " + header.width() + " columns"));
                continue;
            }
            switch (column.kind()) {
                case TEXT -> put(json, column, cell);
                case FREE_TEXT -> put(json, column, FormulaGuard.unguard(cell));
                case IDS -> {
                    ArrayNode ids = json.putArray(column.jsonField());
                    for (String id : cell.split(";")) {
                        if (!id.isBlank()) {
                            ids.add(id.trim());
                        }
                    }
                }
                case ENTRIES -> entries(column, cell, json, header, record.line(), errors);
            }
        }
        return new Draft(record.line(), json, errors);
    }

    /** A rule broken by a row's piece, pointed at the column that holds the field. */
    static RowError error(CsvHeader header, int line, FieldError error) {
        String column = Column.ofField(error.field()).map(header::nameOf).orElse("");
        return new RowError(line, column, error.field(), error.message());
    }

    private static void put(ObjectNode json, Column column, String value) {
        if (column.jsonSubField() == null) {
            json.put(column.jsonField(), value);
        } else {
            JsonNode existing = json.get(column.jsonField());
            ObjectNode object = existing instanceof ObjectNode o ? o : json.putObject(column.jsonField());
            object.put(column.jsonSubField(), value);
        }
    }

    private static void entries(Column column, String cell, ObjectNode json, CsvHeader header, int line,
                                List<RowError> errors) {
        List<Map<String, String>> entries;
        try {
            entries = EntryList.parse(cell);
        } catch (EntryList.MalformedException e) {
            errors.add(new RowError(line, header.nameOf(column), column.jsonField(), e.getMessage() + "; "
                    + example(column)));
            return;
        }
        ArrayNode array = json.putArray(column.jsonField());
        for (int i = 0; i < entries.size(); i++) {
            ObjectNode object = array.addObject();
            for (Map.Entry<String, String> pair : entries.get(i).entrySet()) {
                String key = pair.getKey();
                String field = column.jsonField() + "[" + i + "]." + key;
                if (column == Column.CERTIFICATES && key.toLowerCase(Locale.ROOT).startsWith(GRADES + ".")) {
                    String grade = key.substring(GRADES.length() + 1).trim();
                    if (grade.isEmpty()) {
                        errors.add(new RowError(line, header.nameOf(column), field, "entry " + (i + 1)
                                + ": a grade needs a name, as in grades.colour=F"));
                    } else {
                        JsonNode grades = object.get(GRADES);
                        (grades instanceof ObjectNode o ? o : object.putObject(GRADES)).put(grade, pair.getValue());
                    }
                    continue;
                }
                List<String> known = column == Column.STONES ? STONE_KEYS : CERTIFICATE_KEYS;
                String canonical = known.stream().filter(k -> k.equalsIgnoreCase(key)).findFirst().orElse(null);
                if (canonical == null) {
                    errors.add(new RowError(line, header.nameOf(column), field, "entry " + (i + 1) + ": '" + key
                            + "' is not a key of " + (column == Column.STONES ? "a stone" : "a certificate")
                            + "; the keys are " + String.join(", ", known)
                            + (column == Column.CERTIFICATES ? " and grades.<name>" : "")));
                } else {
                    object.put(canonical, pair.getValue());
                }
            }
        }
    }

    private static String example(Column column) {
        return column == Column.STONES
                ? "write stones as type=diamond, shape=round, caratWeight=1.01; type=ruby, count=2"
                : "write certificates as lab=GIA, number=2141438171, date=2024-03-18, grades.colour=F";
    }

    /** Each object of an array as key=value text; one nested object level becomes "name.key". */
    private static List<Map<String, String>> flatten(JsonNode array) {
        List<Map<String, String>> entries = new ArrayList<>();
        for (JsonNode element : array) {
            Map<String, String> entry = new LinkedHashMap<>();
            element.fields().forEachRemaining(field -> {
                if (field.getValue().isObject()) {
                    field.getValue().fields().forEachRemaining(inner ->
                            entry.put(field.getKey() + "." + inner.getKey(), inner.getValue().asText()));
                } else {
                    entry.put(field.getKey(), field.getValue().asText());
                }
            });
            entries.add(entry);
        }
        return entries;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    private static String abbreviate(String text) {
        return text.length() <= 30 ? text : text.substring(0, 27) + "...";
    }
}
