package io.assay.edge.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.journal.AuditQuery;
import io.assay.edge.journal.Journal;
import io.assay.edge.json.Json;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The audit trail over HTTP: the journal filtered by actor, subject, type and time, a page at a time
 * (newest first, as an auditor reads it), or all of it as CSV or JSON lines (oldest first, as a file is
 * read). Selections run on a worker: a filter other than a subject reads the whole journal.
 */
final class AuditRoutes {

    /** Events read and encoded per chunk of an export. */
    private static final int EXPORT_PAGE = 500;
    private static final List<String> CSV_COLUMNS = List.of("seq", "time", "type", "subject", "actor", "data", "hash");

    private final Journal journal;
    private final String store;

    AuditRoutes(ApiDependencies deps) {
        this.journal = deps.journal();
        this.store = deps.config().store().id();
    }

    void list(RoutingContext rc) {
        AuditQuery query = query(rc);
        int page = PieceQueryParams.integer(rc, "page", 0, 0, 1_000_000);
        int size = PieceQueryParams.integer(rc, "size", 50, 1, 500);
        rc.vertx().executeBlocking(() -> {
            long[] matching = journal.select(query);
            ObjectNode body = Json.mapper().createObjectNode();
            ArrayNode items = body.putArray("items");
            long newest = matching.length - 1L - (long) page * size;
            for (long i = newest; i > newest - size && i >= 0; i--) {
                items.add(journal.event(matching[(int) i]));
            }
            body.put("page", page).put("size", size).put("total", matching.length);
            return body;
        }).onSuccess(body -> Responses.json(rc, 200, body)).onFailure(rc::fail);
    }

    /**
     * Streams the selection, fixed when the request arrives (its sequence numbers), a page of events at a
     * time as the client reads, as the piece export does: an export of the whole journal never sits in
     * memory at once.
     */
    void export(RoutingContext rc) {
        AuditQuery query = query(rc);
        String format = rc.queryParams().get("format") == null ? "jsonl" : rc.queryParams().get("format");
        boolean csv = format.equals("csv");
        if (!csv && !format.equals("jsonl")) {
            throw new BadRequestException("format", "format is csv or jsonl, got '" + format + "'");
        }
        rc.vertx().executeBlocking(() -> journal.select(query)).onSuccess(seqs -> {
            HttpServerResponse response = rc.response().setChunked(true)
                    .putHeader("Content-Type", csv ? "text/csv; charset=utf-8" : "application/jsonl; charset=utf-8")
                    .putHeader("Content-Disposition", "attachment; filename=\"assay-" + store + "-audit-" + LocalDate.now()
                            + (csv ? ".csv" : ".jsonl") + "\"");
            if (csv) {
                response.write(String.join(",", CSV_COLUMNS) + "\r\n");
            }
            writeFrom(response, seqs, 0, csv);
        }).onFailure(rc::fail);
    }

    private void writeFrom(HttpServerResponse response, long[] seqs, int from, boolean csv) {
        if (response.closed()) {
            return;
        }
        int at = from;
        while (at < seqs.length && !response.writeQueueFull()) {
            StringBuilder chunk = new StringBuilder();
            for (int end = Math.min(at + EXPORT_PAGE, seqs.length); at < end; at++) {
                ObjectNode event = journal.event(seqs[at]);
                if (csv) {
                    appendCsvRow(chunk, event);
                } else {
                    chunk.append(event).append('\n');
                }
            }
            response.write(chunk.toString());
        }
        if (at >= seqs.length) {
            response.end();
            return;
        }
        int resume = at;
        response.drainHandler(v -> writeFrom(response, seqs, resume, csv));
    }

    private static void appendCsvRow(StringBuilder out, ObjectNode event) {
        List<String> cells = List.of(event.path("seq").asText(), event.path("time").asText(), event.path("type").asText(),
                event.path("subject").asText(), event.path("actor").asText(), json(event.path("data")),
                event.path("hash").asText());
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(csvCell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** RFC 4180 quoting; a cell a spreadsheet would run as a formula is prefixed with an apostrophe. */
    private static String csvCell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String json(Object node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuditQuery query(RoutingContext rc) {
        return new AuditQuery(text(rc, "actor"), text(rc, "subject"), text(rc, "type"), instant(rc, "from"), instant(rc, "to"));
    }

    private static String text(RoutingContext rc, String name) {
        String value = rc.queryParams().get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Instant instant(RoutingContext rc, String name) {
        String value = text(rc, name);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name, name + " must be a UTC time such as 2026-11-25T09:00:00Z, got '" + value + "'");
        }
    }
}
