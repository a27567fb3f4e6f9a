package io.assay.edge.clients.search;

/**
 * One client a search found, and how well.
 *
 * <p>The score is a tier plus a detail. The tier (thousands) says what kind of match it is:
 * <ul>
 *   <li>{@link #EXACT} (4000): the full name, every word of it and nothing else, in any order; a phone
 *       number whose digits are the query's (or one is the other with a country code or trunk prefix
 *       in front, the shorter having 7 digits or more); an email address as typed, ignoring case;</li>
 *   <li>{@link #WHOLE_WORDS} (3000): every query word is a whole word of the name, but not all of it;</li>
 *   <li>{@link #PARTIAL} (2000): every query word is a whole word of the name or the beginning of one;
 *       a phone number ending in the query's digits (4 to 6 typed), or sharing its last 7 digits or
 *       more; an email address beginning with the query;</li>
 *   <li>{@link #TYPO} (1000): at least one query word matched a name word only with a typo.</li>
 * </ul>
 * The detail (0 to 999) orders hits within a tier: for a name, 2 for each query word matched as a
 * whole word, 1 for each matched by a word's beginning, 0 for one matched with a typo; for a phone,
 * how many trailing digits agree; for an email, 0 when exact and 1 for a beginning.
 *
 * <p>Hits are listed by score, highest first; equal scores by family name, then given name (folded,
 * word by word), then id. A client is listed once, with its best score; when a name and a contact
 * match equally well, {@code matchedOn} says "name".
 *
 * @param id        the client's id
 * @param score     as above
 * @param matchedOn "name", "phone" or "email": what gave the score
 */
public record ClientHit(String id, int score, String matchedOn) {

    public static final int EXACT = 4000;
    public static final int WHOLE_WORDS = 3000;
    public static final int PARTIAL = 2000;
    public static final int TYPO = 1000;

    public static final String NAME = "name";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
}
