package io.assay.edge.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor plan of the demo boutique: six showcases with their trays, the window, the safe and the
 * back office. Pieces are displayed in a tray (or on a case's top shelf); loose stones and the most
 * valuable pieces sleep in the safe; pieces out of the selling floor (sold awaiting collection, held,
 * at the bench, on memo) are booked to the back office.
 */
final class BoutiqueLayout {

    static final String WINDOW = "window-1";
    static final String SAFE = "safe";
    static final String BACK_OFFICE = "back-office";

    /** A showcase and its trays; a design says which tray it belongs in. */
    enum Showcase {
        BRIDAL("case-1", "Bridal", "Solitaires", "Halo & Three-Stone", "Wedding & Eternity Bands"),
        DIAMONDS("case-2", "Diamond Jewelry", "Tennis & Rivière", "Studs & Drops", "Pendants & Fashion Rings"),
        GOLD("case-3", "Gold", "Chains & Necklaces", "Bangles & Bracelets", "Rings, Earrings & Gifts"),
        WATCHES("case-4", "Watches", "Dress Watches", "Sport & Chronograph"),
        GEMS("case-5", "Pearls & Coloured Stones", "Pearls", "Sapphire, Ruby & Emerald", "Gemstones"),
        ESTATE("case-6", "Estate", "Art Deco & Edwardian", "Victorian & Retro");

        final String id;
        final String name;
        private final List<String> trays;

        Showcase(String id, String name, String... trays) {
            this.id = id;
            this.name = name;
            this.trays = List.of(trays);
        }

        /** The id of the tray at {@code index} (0-based): {@code case-1-tray-1}. */
        String tray(int index) {
            if (index < 0 || index >= trays.size()) {
                throw new IllegalArgumentException(name + " has " + trays.size() + " trays, not tray " + (index + 1));
            }
            return id + "-tray-" + (index + 1);
        }
    }

    private BoutiqueLayout() {
    }

    /** Every location as the API takes it, parents before the trays inside them. */
    static List<ObjectNode> locations() {
        List<ObjectNode> locations = new ArrayList<>();
        for (Showcase showcase : Showcase.values()) {
            locations.add(location(showcase.id, showcase.name, "case", null));
            for (int i = 0; i < showcase.trays.size(); i++) {
                locations.add(location(showcase.tray(i), showcase.trays.get(i), "tray", showcase.id));
            }
        }
        locations.add(location(WINDOW, "Front Window", "window", null));
        locations.add(location(SAFE, "Vault Safe", "safe", null));
        locations.add(location(BACK_OFFICE, "Back Office", "back office", null));
        return locations;
    }

    private static ObjectNode location(String id, String name, String kind, String parent) {
        ObjectNode location = Json.mapper().createObjectNode().put("id", id).put("name", name).put("kind", kind);
        if (parent != null) {
            location.put("parent", parent);
        }
        return location;
    }
}
