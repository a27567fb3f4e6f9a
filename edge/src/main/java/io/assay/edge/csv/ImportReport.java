package io.assay.edge.csv;

import java.util.List;

/**
 * What an import did.
 *
 * @param imported how many rows became pieces
 * @param rejected how many rows were refused (each has at least one error)
 * @param serials  the serials entered, in file order
 * @param errors   every problem of every refused row, in file order
 */
public record ImportReport(int imported, int rejected, List<String> serials, List<RowError> errors) {

    public ImportReport {
        serials = List.copyOf(serials);
        errors = List.copyOf(errors);
    }
}
