package io.assay.edge.clients.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Placeholder scan, replaced by the indexed search. */
public final class ClientSearch {

    private final ConcurrentMap<String, ClientEntry> entries = new ConcurrentHashMap<>();

    public void upsert(ClientEntry entry) {
        entries.put(entry.id(), entry);
    }

    public void remove(String id) {
        entries.remove(id);
    }

    public int size() {
        return entries.size();
    }

    public List<ClientHit> search(String query, int limit) {
        String q = fold(query == null ? "" : query).trim();
        if (q.isEmpty()) {
            return List.of();
        }
        List<ClientHit> hits = new ArrayList<>();
        for (ClientEntry e : entries.values()) {
            String name = fold((e.givenName() == null ? "" : e.givenName()) + " " + (e.familyName() == null ? "" : e.familyName()));
            if (name.contains(q)) {
                hits.add(new ClientHit(e.id(), 1, "name"));
            } else if (e.emails().stream().anyMatch(m -> fold(m).startsWith(q))) {
                hits.add(new ClientHit(e.id(), 1, "email"));
            }
        }
        hits.sort(Comparator.comparing(ClientHit::id));
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
