package io.assay.edge.csv;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the piece spreadsheet, in export order. Each column is one value of the piece's JSON
 * form (the API contract), named by its path there, so a row converts to exactly the JSON the API takes
 * and a rule broken in a field is reported against the column that holds it.
 */
enum Column {
    SERIAL("serial", "serial", Kind.TEXT, true),
    EPC("epc", "epc", Kind.TEXT, false),
    STYLE("style", "style", Kind.TEXT, false),
    CATEGORY("category", "category", Kind.TEXT, true),
    DESCRIPTION("description", "description", Kind.FREE_TEXT, true),
    DESIGNER("designer", "designer", Kind.FREE_TEXT, false),
    COLLECTION("collection", "collection", Kind.FREE_TEXT, false),
    METAL("metal", "metal", Kind.TEXT, false),
    FINENESS("fineness", "fineness", Kind.TEXT, false),
    METAL_COLOUR("metalColour", "metalColour", Kind.TEXT, false),
    WEIGHT("weight", "weight.value", Kind.TEXT, false),
    WEIGHT_UNIT("weightUnit", "weight.unit", Kind.TEXT, false),
    RING_SIZE("ringSize", "ringSize.value", Kind.TEXT, false),
    RING_SIZE_SYSTEM("ringSizeSystem", "ringSize.system", Kind.TEXT, false),
    STONES("stones", "stones", Kind.ENTRIES, false),
    CERTIFICATES("certificates", "certificates", Kind.ENTRIES, false),
    COST("cost", "cost.amount", Kind.TEXT, false),
    COST_CURRENCY("costCurrency", "cost.currency", Kind.TEXT, false),
    RETAIL_PRICE("retailPrice", "retailPrice.amount", Kind.TEXT, true),
    CURRENCY("currency", "retailPrice.currency", Kind.TEXT, true),
    LOCATION("location", "location", Kind.TEXT, true),
    STATUS("status", "status", Kind.TEXT, false),
    NOTES("notes", "notes", Kind.FREE_TEXT, false),
    PHOTOS("photos", "photos", Kind.IDS, false);

    /** How a column's cell holds its value. */
    enum Kind {
        /** A word or number, as in the JSON form. */
        TEXT,
        /** Text a person typed, guarded against being run as a spreadsheet formula ({@link FormulaGuard}). */
        FREE_TEXT,
        /** A list of objects in the compact {@link EntryList} form (stones, certificates). */
        ENTRIES,
        /** A list of attachment ids separated by ';'. */
        IDS
    }

    private static final List<Column> ALL = List.of(values());

    private final String header;
    private final String jsonPath;
    private final Kind kind;
    private final boolean required;

    Column(String header, String jsonPath, Kind kind, boolean required) {
        this.header = header;
        this.jsonPath = jsonPath;
        this.kind = kind;
        this.required = required;
    }

    /** The name in the header row, as the export writes it. */
    String header() {
        return header;
    }

    /** Where the value sits in the piece's JSON form: "serial", or "weight.value" for a field of an object. */
    String jsonPath() {
        return jsonPath;
    }

    /** The top-level JSON field. */
    String jsonField() {
        int dot = jsonPath.indexOf('.');
        return dot < 0 ? jsonPath : jsonPath.substring(0, dot);
    }

    /** The field inside the top-level object, or null when the column is a top-level field. */
    String jsonSubField() {
        int dot = jsonPath.indexOf('.');
        return dot < 0 ? null : jsonPath.substring(dot + 1);
    }

    Kind kind() {
        return kind;
    }

    /** Whether an import file must have this column (the piece cannot be entered without it). */
    boolean required() {
        return required;
    }

    static List<Column> all() {
        return ALL;
    }

    /** The column a header cell names; case and surrounding spaces do not matter. */
    static Optional<Column> byHeader(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(c -> c.header.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /**
     * The column holding a field named by a validation error: "weight.unit" is in weightUnit,
     * "stones[1].clarity" in stones, and an error on a whole object ("cost") in its amount column.
     */
    static Optional<Column> ofField(String field) {
        String path = field;
        int bracket = path.indexOf('[');
        if (bracket >= 0) {
            path = path.substring(0, bracket);
        }
        String exact = path;
        Optional<Column> match = ALL.stream().filter(c -> c.jsonPath.equals(exact)).findFirst();
        if (match.isPresent()) {
            return match;
        }
        String top = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
        return ALL.stream().filter(c -> c.jsonField().equals(top)).findFirst();
    }
}
