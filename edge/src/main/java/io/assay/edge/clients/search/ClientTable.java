package io.assay.edge.clients.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The indexed clients by ordinal, the small number the bitmaps hold, and by id. A removed client's
 * ordinal is given to the next new one, so the bitmaps stay as dense as the book.
 *
 * <p>Beside each client it keeps, in plain arrays, what ranking reads for every candidate: its
 * {@link ClientOrder#key} and the fewest words its full name takes.
 *
 * <p>Not thread-safe: {@link ClientSearch} guards it.
 */
final class ClientTable {

    private final Map<String, Integer> ordinals = new HashMap<>();
    private FoldedClient[] clients = new FoldedClient[1024];
    private long[] orderKeys = new long[1024 * ClientOrder.KEY_LONGS];
    private byte[] fullNameWords = new byte[1024];
    private int[] free = new int[64];
    private int freeCount;
    private int end;

    int size() {
        return ordinals.size();
    }

    /** The client's ordinal, or -1 when it is not here. */
    int ordinalOf(String id) {
        Integer ordinal = ordinals.get(id);
        return ordinal == null ? -1 : ordinal;
    }

    FoldedClient get(int ordinal) {
        return clients[ordinal];
    }

    /** Compares two clients' {@link ClientOrder#key}s: zero when they must be compared themselves. */
    int compareKeys(int a, int b) {
        return ClientOrder.compareKeys(orderKeys, a * ClientOrder.KEY_LONGS, b * ClientOrder.KEY_LONGS);
    }

    /** {@link FoldedClient#fewestWordsForFullName}, at most 127. */
    int fullNameWords(int ordinal) {
        return fullNameWords[ordinal];
    }

    /** Adds a client not already here and returns its ordinal. */
    int add(FoldedClient client) {
        int ordinal = freeCount > 0 ? free[--freeCount] : end++;
        if (ordinal == clients.length) {
            int grown = clients.length * 2;
            clients = Arrays.copyOf(clients, grown);
            orderKeys = Arrays.copyOf(orderKeys, grown * ClientOrder.KEY_LONGS);
            fullNameWords = Arrays.copyOf(fullNameWords, grown);
        }
        clients[ordinal] = client;
        ClientOrder.key(client, orderKeys, ordinal * ClientOrder.KEY_LONGS);
        fullNameWords[ordinal] = (byte) Math.min(Byte.MAX_VALUE, client.fewestWordsForFullName());
        ordinals.put(client.id(), ordinal);
        return ordinal;
    }

    /** Forgets the client at {@code ordinal} and frees the ordinal. */
    void remove(int ordinal) {
        ordinals.remove(clients[ordinal].id());
        clients[ordinal] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = ordinal;
    }
}
