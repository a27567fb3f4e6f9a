package io.assay.edge.demo;

import io.assay.edge.inventory.InventoryService;
import io.assay.edge.store.Writer;

/** Seeds an empty data directory with the demo boutique, through the one write path. */
public final class DemoSeeder {

    private DemoSeeder() {
    }

    /** Seeds only when {@code empty}: a restart keeps what is there. */
    public static void seedIfEmpty(Writer writer, InventoryService inventory, boolean empty) {
        // Filled in with the demo boutique generator.
    }
}
