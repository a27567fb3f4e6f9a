package io.assay.edge.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The committed locations, for readers: listing, and expanding a case into the trays it holds. Replaced
 * as a whole on change (locations are few), so readers never lock.
 */
public final class LocationCatalog {

    private volatile Map<String, Location> byId = Map.of();

    /** Adds or replaces locations; called by the writer after a commit. */
    public synchronized void putAll(Collection<Location> locations) {
        if (locations.isEmpty()) {
            return;
        }
        Map<String, Location> next = new LinkedHashMap<>(byId);
        locations.forEach(l -> next.put(l.id(), l));
        byId = Map.copyOf(next);
    }

    public Optional<Location> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** All locations, parents before their children, then by id. */
    public List<Location> all() {
        List<Location> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparing((Location l) -> rootOf(l).id()).thenComparing(l -> l.parent() != null)
                .thenComparing(Location::id));
        return out;
    }

    /** The location and every location inside it, at any depth. */
    public Set<String> withDescendants(String id) {
        Set<String> out = new TreeSet<>();
        out.add(id);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Location l : byId.values()) {
                if (l.parent() != null && out.contains(l.parent()) && out.add(l.id())) {
                    grew = true;
                }
            }
        }
        return out;
    }

    private Location rootOf(Location l) {
        Location at = l;
        for (int depth = 0; at.parent() != null && depth < 16; depth++) {
            Location parent = byId.get(at.parent());
            if (parent == null) {
                break;
            }
            at = parent;
        }
        return at;
    }
}
