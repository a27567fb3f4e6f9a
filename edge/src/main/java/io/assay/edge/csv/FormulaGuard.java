package io.assay.edge.csv;

/**
 * Keeps typed text from running as a formula when an exported file is opened in a spreadsheet (CSV
 * injection: a note "=HYPERLINK(...)" would otherwise become a live link). Text starting with a formula
 * character, or with the guard's own apostrophe, gets one leading apostrophe on export; the import takes
 * exactly one off again, so the text round-trips unchanged.
 */
final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r'";

    private FormulaGuard() {
    }

    static String guard(String text) {
        return !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    static String unguard(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }
}
