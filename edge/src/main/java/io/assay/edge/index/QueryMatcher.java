package io.assay.edge.index;

import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.Stone;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The meaning of a {@link PieceQuery} for one piece, written plainly. It is the specification the
 * bitmap index is tested against, and the fallback for anything the bitmaps do not cover.
 */
public final class QueryMatcher {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Each Latin-1 char decomposed, without its accent, lower-cased: what {@link #foldedWords} makes of it. */
    private static final String[] LATIN1_FOLDED = latin1Folded();
    private static final boolean[] LATIN1_WORD_CHAR = latin1WordChars();

    private QueryMatcher() {
    }

    public static boolean matches(PieceQuery q, Piece p) {
        return in(q.locations(), p.location())
                && in(q.statuses(), p.status())
                && in(q.categories(), p.category())
                && in(q.metals(), p.metal())
                && in(q.fineness(), p.fineness())
                && in(q.metalColours(), p.metalColour())
                && in(q.designers(), p.designer())
                && in(q.collections(), p.collection())
                && in(q.styles(), p.style())
                && (q.stoneTypes().isEmpty() || p.stones().stream().map(Stone::type).anyMatch(q.stoneTypes()::contains))
                && within(p.retailPrice() == null ? null : p.retailPrice().minorUnits(), q.priceMin(), q.priceMax())
                && within(p.weight() == null ? null : p.weight().milligrams(), q.weightMinMg(), q.weightMaxMg())
                && textMatches(q.text(), p);
    }

    private static <T> boolean in(Set<T> wanted, T value) {
        return wanted.isEmpty() || (value != null && wanted.contains(value));
    }

    private static boolean within(Long value, Long min, Long max) {
        if (min == null && max == null) {
            return true;
        }
        return value != null && (min == null || value >= min) && (max == null || value <= max);
    }

    private static boolean textMatches(String text, Piece p) {
        if (text == null) {
            return true;
        }
        List<String> words = searchableWords(p);
        for (String term : words(text)) {
            if (words.stream().noneMatch(w -> w.startsWith(term))) {
                return false;
            }
        }
        return true;
    }

    /** The words text search looks in: those of the description, designer and collection. */
    public static List<String> searchableWords(Piece p) {
        return words(String.join(" ", nz(p.description()), nz(p.designer()), nz(p.collection())));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Lower-case, accent-free words: the unit of text search. */
    public static List<String> words(String text) {
        return isLatin1(text) ? latin1Words(text) : foldedWords(text);
    }

    /** The definition: decompose, drop the accents, lower-case, split at anything not a letter or digit. */
    static List<String> foldedWords(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return Arrays.stream(NON_WORD.split(folded)).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * The same for Latin-1 text (all of a Western boutique's stock), char by char from a table, without
     * the normaliser and the regular expressions, which took most of the index build's time. Exact:
     * Latin-1 has no combining marks, so decomposing, dropping marks and lower-casing act on each char alone.
     */
    static List<String> latin1Words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String folded = LATIN1_FOLDED[text.charAt(i)];
            for (int j = 0; j < folded.length(); j++) {
                char c = folded.charAt(j);
                if (c < LATIN1_WORD_CHAR.length ? LATIN1_WORD_CHAR[c] : isWordChar(c)) {
                    word.append(c);
                } else if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isLatin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** What NON_WORD does not match: \\p{L} or \\p{Nd}. */
    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    private static boolean[] latin1WordChars() {
        boolean[] word = new boolean[256];
        for (char c = 0; c < word.length; c++) {
            word[c] = isWordChar(c);
        }
        return word;
    }

    private static String[] latin1Folded() {
        String[] folded = new String[256];
        for (char c = 0; c < folded.length; c++) {
            folded[c] = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("")
                    .toLowerCase(Locale.ROOT);
        }
        return folded;
    }

    /** The values a piece contributes to a facet's counts. */
    public static List<String> facetValues(Facet facet, Piece p) {
        if (facet == Facet.STONE_TYPE) {
            // A piece counts once under each of its stone types (a ruby and diamond ring under both).
            return p.stones().stream().map(Stone::type).filter(Objects::nonNull).distinct().sorted().toList();
        }
        String v = switch (facet) {
            case LOCATION -> p.location();
            case STATUS -> p.status().label();
            case CATEGORY -> p.category().label();
            case METAL -> p.metal() == null ? null : p.metal().label();
            case FINENESS -> p.fineness();
            case METAL_COLOUR -> p.metalColour();
            case STONE_TYPE -> throw new AssertionError("handled above");
            case DESIGNER -> p.designer();
            case COLLECTION -> p.collection();
        };
        return v == null ? List.of() : List.of(v);
    }

    /** The order a {@link SortOrder} means; ties broken by serial. */
    public static Comparator<Piece> comparator(SortOrder sort) {
        Comparator<Piece> primary = switch (sort.key()) {
            case SERIAL -> Comparator.comparing(Piece::serial);
            case PRICE -> Comparator.comparing((Piece p) -> p.retailPrice() == null ? Long.MIN_VALUE : p.retailPrice().minorUnits());
            case WEIGHT -> Comparator.comparing((Piece p) -> p.weight() == null ? Long.MIN_VALUE : p.weight().milligrams());
            case UPDATED -> Comparator.comparing((Piece p) -> p.updatedAt() == null ? java.time.Instant.EPOCH : p.updatedAt());
            case CATEGORY -> Comparator.comparing((Piece p) -> p.category().label());
            case LOCATION -> Comparator.comparing(Piece::location);
            case STATUS -> Comparator.comparing((Piece p) -> p.status().label());
        };
        if (sort.descending()) {
            primary = primary.reversed();
        }
        return sort.key() == SortOrder.Key.SERIAL ? primary : primary.thenComparing(Piece::serial);
    }
}
