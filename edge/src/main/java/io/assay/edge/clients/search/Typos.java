package io.assay.edge.clients.search;

/**
 * When a query word matches a name word despite typos, measured as the optimal string alignment
 * distance: inserting, deleting or replacing a letter, or swapping two neighbouring ones, is one edit
 * ("Durnad", "Durand" and "Duarnd" are each one edit from "Durand").
 *
 * <p>The longer of the two words decides how many edits are allowed: one from 4 chars, two from 8. The
 * longer, because a typo may lengthen or shorten the word: "Fry" for Frey and "Smt" for Smit are one
 * edit from a 4-letter name; "Lee" for "Lea" is one edit between 3-letter words, which would be too
 * many words.
 */
final class Typos {

    static final int ONE_EDIT_FROM = 4;
    static final int TWO_EDITS_FROM = 8;
    /**
     * Words longer than this must match without typos: no name word is this long, and the deletion
     * neighbourhood of such a word would cost more than all the real ones.
     */
    static final int LONGEST_WITH_EDITS = 32;

    private Typos() {
    }

    /** True when {@code queryWord} matches {@code nameWord} with the edits their lengths allow. */
    static boolean mistyped(String queryWord, String nameWord) {
        int edits = allowed(Math.max(queryWord.length(), nameWord.length()));
        return edits > 0 && within(queryWord, nameWord, edits);
    }

    /** The edits allowed when the longer word has {@code length} chars: 0, 1 from 4, 2 from 8 to 32, then 0. */
    static int allowed(int length) {
        if (length > LONGEST_WITH_EDITS) {
            return 0;
        }
        return length >= TWO_EDITS_FROM ? 2 : length >= ONE_EDIT_FROM ? 1 : 0;
    }

    /**
     * The most edits a query word of {@code length} chars may be from any name word: from 3 chars one (a
     * 4-letter word is one insertion away), from 6 two (an 8-letter word is two away).
     */
    static int mostFor(int length) {
        if (length > LONGEST_WITH_EDITS) {
            return 0;
        }
        int most = 0;
        for (int edits = 1; edits <= 2; edits++) {
            if (allowed(Math.min(LONGEST_WITH_EDITS, length + edits)) >= edits) {
                most = edits;
            }
        }
        return most;
    }

    /** True when {@code a} and {@code b} are at most {@code max} edits apart. */
    static boolean within(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return false;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = i;
            char ai = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char bj = b.charAt(j - 1);
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (ai == bj ? 0 : 1));
                if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            // No later cell costs less than the cheapest of this row: a swap reaches back two rows, but
            // that cell plus one is already no less than its diagonal neighbour in this row.
            if (rowMin > max) {
                return false;
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return previous[m] <= max;
    }
}
