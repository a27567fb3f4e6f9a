package io.assay.edge.clients.search;

import java.util.List;
import java.util.Set;

/**
 * A given or family name as search sees it: its folded words, and when it has several, the same run
 * together, because "de la Fontaine" is also typed "delafontaine" and "O'Neil" "oneil".
 *
 * <p>The arrays are never changed after construction.
 *
 * @param parts  the folded words, in order; empty for no name
 * @param joined the parts run together when there are two or more, else null
 */
record FoldedName(String[] parts, String joined) {

    static final FoldedName NONE = new FoldedName(new String[0], null);

    /** {@code field} folded, or {@link #NONE} when it has no word. */
    static FoldedName of(String field) {
        if (field == null) {
            return NONE;
        }
        List<String> words = NameFolding.words(field);
        if (words.isEmpty()) {
            return NONE;
        }
        String[] parts = words.toArray(String[]::new);
        return new FoldedName(parts, parts.length > 1 ? String.join("", parts) : null);
    }

    /** The parts apart by spaces ("de la fontaine"): the same text for the same name. */
    String spaced() {
        return String.join(" ", parts);
    }

    boolean isEmpty() {
        return parts.length == 0;
    }

    /** True when {@code words} name all of it: its joined form, or each of its parts (or it is empty). */
    boolean coveredBy(Set<String> words) {
        if (joined != null && words.contains(joined)) {
            return true;
        }
        for (String part : parts) {
            if (!words.contains(part)) {
                return false;
            }
        }
        return true;
    }
}
