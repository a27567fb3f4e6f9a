package io.assay.edge.clients.search;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.StampedLock;
import org.roaringbitmap.RoaringBitmap;

/**
 * The client book's search: what an associate types (a name or part of one, a phone number, an email
 * address or its beginning) to the clients it means, best first ({@link ClientHit} says how they are
 * scored and ordered, {@link ClientQuery} how a query is read, {@link NameFolding} and {@link Typos}
 * how names compare).
 *
 * <p>In memory: each folded name word to a bitmap of the clients using it, the words sorted for
 * prefixes and filed under their deletions for typos ({@link NameDictionary}); phone numbers by their
 * last four digits ({@link PhoneEnds}); addresses sorted, for beginnings ({@link EmailAddresses}). A
 * search reads the bitmaps of the query's words, or one bucket of numbers, never every client.
 *
 * <p>Threading: any thread may call any method. A {@link StampedLock} guards the structures: changes
 * take the write lock (microseconds for one client), searches the read lock, so searches run side by
 * side and each sees a client wholly before or wholly after an edit. A search that starts after
 * {@code upsert} returns sees the change. Copy-on-write was the alternative; it would copy the bitmaps
 * of every word of a client at each edit, to spare searches a lock that edits hold for microseconds.
 */
public final class ClientSearch {

    private final StampedLock lock = new StampedLock();
    private final ClientTable table = new ClientTable();
    private final NameDictionary names = new NameDictionary();
    private final PhoneEnds phones = new PhoneEnds();
    private final EmailAddresses emails = new EmailAddresses();

    /**
     * Adds or replaces a client's searchable fields.
     *
     * @throws NullPointerException when {@code entry} is null
     */
    public void upsert(ClientEntry entry) {
        upsertAll(List.of(entry));
    }

    /**
     * Adds or replaces clients, all visible at once (the book's load at start is one call); an id given
     * twice ends with its last entry. Searches wait until it returns: a few seconds for a book of
     * 200,000 clients, microseconds for one.
     *
     * @throws NullPointerException when an entry is null; nothing is changed then
     */
    public void upsertAll(Collection<ClientEntry> entries) {
        for (ClientEntry entry : entries) {
            Objects.requireNonNull(entry, "a client entry must not be null");
        }
        long stamp = lock.writeLock();
        try {
            for (ClientEntry entry : entries) {
                removeLocked(entry.id());
                // Folded under the lock so each name is the dictionary's own instance: a book of
                // 200,000 clients holds some tens of thousands of distinct names, not 400,000 copies.
                add(FoldedClient.of(entry, names::canonical));
            }
            names.seal();
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /**
     * Forgets the client; nothing happens when it is not here.
     *
     * @throws NullPointerException when {@code id} is null
     */
    public void remove(String id) {
        Objects.requireNonNull(id, "id");
        long stamp = lock.writeLock();
        try {
            removeLocked(id);
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /**
     * Ranked matches for what an associate types: a name, a phone or an email. Never throws for any
     * text: a null or blank query, or a {@code limit} of zero or less, finds nothing; only the first
     * {@value ClientQuery#MAX_CHARS} chars are read.
     *
     * @return at most {@code limit} hits, best first, each client once
     */
    public List<ClientHit> search(String query, int limit) {
        ClientQuery parsed = ClientQuery.parse(query);
        if (limit <= 0 || parsed.isEmpty()) {
            return List.of();
        }
        long stamp = lock.readLock();
        try {
            TopHits byName = new TopHits(table, limit);
            if (!parsed.nameWords().isEmpty()) {
                NameSearch.collect(names, table, parsed.nameWords(), byName);
            }
            // A query is never both a phone number and an address (ClientQuery), so each client is
            // offered once here too.
            TopHits byContact = new TopHits(table, limit);
            if (parsed.phoneDigits() != null) {
                collectPhones(parsed.phoneDigits(), byContact);
            }
            if (parsed.emailStart() != null) {
                collectEmails(parsed.emailStart(), byContact);
            }
            return TopHits.merged(byName, byContact);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** The clients indexed. */
    public int size() {
        long stamp = lock.readLock();
        try {
            return table.size();
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** Counts of clients, words and typo entries, for logs and the benchmark. */
    @Override
    public String toString() {
        long stamp = lock.readLock();
        try {
            return "ClientSearch[" + table.size() + " clients, " + names.describe() + "]";
        } finally {
            lock.unlockRead(stamp);
        }
    }

    private void add(FoldedClient client) {
        int ordinal = table.add(client);
        names.add(client, ordinal);
        phones.add(client.phones(), ordinal);
        emails.add(client.emails(), ordinal);
    }

    private void removeLocked(String id) {
        int ordinal = table.ordinalOf(id);
        if (ordinal < 0) {
            return;
        }
        FoldedClient client = table.get(ordinal);
        names.remove(client, ordinal);
        phones.remove(client.phones(), ordinal);
        emails.remove(client.emails(), ordinal);
        table.remove(ordinal);
    }

    private void collectPhones(String digits, TopHits into) {
        phones.forEachEndingLike(digits, ordinal -> {
            int best = ClientMatcher.phoneScore(digits, table.get(ordinal));
            if (best != ClientMatcher.NO_MATCH) {
                into.offer(ordinal, best, ClientHit.PHONE);
            }
        });
    }

    private void collectEmails(String start, TopHits into) {
        RoaringBitmap exact = RoaringBitmap.bitmapOf(emails.exactly(start));
        exact.forEach((int ordinal) -> into.offer(ordinal, ClientMatcher.EMAIL_EXACT, ClientHit.EMAIL));
        RoaringBitmap.andNot(emails.beginningWith(start), exact)
                .forEach((int ordinal) -> into.offer(ordinal, ClientMatcher.EMAIL_BEGINNING, ClientHit.EMAIL));
    }
}
