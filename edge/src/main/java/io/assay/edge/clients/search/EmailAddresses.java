package io.assay.edge.clients.search;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.roaringbitmap.RoaringBitmap;

/**
 * Clients by their email addresses (lower-cased), kept sorted so that the addresses beginning with some
 * text are one run, and by the addresses' first {@value ClientQuery#MIN_EMAIL_CHARS} and four chars
 * ({@link PrefixBitmaps}): the three letters an associate types first begin thousands of addresses.
 * Most addresses belong to one client, some to a household, so each holds a small array of ordinals.
 *
 * <p>Not thread-safe: {@link ClientSearch} guards it. Bitmaps it returns may be live: never change them.
 */
final class EmailAddresses {

    private final TreeMap<String, int[]> byAddress = new TreeMap<>();
    private final PrefixBitmaps shortPrefixes = new PrefixBitmaps(ClientQuery.MIN_EMAIL_CHARS, ClientQuery.MIN_EMAIL_CHARS + 1);

    /** Files the client at {@code ordinal} under each of its distinct {@code addresses}. */
    void add(String[] addresses, int ordinal) {
        for (String address : addresses) {
            int[] ordinals = byAddress.get(address);
            if (ordinals == null) {
                byAddress.put(address, new int[] {ordinal});
            } else if (Arrays.stream(ordinals).noneMatch(o -> o == ordinal)) {
                int[] more = Arrays.copyOf(ordinals, ordinals.length + 1);
                more[ordinals.length] = ordinal;
                byAddress.put(address, more);
            }
        }
        shortPrefixes.add(Arrays.asList(addresses), ordinal);
    }

    /** Undoes {@link #add} for the same addresses and ordinal. */
    void remove(String[] addresses, int ordinal) {
        for (String address : addresses) {
            int[] fewer = Arrays.stream(byAddress.get(address)).filter(o -> o != ordinal).toArray();
            if (fewer.length == 0) {
                byAddress.remove(address);
            } else {
                byAddress.put(address, fewer);
            }
        }
        shortPrefixes.remove(Arrays.asList(addresses), ordinal);
    }

    /** The ordinals of the clients with exactly {@code address}, or an empty array. */
    int[] exactly(String address) {
        return byAddress.getOrDefault(address, new int[0]);
    }

    /** The clients with an address beginning with {@code start} (or equal to it). */
    RoaringBitmap beginningWith(String start) {
        if (shortPrefixes.keeps(start.length())) {
            return shortPrefixes.beginningWith(start);
        }
        RoaringBitmap clients = new RoaringBitmap();
        for (Map.Entry<String, int[]> entry : byAddress.tailMap(start, true).entrySet()) {
            if (!entry.getKey().startsWith(start)) {
                break;
            }
            clients.add(entry.getValue());
        }
        return clients;
    }
}
