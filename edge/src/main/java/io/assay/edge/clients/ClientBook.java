package io.assay.edge.clients;

import io.assay.edge.clients.search.ClientEntry;
import io.assay.edge.clients.search.ClientHit;
import io.assay.edge.clients.search.ClientSearch;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The client book as committed, for the screens: clients by id, the search over names, phones and emails,
 * who was merged into whom, and the appointments. Fed from every commit.
 */
public final class ClientBook {

    private final ConcurrentMap<String, Client> clients = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, List<String>> mergedInto = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Appointment> appointments = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LoyaltyAccount> loyalty = new ConcurrentHashMap<>();
    private final ClientSearch search = new ClientSearch();
    /** Live clients by the last digits of each phone (the line, with or without a country code), and by email. */
    private final ConcurrentMap<String, Set<String>> byLine = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Set<String>> byEmail = new ConcurrentHashMap<>();

    /** Takes committed documents; anything that is not the client book's is ignored. */
    public void apply(Collection<?> documents) {
        for (Object document : documents) {
            if (document instanceof Client client) {
                Client before = clients.get(client.id());
                Client held = clients.merge(client.id(), client, (old, next) -> next.version() >= old.version() ? next : old);
                if (held != client) {
                    continue;
                }
                if (before != null) {
                    before.phones().forEach(p -> unindex(byLine, PhoneNumbers.line(p), client.id()));
                    before.emails().forEach(e -> unindex(byEmail, e.toLowerCase(Locale.ROOT), client.id()));
                }
                if (client.live()) {
                    client.phones().forEach(p -> byLine.computeIfAbsent(PhoneNumbers.line(p), k -> ConcurrentHashMap.newKeySet()).add(client.id()));
                    client.emails().forEach(e -> byEmail.computeIfAbsent(e.toLowerCase(Locale.ROOT), k -> ConcurrentHashMap.newKeySet())
                            .add(client.id()));
                }
                if (client.live()) {
                    search.upsert(new ClientEntry(client.id(), client.givenName(), client.familyName(), client.phones(), client.emails()));
                } else {
                    search.remove(client.id());
                }
                if (client.mergedInto() != null) {
                    List<String> merged = mergedInto.computeIfAbsent(client.mergedInto(), id -> new CopyOnWriteArrayList<>());
                    if (!merged.contains(client.id())) {
                        merged.add(client.id());
                    }
                }
            } else if (document instanceof LoyaltyAccount account) {
                loyalty.merge(account.client(), account, (old, next) -> next.version() >= old.version() ? next : old);
            } else if (document instanceof Appointment appointment) {
                appointments.merge(appointment.id(), appointment, (old, next) -> next.version() >= old.version() ? next : old);
            }
        }
    }

    private static void unindex(ConcurrentMap<String, Set<String>> index, String key, String id) {
        Set<String> ids = index.get(key);
        if (ids != null) {
            ids.remove(id);
        }
    }

    public Optional<Client> client(String id) {
        return Optional.ofNullable(clients.get(id));
    }

    /** Live clients (neither merged nor erased). */
    public List<Client> live() {
        return clients.values().stream().filter(Client::live).toList();
    }

    public int size() {
        return search.size();
    }

    /** {@code id} and every client merged into it, directly or through another: whose sales are hers. */
    public Set<String> identities(String id) {
        Set<String> all = new java.util.LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (all.add(next)) {
                todo.addAll(mergedInto.getOrDefault(next, List.of()));
            }
        }
        return all;
    }

    /** Clients matching what an associate typed: a name, a phone or an email; best first. */
    public List<Client> search(String query, int limit) {
        List<Client> found = new ArrayList<>();
        for (ClientHit hit : search.search(query, limit)) {
            Client client = clients.get(hit.id());
            if (client != null && client.live()) {
                found.add(client);
            }
        }
        return found;
    }

    /**
     * Live clients who may be the same person as {@code draft}: the same phone or email, or a name that
     * differs by no more than a typo. Each with why.
     */
    public List<Duplicate> duplicatesOf(Client draft) {
        java.util.Map<String, String> reasons = new java.util.LinkedHashMap<>();
        for (String phone : draft.phones()) {
            byLine.getOrDefault(PhoneNumbers.line(phone), Set.of()).forEach(id -> reasons.putIfAbsent(id, "same phone"));
        }
        for (String email : draft.emails()) {
            byEmail.getOrDefault(email.toLowerCase(Locale.ROOT), Set.of()).forEach(id -> reasons.putIfAbsent(id, "same email"));
        }
        String name = fold(draft.displayName());
        if (!name.isEmpty()) {
            for (ClientHit hit : search.search(draft.displayName(), 20)) {
                Client client = clients.get(hit.id());
                if (client != null && withinOneEdit(name, fold(client.displayName()))) {
                    reasons.putIfAbsent(client.id(), "similar name");
                }
            }
        }
        List<Duplicate> found = new ArrayList<>();
        reasons.forEach((id, reason) -> {
            Client client = clients.get(id);
            if (client != null && client.live() && !id.equals(draft.id())) {
                found.add(new Duplicate(id, client.displayName(), reason));
            }
        });
        return found;
    }

    /** The live client with this email, or else this phone line: how an online visitor is recognised. */
    public Optional<Client> byContact(String email, String phone) {
        Set<String> ids = email == null ? Set.of() : byEmail.getOrDefault(email.toLowerCase(Locale.ROOT), Set.of());
        if (ids.isEmpty() && phone != null && PhoneNumbers.digits(phone).length() >= 7) {
            ids = byLine.getOrDefault(PhoneNumbers.line(phone), Set.of());
        }
        return ids.stream().sorted().map(clients::get).filter(c -> c != null && c.live()).findFirst();
    }

    /** Her loyalty points: zero before her first sale. */
    public long points(String client) {
        LoyaltyAccount account = loyalty.get(client);
        return account == null ? 0 : account.points();
    }

    public Optional<Appointment> appointment(String id) {
        return Optional.ofNullable(appointments.get(id));
    }

    /** Appointments in time order. */
    public List<Appointment> appointments() {
        return appointments.values().stream().sorted(Comparator.comparing(Appointment::start).thenComparing(Appointment::id)).toList();
    }

    /** A client who may be the one being entered. */
    public record Duplicate(String id, String name, String reason) {
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .trim();
    }

    /** Equal, or one insertion, deletion or substitution apart. */
    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
