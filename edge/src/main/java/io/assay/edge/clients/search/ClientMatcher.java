package io.assay.edge.clients.search;

import java.util.HashSet;
import java.util.List;

/**
 * What a query matches and how well ({@link ClientHit} says what the scores mean), written as plainly
 * as possible, one client at a time. {@link ClientSearch} answers exactly what these rules say without
 * looking at every client; the property test holds the two together, and the benchmark's baseline is
 * these rules applied to every client.
 */
final class ClientMatcher {

    /** How a query word matches a name word; later constants are better. */
    enum WordMatch { NONE, TYPO, PREFIX, EXACT }

    static final int NO_MATCH = -1;
    /** Phone numbers agreeing in their last this many digits match, whatever comes before. */
    static final int PHONE_SUFFIX_DIGITS = 7;
    static final int EMAIL_EXACT = ClientHit.EXACT;
    static final int EMAIL_BEGINNING = ClientHit.PARTIAL + 1;

    private ClientMatcher() {
    }

    /** The client's hit for {@code query}, or null when it does not match. */
    static ClientHit match(FoldedClient client, ClientQuery query) {
        int name = query.nameWords().isEmpty() ? NO_MATCH : nameScore(client, query.nameWords());
        int phone = query.phoneDigits() == null ? NO_MATCH : phoneScore(query.phoneDigits(), client);
        int email = NO_MATCH;
        if (query.emailStart() != null) {
            for (String address : client.emails()) {
                email = Math.max(email, emailScore(query.emailStart(), address));
            }
        }
        // On equal scores a name is the better reason, then a phone.
        if (name >= phone && name >= email) {
            return name == NO_MATCH ? null : new ClientHit(client.id(), name, ClientHit.NAME);
        }
        return phone >= email ? new ClientHit(client.id(), phone, ClientHit.PHONE) : new ClientHit(client.id(), email, ClientHit.EMAIL);
    }

    static WordMatch wordMatch(String queryWord, String nameWord) {
        if (nameWord.equals(queryWord)) {
            return WordMatch.EXACT;
        }
        if (nameWord.startsWith(queryWord)) {
            return WordMatch.PREFIX;
        }
        return Typos.mistyped(queryWord, nameWord) ? WordMatch.TYPO : WordMatch.NONE;
    }

    /** The score of the name for distinct folded {@code words}, or {@link #NO_MATCH}. */
    static int nameScore(FoldedClient client, List<String> words) {
        int points = 0;
        boolean allExact = true;
        boolean anyTypo = false;
        for (String word : words) {
            WordMatch best = best(best(WordMatch.NONE, word, client.given()), word, client.family());
            if (best == WordMatch.NONE) {
                return NO_MATCH;
            }
            points += wordPoints(best);
            allExact &= best == WordMatch.EXACT;
            anyTypo |= best == WordMatch.TYPO;
        }
        if (allExact) {
            return (client.fullNameCoveredBy(new HashSet<>(words)) ? ClientHit.EXACT : ClientHit.WHOLE_WORDS) + points;
        }
        return (anyTypo ? ClientHit.TYPO : ClientHit.PARTIAL) + points;
    }

    /** A query word's part of a name score's detail. */
    static int wordPoints(WordMatch match) {
        return match == WordMatch.EXACT ? 2 : match == WordMatch.PREFIX ? 1 : 0;
    }

    private static WordMatch best(WordMatch sofar, String word, FoldedName name) {
        for (String part : name.parts()) {
            sofar = better(sofar, wordMatch(word, part));
        }
        return name.joined() == null ? sofar : better(sofar, wordMatch(word, name.joined()));
    }

    private static WordMatch better(WordMatch a, WordMatch b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The best {@link #phoneScore} of the client's numbers, or {@link #NO_MATCH}. */
    static int phoneScore(String queryDigits, FoldedClient client) {
        int best = NO_MATCH;
        for (String digits : client.phones()) {
            best = Math.max(best, phoneScore(queryDigits, digits));
        }
        return best;
    }

    /**
     * The score of a phone number's digits for the query's ({@value ClientQuery#MIN_PHONE_DIGITS} or
     * more), or {@link #NO_MATCH}. They match when they agree in their last 7 digits, or in all of the
     * query's when it has fewer: so "2125550147" finds "+1 212 555 0147", "+33 6 12 34 56 78" finds
     * "06 12 34 56 78", and "0147" finds every number ending so.
     */
    static int phoneScore(String queryDigits, String phoneDigits) {
        if (queryDigits.length() < ClientQuery.MIN_PHONE_DIGITS) {
            return NO_MATCH;
        }
        int agree = commonSuffix(queryDigits, phoneDigits);
        if (agree < Math.min(queryDigits.length(), PHONE_SUFFIX_DIGITS)) {
            return NO_MATCH;
        }
        int shorter = Math.min(queryDigits.length(), phoneDigits.length());
        boolean exact = agree == shorter && (agree >= PHONE_SUFFIX_DIGITS || queryDigits.length() == phoneDigits.length());
        return (exact ? ClientHit.EXACT : ClientHit.PARTIAL) + Math.min(agree, 999);
    }

    /** The score of a lower-cased address for the query's lower-cased text, or {@link #NO_MATCH}. */
    static int emailScore(String start, String address) {
        if (address.equals(start)) {
            return EMAIL_EXACT;
        }
        return address.startsWith(start) ? EMAIL_BEGINNING : NO_MATCH;
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }
}
