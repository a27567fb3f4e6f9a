package io.assay.edge.demo;

import java.util.List;

/**
 * What seeding the demo did.
 *
 * @param seeded    false when the data directory already held stock and nothing was written
 * @param locations locations entered
 * @param pieces    pieces entered
 * @param changes   pieces reserved or sold after entry
 * @param refused   each piece or change the inventory refused, with its reasons (empty when all went in)
 * @param millis    wall-clock time of the whole seeding
 */
public record SeedReport(boolean seeded, int locations, int pieces, int changes, List<String> refused, long millis) {

    public SeedReport {
        refused = List.copyOf(refused);
    }

    static SeedReport skipped() {
        return new SeedReport(false, 0, 0, 0, List.of(), 0);
    }
}
