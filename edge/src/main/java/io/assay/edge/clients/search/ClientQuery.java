package io.assay.edge.clients.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * What an associate typed, read once: which of a name, a phone number and an email address it can
 * be, and what to look for in each.
 *
 * <ul>
 *   <li>A name when it has a letter and no '@': its distinct folded words ("Amélie  DURAND" gives
 *       [amelie, durand]).</li>
 *   <li>A phone number when it has no letter, no '@' and at least {@value #MIN_PHONE_DIGITS} digits:
 *       its digits, whatever the punctuation.</li>
 *   <li>An email address, or its beginning, when it is one run of characters without spaces and either
 *       has an '@' or has a letter and {@value #MIN_EMAIL_CHARS} characters or more ("amelie@",
 *       "amelie.d"): lower-cased.</li>
 * </ul>
 * A phone number has no letter and no '@', so a query is never both a phone number and an address.
 * Only the first {@value #MAX_CHARS} chars are read: nobody types more into a search box, and a pasted
 * page must not cost more than a name. A blank query is none of them.
 *
 * @param nameWords   the distinct folded words, in typed order; empty when not a name
 * @param phoneDigits the digits, or null when not a phone number
 * @param emailStart  the lower-cased text, or null when not an email address
 */
record ClientQuery(List<String> nameWords, String phoneDigits, String emailStart) {

    static final int MAX_CHARS = 200;
    static final int MIN_PHONE_DIGITS = 4;
    static final int MIN_EMAIL_CHARS = 3;

    private static final ClientQuery NOTHING = new ClientQuery(List.of(), null, null);

    static ClientQuery parse(String typed) {
        if (typed == null) {
            return NOTHING;
        }
        String text = truncated(typed).strip();
        if (text.isEmpty()) {
            return NOTHING;
        }
        boolean at = text.indexOf('@') >= 0;
        boolean letter = text.codePoints().anyMatch(Character::isLetter);
        boolean oneRun = text.codePoints().noneMatch(Character::isWhitespace);
        List<String> words = !at && letter ? new ArrayList<>(new LinkedHashSet<>(NameFolding.words(text))) : List.of();
        String digits = !at && !letter ? FoldedClient.digitsOf(text) : "";
        String email = oneRun && (at || (letter && text.length() >= MIN_EMAIL_CHARS)) ? text.toLowerCase(Locale.ROOT) : null;
        return new ClientQuery(List.copyOf(words), digits.length() >= MIN_PHONE_DIGITS ? digits : null, email);
    }

    boolean isEmpty() {
        return nameWords.isEmpty() && phoneDigits == null && emailStart == null;
    }

    private static String truncated(String typed) {
        if (typed.length() <= MAX_CHARS) {
            return typed;
        }
        // Never keep half of a surrogate pair.
        return typed.substring(0, Character.isHighSurrogate(typed.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS);
    }
}
