package io.assay.edge.clients.search;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Clients by the last four digits of each of their phone numbers: every number a phone query can match
 * ends in the query's last four digits ({@link ClientMatcher#phoneScore} needs at least four to agree),
 * so a query reads one bucket, a few dozen clients in a book of 200,000, and checks their numbers with
 * the rule itself. Numbers of fewer than four digits can match nothing and are not filed.
 *
 * <p>Not thread-safe: {@link ClientSearch} guards it.
 */
final class PhoneEnds {

    private static final int ENDS = 10_000;
    private static final int[] EMPTY = new int[0];

    private final int[][] byEnd = new int[ENDS][];
    private final int[] counts = new int[ENDS];

    PhoneEnds() {
        Arrays.fill(byEnd, EMPTY);
    }

    /** Files the client at {@code ordinal} under the end of each of its numbers' digits. */
    void add(String[] phones, int ordinal) {
        for (int end : ends(phones)) {
            if (counts[end] == byEnd[end].length) {
                byEnd[end] = Arrays.copyOf(byEnd[end], Math.max(4, counts[end] * 2));
            }
            byEnd[end][counts[end]++] = ordinal;
        }
    }

    /** Undoes {@link #add} for the same numbers and ordinal. */
    void remove(String[] phones, int ordinal) {
        for (int end : ends(phones)) {
            int[] ordinals = byEnd[end];
            for (int i = 0; i < counts[end]; i++) {
                if (ordinals[i] == ordinal) {
                    ordinals[i] = ordinals[--counts[end]];
                    break;
                }
            }
        }
    }

    /** Each client (once) with a number whose last four digits are those of {@code digits} (four or more). */
    void forEachEndingLike(String digits, IntConsumer ordinals) {
        int end = end(digits);
        for (int i = 0; i < counts[end]; i++) {
            ordinals.accept(byEnd[end][i]);
        }
    }

    /** The distinct ends of {@code phones}' digits, of those with four or more. */
    private static int[] ends(String[] phones) {
        return Arrays.stream(phones).filter(p -> p.length() >= ClientQuery.MIN_PHONE_DIGITS).mapToInt(PhoneEnds::end).distinct().toArray();
    }

    private static int end(String digits) {
        return Integer.parseInt(digits.substring(digits.length() - ClientQuery.MIN_PHONE_DIGITS));
    }
}
