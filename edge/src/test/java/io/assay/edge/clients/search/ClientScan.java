package io.assay.edge.clients.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The client search as a linear scan: every client folded once, and each search {@link ClientMatcher}
 * applied to all of them, then a sort. The property test's oracle for {@link ClientSearch}, and the
 * benchmark's baseline. Not thread-safe.
 */
public final class ClientScan {

    private final List<FoldedClient> clients = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();

    public ClientScan(Collection<ClientEntry> entries) {
        entries.forEach(this::upsert);
    }

    public void upsert(ClientEntry entry) {
        FoldedClient folded = FoldedClient.of(entry, UnaryOperator.identity());
        Integer at = positions.get(entry.id());
        if (at == null) {
            positions.put(entry.id(), clients.size());
            clients.add(folded);
        } else {
            clients.set(at, folded);
        }
    }

    public void remove(String id) {
        Integer at = positions.remove(id);
        if (at != null) {
            FoldedClient last = clients.remove(clients.size() - 1);
            if (at < clients.size()) {
                clients.set(at, last);
                positions.put(last.id(), at);
            }
        }
    }

    public int size() {
        return clients.size();
    }

    public List<ClientHit> search(String query, int limit) {
        ClientQuery parsed = ClientQuery.parse(query);
        if (limit <= 0 || parsed.isEmpty()) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (FoldedClient client : clients) {
            ClientHit hit = ClientMatcher.match(client, parsed);
            if (hit != null) {
                found.add(new Found(hit, client));
            }
        }
        found.sort(Comparator.comparingInt((Found f) -> -f.hit().score()).thenComparing(Found::client, ClientOrder::compare));
        return found.stream().limit(limit).map(Found::hit).toList();
    }

    private record Found(ClientHit hit, FoldedClient client) {
    }
}
