package io.assay.edge.clients.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How names compare: case, accents and ligatures fold away (Amélie = amelie = AMELIE, Müller = Muller,
 * Ñ = n, æ = ae, ß = ss, ø = o, ﬁ = fi), and a name is cut into words at anything that is not a letter
 * or a digit (spaces, hyphens, apostrophes, dots).
 *
 * <p>Folding is the JDK's compatibility decomposition (NFKD) without its combining marks, lower-cased,
 * and then the few letters that carry no mark to drop but are written without them on a keyboard that
 * lacks them ({@link #UNMARKED}). Both sides of every comparison are folded the same way.
 */
final class NameFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * Letters that do not decompose into a base letter and a mark, with what an associate types for
     * them. Final sigma is folded to sigma, so that a Greek name typed up to its end matches.
     */
    private static final Map<Character, String> UNMARKED = Map.ofEntries(
            Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('ß', "ss"), Map.entry('ø', "o"),
            Map.entry('đ', "d"), Map.entry('ð', "d"), Map.entry('þ', "th"), Map.entry('ł', "l"),
            Map.entry('ħ', "h"), Map.entry('ı', "i"), Map.entry('ŧ', "t"), Map.entry('ς', "σ"),
            // The modifier-letter apostrophe counts as a letter: written in "O\u02BCNeil", it would glue
            // the two words together where an ordinary apostrophe splits them.
            Map.entry('\u02BC', "'"));

    /** Chars below this (Latin-1 and Latin Extended A and B) fold from a table made by {@link #foldSlowly}. */
    private static final int TABLE_SIZE = 0x250;
    private static final String[] TABLE = table();

    private NameFolding() {
    }

    /** The words of {@code text}, folded: "Saint-Exupéry" gives [saint, exupery]. */
    static List<String> words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(folded.substring(start));
        }
        return words;
    }

    /** {@code text} folded, before it is cut into words. */
    static String fold(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= TABLE_SIZE) {
                return foldSlowly(text);
            }
        }
        // Exact: these chars are all starters, so decomposing a string is decomposing each char, and the
        // marks that would need reordering are dropped anyway. Most of a boutique's book takes this way.
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(TABLE[text.charAt(i)]);
        }
        return folded.toString();
    }

    /** The definition of folding, for any text. */
    static String foldSlowly(String text) {
        String lower = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String plain = UNMARKED.get(c);
            if (plain == null) {
                folded.append(c);
            } else {
                folded.append(plain);
            }
        }
        return folded.toString();
    }

    private static String[] table() {
        String[] table = new String[TABLE_SIZE];
        for (char c = 0; c < TABLE_SIZE; c++) {
            table[c] = foldSlowly(String.valueOf(c));
        }
        return table;
    }
}
