package io.assay.edge.clients.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A client as search compares it: folded names, phone numbers as their digits, email addresses in
 * lower case. Made once per upsert; the arrays are never changed afterwards.
 *
 * @param id     the client's id
 * @param given  the given name
 * @param family the family name
 * @param phones each distinct phone number's digits (any script's digits, as 0-9), those with none left out
 * @param emails each distinct address, trimmed and lower-cased, blank ones left out
 */
record FoldedClient(String id, FoldedName given, FoldedName family, String[] phones, String[] emails) {

    /**
     * {@code entry} folded; {@code canonicalName} may swap each name for an equal instance already held,
     * so that a hundred thousand clients share a few thousand names and their words.
     */
    static FoldedClient of(ClientEntry entry, UnaryOperator<FoldedName> canonicalName) {
        Set<String> phones = new LinkedHashSet<>();
        for (String phone : entry.phones()) {
            String digits = digitsOf(phone);
            if (!digits.isEmpty()) {
                phones.add(digits);
            }
        }
        Set<String> emails = new LinkedHashSet<>();
        for (String email : entry.emails()) {
            String address = email.strip().toLowerCase(Locale.ROOT);
            if (!address.isEmpty()) {
                emails.add(address);
            }
        }
        return new FoldedClient(entry.id(), canonicalName.apply(FoldedName.of(entry.givenName())),
                canonicalName.apply(FoldedName.of(entry.familyName())), array(phones), array(emails));
    }

    private static final String[] NONE = new String[0];

    private static String[] array(Set<String> values) {
        return values.isEmpty() ? NONE : values.toArray(String[]::new);
    }

    /** The decimal digits of {@code text}, in order, as ASCII digits ("+1 (212) 555-0147" gives 12125550147). */
    static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int digit = Character.digit(cp, 10);
            if (digit >= 0) {
                digits.append((char) ('0' + digit));
            }
            i += Character.charCount(cp);
        }
        return digits.toString();
    }

    /** Each word a query word can match: both names' parts and joined forms (a word may come twice). */
    void forEachNameWord(Consumer<String> action) {
        for (FoldedName name : List.of(given, family)) {
            for (String part : name.parts()) {
                action.accept(part);
            }
            if (name.joined() != null) {
                action.accept(name.joined());
            }
        }
    }

    boolean hasName() {
        return !given.isEmpty() || !family.isEmpty();
    }

    /** True when {@code words} are the full name: both names covered (each query word must also be a name word). */
    boolean fullNameCoveredBy(Set<String> words) {
        return given.coveredBy(words) && family.coveredBy(words);
    }

    /**
     * The fewest distinct words a query needs to be the full name ("Amélie Durand": 2; "Jean de la
     * Fontaine": 2, as "jean delafontaine"), so that most clients need no closer look.
     */
    int fewestWordsForFullName() {
        int fewest = Integer.MAX_VALUE;
        for (Set<String> g : spellings(given)) {
            for (Set<String> f : spellings(family)) {
                Set<String> union = new HashSet<>(g);
                union.addAll(f);
                fewest = Math.min(fewest, union.size());
            }
        }
        return fewest;
    }

    private static List<Set<String>> spellings(FoldedName name) {
        List<Set<String>> spellings = new ArrayList<>(2);
        spellings.add(new HashSet<>(Arrays.asList(name.parts())));
        if (name.joined() != null) {
            spellings.add(Set.of(name.joined()));
        }
        return spellings;
    }
}
