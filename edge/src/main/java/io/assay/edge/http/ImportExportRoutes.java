package io.assay.edge.http;

import io.assay.edge.csv.ImportReport;
import io.assay.edge.csv.PieceCsvWriter;
import io.assay.edge.csv.PieceImporter;
import io.assay.edge.index.SerialIndex;
import io.assay.edge.inventory.Piece;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CSV import and export of pieces ({@code /api/v1/items/import}, {@code /api/v1/items/export}). The
 * spreadsheet format and the import rules live in the {@code csv} package; this class only speaks HTTP.
 */
final class ImportExportRoutes {

    /** Pieces encoded per write of an export: a few hundred kilobytes at most. */
    private static final int EXPORT_PAGE = 500;
    /** What browsers and spreadsheet tools send a .csv file as. */
    private static final Set<String> CSV_TYPES = Set.of("text/csv", "application/csv", "text/plain",
            "application/vnd.ms-excel");

    private final SerialIndex index;
    private final PieceQueryParams params;
    private final PieceImporter importer;
    private final String storeId;
    private final ZoneId zone;

    ImportExportRoutes(ApiDependencies deps) {
        this.index = deps.index();
        this.params = new PieceQueryParams(deps.locations(), deps.config().store().currency());
        this.importer = new PieceImporter(deps.writer(), deps.inventory());
        this.storeId = deps.config().store().id();
        this.zone = deps.config().store().timeZone();
    }

    /**
     * Streams the pieces matching the list filters. The matching pieces are fixed when the request
     * arrives (a list of references, not of text), so pieces entered during a long download neither
     * appear twice nor shift others out; the rows are encoded a page at a time as the client reads.
     */
    void export(RoutingContext rc) {
        List<Piece> pieces = index.search(params.query(rc), params.sort(rc), 0, Integer.MAX_VALUE).items();
        String filename = "assay-" + storeId + "-pieces-" + LocalDate.now(zone) + ".csv";
        HttpServerResponse response = rc.response()
                .setChunked(true)
                .putHeader("Content-Type", "text/csv; charset=utf-8")
                .putHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        PieceCsvWriter csv = CostVisibility.csv(rc);
        response.write(Buffer.buffer(csv.header()));
        writeFrom(response, csv, pieces, 0);
    }

    private void writeFrom(HttpServerResponse response, PieceCsvWriter csv, List<Piece> pieces, int from) {
        if (response.closed()) {
            // The client went away; encoding the rest would be wasted work.
            return;
        }
        int at = from;
        while (at < pieces.size() && !response.writeQueueFull()) {
            int to = Math.min(at + EXPORT_PAGE, pieces.size());
            response.write(Buffer.buffer(csv.rows(pieces.subList(at, to))));
            at = to;
        }
        if (at >= pieces.size()) {
            response.end();
            return;
        }
        int resume = at;
        response.drainHandler(ignored -> writeFrom(response, csv, pieces, resume));
    }

    void importCsv(RoutingContext rc) {
        String type = rc.request().getHeader("Content-Type");
        if (type != null && !CSV_TYPES.contains(type.split(";")[0].trim().toLowerCase(Locale.ROOT))) {
            Problems.status(rc, 415, "Send the spreadsheet as text/csv (UTF-8), not " + type);
            return;
        }
        boolean atomic = atomic(rc);
        String actor = Caller.actor(rc);
        boolean costAllowed = !CostVisibility.hidden(rc);
        byte[] body = rc.body() == null || rc.body().buffer() == null ? new byte[0] : rc.body().buffer().getBytes();
        // Parsing and waiting for the writer's commits block, so they run on a worker; unordered, so a
        // long import does not hold up other blocking work of this event loop.
        rc.vertx().executeBlocking(() -> importer.importCsv(actor, body, atomic, costAllowed), false)
                .onSuccess(report -> answer(rc, atomic, report))
                .onFailure(rc::fail);
    }

    private static void answer(RoutingContext rc, boolean atomic, ImportReport report) {
        if (atomic && report.rejected() > 0) {
            Problems.send(rc, 422, "invalid-input", "Invalid input", report.rejected() + " row"
                    + (report.rejected() == 1 ? " is" : "s are") + " invalid; nothing was imported", report.errors());
        } else {
            Responses.json(rc, 200, report);
        }
    }

    private static boolean atomic(RoutingContext rc) {
        String text = rc.queryParams().get("atomic");
        if (text == null || text.isBlank() || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        throw new BadRequestException("atomic", "atomic must be true or false, got '" + text + "'");
    }
}
