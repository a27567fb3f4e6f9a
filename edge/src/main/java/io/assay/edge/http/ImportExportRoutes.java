package io.assay.edge.http;

import io.vertx.ext.web.RoutingContext;

/** CSV import and export of pieces. */
final class ImportExportRoutes {

    ImportExportRoutes(ApiDependencies deps) {
    }

    void export(RoutingContext rc) {
        Problems.status(rc, 501, "CSV export lands with the CSV codec");
    }

    void importCsv(RoutingContext rc) {
        Problems.status(rc, 501, "CSV import lands with the CSV codec");
    }
}
