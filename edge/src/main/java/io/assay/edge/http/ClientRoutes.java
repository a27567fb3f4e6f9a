package io.assay.edge.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.clients.Appointment;
import io.assay.edge.clients.Client;
import io.assay.edge.clients.ClientBook;
import io.assay.edge.clients.ClientModule;
import io.assay.edge.clients.ClientValue;
import io.assay.edge.clients.FingerSize;
import io.assay.edge.clients.Recommendations;
import io.assay.edge.clients.RingSystem;
import io.assay.edge.domain.NotFoundException;
import io.assay.edge.hq.HqBook;
import io.assay.edge.index.SerialIndex;
import io.assay.edge.inventory.Piece;
import io.assay.edge.json.Json;
import io.assay.edge.sales.Layaway;
import io.assay.edge.sales.Sale;
import io.assay.edge.sales.SaleLine;
import io.assay.edge.sales.SalesBook;
import io.assay.edge.store.Writer;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The client book over HTTP: clients, their profile page, search, recommendations, the clienteling lists and appointments. */
final class ClientRoutes {

    private static final int MOST_RESULTS = 50;

    private final Writer writer;
    private final ClientModule clients;
    private final ClientBook book;
    private final SalesBook sales;
    private final SerialIndex index;
    private final HqBook hq;
    private final ZoneId zone;
    private final Clock clock = Clock.systemUTC();

    ClientRoutes(ApiDependencies deps) {
        this.writer = deps.writer();
        this.clients = deps.clients();
        this.book = clients.book();
        this.sales = deps.sales();
        this.index = deps.index();
        this.hq = deps.hq();
        this.zone = deps.config().store().timeZone();
    }

    /** {@code POST /api/v1/clients}: 201 with Location, and the clients she may already be. */
    void create(RoutingContext rc) {
        JsonNode body = Responses.body(rc);
        Responses.submit(rc, writer, work -> clients.service().create(work, body))
                .onSuccess(client -> {
                    rc.response().putHeader("Location", "/api/v1/clients/" + client.id());
                    ObjectNode json = profile(client);
                    json.set("possibleDuplicates", Json.mapper().valueToTree(book.duplicatesOf(client)));
                    Responses.json(rc, 201, json);
                })
                .onFailure(rc::fail);
    }

    void get(RoutingContext rc) {
        Responses.json(rc, 200, profile(client(rc.pathParam("id"))));
    }

    void patch(RoutingContext rc) {
        String id = rc.pathParam("id");
        JsonNode patch = Responses.body(rc);
        Responses.submit(rc, writer, work -> clients.service().update(work, id, patch))
                .onSuccess(client -> Responses.json(rc, 200, profile(client)))
                .onFailure(rc::fail);
    }

    /** {@code GET /api/v1/clients?q=}: by name, phone or email, best first. */
    void search(RoutingContext rc) {
        String q = rc.queryParams().get("q");
        int limit = limit(rc, MOST_RESULTS);
        ObjectNode body = Json.mapper().createObjectNode().put("q", q == null ? "" : q);
        ArrayNode items = body.putArray("items");
        List<Client> found = q == null || q.isBlank()
                ? book.live().stream().sorted(java.util.Comparator.comparing(Client::updatedAt).reversed()).limit(limit).toList()
                : book.search(q, limit);
        Instant now = clock.instant();
        for (Client client : found) {
            ClientValue value = clients.values().of(client, now);
            items.addObject().put("id", client.id()).put("name", client.displayName()).put("tier", value.tier())
                    .set("phones", Json.mapper().valueToTree(client.phones()));
            ((ObjectNode) items.get(items.size() - 1)).set("emails", Json.mapper().valueToTree(client.emails()));
        }
        Responses.json(rc, 200, body);
    }

    void addNote(RoutingContext rc) {
        String id = rc.pathParam("id");
        JsonNode body = Responses.body(rc);
        Responses.submit(rc, writer, work -> clients.service().addNote(work, id, body))
                .onSuccess(note -> Responses.json(rc, 201, note))
                .onFailure(rc::fail);
    }

    /** {@code POST /api/v1/clients/{id}/wishes} adds, {@code DELETE} with {@code ?style=} or {@code ?serial=} takes off. */
    void addWish(RoutingContext rc) {
        String id = rc.pathParam("id");
        JsonNode body = Responses.body(rc);
        String style = text(body, "style");
        String serial = text(body, "serial");
        Responses.submit(rc, writer, work -> clients.service().wish(work, id, style, serial, "store", false))
                .onSuccess(client -> Responses.json(rc, 200, profile(client)))
                .onFailure(rc::fail);
    }

    void removeWish(RoutingContext rc) {
        String id = rc.pathParam("id");
        String style = blankToNull(rc.queryParams().get("style"));
        String serial = blankToNull(rc.queryParams().get("serial"));
        Responses.submit(rc, writer, work -> clients.service().wish(work, id, style, serial, "store", true))
                .onSuccess(client -> Responses.json(rc, 200, profile(client)))
                .onFailure(rc::fail);
    }

    /** {@code PUT /api/v1/clients/{id}/tier} {@code {"tier": "vip"}} or {@code {"tier": null}}: a manager's call. */
    void setTier(RoutingContext rc) {
        String id = rc.pathParam("id");
        JsonNode body = Responses.body(rc);
        String tier = body.path("tier").isTextual() ? body.get("tier").asText() : null;
        if (!body.has("tier") || !(body.get("tier").isTextual() || body.get("tier").isNull())) {
            throw new BadRequestException("tier", "one of new, loyal, vip, lapsed, or null to follow the thresholds");
        }
        Responses.submit(rc, writer, work -> clients.service().setTier(work, id, tier))
                .onSuccess(client -> Responses.json(rc, 200, profile(client)))
                .onFailure(rc::fail);
    }

    /** {@code POST /api/v1/clients/{id}/merge} {@code {"duplicate": "C000123"}}: a manager's call. */
    void merge(RoutingContext rc) {
        String id = rc.pathParam("id");
        String duplicate = text(Responses.body(rc), "duplicate");
        if (duplicate == null) {
            throw new BadRequestException("duplicate", "the id of the client to merge into this one");
        }
        Responses.submit(rc, writer, work -> clients.service().merge(work, id, duplicate))
                .onSuccess(client -> Responses.json(rc, 200, profile(client)))
                .onFailure(rc::fail);
    }

    /** {@code GET /api/v1/clients/{id}/export}: everything the store holds about her, journaled as handed out. */
    void export(RoutingContext rc) {
        String id = rc.pathParam("id");
        Responses.submit(rc, writer, work -> {
            clients.service().exported(work, id);
            return null;
        }).onSuccess(done -> {
            Client client = client(id);
            ObjectNode json = profile(client);
            json.set("appointments", Json.mapper().valueToTree(book.appointments().stream().filter(a -> id.equals(a.client())).toList()));
            json.set("layaways", Json.mapper().valueToTree(sales.layaways(id, null)));
            json.put("exportedAt", clock.instant().toString());
            rc.response().putHeader("Content-Disposition", "attachment; filename=\"client-" + id + ".json\"");
            Responses.json(rc, 200, json);
        }).onFailure(rc::fail);
    }

    /** {@code POST /api/v1/clients/{id}/erase}: her personal data removed, her sales kept anonymous. */
    void erase(RoutingContext rc) {
        String id = rc.pathParam("id");
        List<String> appointments = book.appointments().stream().filter(a -> id.equals(a.client())).map(Appointment::id).toList();
        List<String> interests = hq.interests().stream().filter(i -> id.equals(i.clientId())).map(i -> i.command()).toList();
        Responses.submit(rc, writer, work -> clients.service().erase(work, id, appointments, interests))
                .onSuccess(client -> Responses.json(rc, 200, Json.mapper().createObjectNode().put("id", client.id())
                        .put("erasedAt", client.erasedAt().toString())))
                .onFailure(rc::fail);
    }

    void recommendations(RoutingContext rc) {
        Client client = client(rc.pathParam("id"));
        ObjectNode body = Json.mapper().createObjectNode().put("client", client.id());
        ArrayNode items = body.putArray("items");
        for (Recommendations.Recommendation r : clients.recommendations().of(client, limit(rc, 10))) {
            ObjectNode item = items.addObject();
            item.set("piece", summary(r.piece()));
            item.put("score", r.score());
            item.set("reasons", Json.mapper().valueToTree(r.reasons()));
        }
        Responses.json(rc, 200, body);
    }

    /** {@code GET /api/v1/clienteling/upcoming?days=14}. */
    void upcoming(RoutingContext rc) {
        int days = intParam(rc, "days", 14, 1, 366);
        ObjectNode body = Json.mapper().createObjectNode().put("days", days);
        body.set("items", Json.mapper().valueToTree(clients.lists().upcoming(LocalDate.now(clock.withZone(zone)), days)));
        Responses.json(rc, 200, body);
    }

    /** {@code GET /api/v1/clienteling}: the associate's day: upcoming dates, lapsed VIPs, rising clients, wishes back in stock, open layaways. */
    void day(RoutingContext rc) {
        ObjectNode body = Json.mapper().createObjectNode();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        body.set("upcoming", Json.mapper().valueToTree(clients.lists().upcoming(today, 14)));
        body.set("lapsedVips", Json.mapper().valueToTree(clients.lists().lapsedVips(clock.instant())));
        body.set("rising", Json.mapper().valueToTree(clients.lists().rising(clock.instant())));
        body.set("wishesInStock", Json.mapper().valueToTree(clients.lists().wishesInStock()));
        body.set("openLayaways", Json.mapper().valueToTree(clients.lists().openLayaways(today)));
        Responses.json(rc, 200, body);
    }

    void bookAppointment(RoutingContext rc) {
        JsonNode body = Responses.body(rc);
        Responses.submit(rc, writer, work -> clients.appointments().book(work, body))
                .onSuccess(appointment -> {
                    rc.response().putHeader("Location", "/api/v1/appointments/" + appointment.id());
                    Responses.json(rc, 201, describe(appointment));
                })
                .onFailure(rc::fail);
    }

    void cancelAppointment(RoutingContext rc) {
        String id = rc.pathParam("id");
        Responses.submit(rc, writer, work -> clients.appointments().cancel(work, id))
                .onSuccess(appointment -> Responses.json(rc, 200, describe(appointment)))
                .onFailure(rc::fail);
    }

    /** {@code GET /api/v1/appointments?from=&to=} (dates, the store's days; default: today and the next 13). */
    void listAppointments(RoutingContext rc) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate from = dateParam(rc, "from", today);
        LocalDate to = dateParam(rc, "to", from.plusDays(13));
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        ObjectNode body = Json.mapper().createObjectNode().put("from", from.toString()).put("to", to.toString());
        ArrayNode items = body.putArray("items");
        book.appointments().stream().filter(a -> a.end().isAfter(start) && a.start().isBefore(end)).forEach(a -> items.add(describe(a)));
        Responses.json(rc, 200, body);
    }

    /** {@code GET /api/v1/ring-sizes?value=6&system=US}: the same ring in every system. */
    void ringSizes(RoutingContext rc) {
        String value = rc.queryParams().get("value");
        RingSystem system = RingSystem.parse(rc.queryParams().get("system"))
                .orElseThrow(() -> new BadRequestException("system", "US, UK, EU or JP"));
        double circumference = system.circumference(value).orElseThrow(() -> new BadRequestException("value", system.expectation()));
        ObjectNode body = Json.mapper().createObjectNode().put("circumferenceMm", Math.round(circumference * 10) / 10.0);
        for (RingSystem each : RingSystem.values()) {
            body.put(each.name(), each.nearest(circumference));
        }
        Responses.json(rc, 200, body);
    }

    private Client client(String id) {
        return book.client(id).filter(Client::live).orElseThrow(() -> new NotFoundException("There is no client " + id));
    }

    /** The profile page: the client, what she is worth, what she bought, her open layaways, her sizes in every system. */
    private ObjectNode profile(Client client) {
        ObjectNode json = Json.mapper().valueToTree(client);
        ClientValue value = clients.values().of(client, clock.instant());
        json.set("value", Json.mapper().valueToTree(value));
        long points = book.points(client.id());
        json.putObject("loyalty").put("points", points).put("worth", clients.loyalty().worth(points).setScale(2).toPlainString());
        ArrayNode purchases = json.putArray("purchases");
        List<Sale> history = clients.values().history(client.id());
        for (int i = history.size() - 1; i >= 0 && purchases.size() < 50; i--) {
            Sale sale = history.get(i);
            ObjectNode purchase = purchases.addObject().put("id", sale.id()).put("number", sale.number()).put("time", sale.time().toString());
            purchase.set("total", Json.mapper().valueToTree(sale.total()));
            ArrayNode lines = purchase.putArray("lines");
            for (SaleLine line : sale.lines()) {
                lines.addObject().put("serial", line.serial()).put("description", line.description());
            }
            purchase.put("returned", !sales.returnsOf(sale.id()).isEmpty());
        }
        ArrayNode layaways = json.putArray("openLayaways");
        book.identities(client.id()).forEach(id -> sales.layaways(id, Layaway.OPEN).forEach(l -> layaways.addObject().put("id", l.id())
                .put("number", l.number()).put("serial", l.serial()).set("balance", Json.mapper().valueToTree(l.balance()))));
        ArrayNode sizes = json.putArray("ringSizesConverted");
        for (FingerSize size : client.ringSizes()) {
            RingSystem.parse(size.system()).flatMap(s -> s.circumference(size.value())).ifPresent(mm -> {
                ObjectNode converted = sizes.addObject().put("hand", size.hand()).put("finger", size.finger());
                for (RingSystem each : RingSystem.values()) {
                    converted.put(each.name(), each.nearest(mm));
                }
            });
        }
        json.set("upcoming", Json.mapper().valueToTree(clients.lists().upcomingOf(client, LocalDate.now(clock.withZone(zone)), 366).stream()
                .limit(5).toList()));
        return json;
    }

    private ObjectNode describe(Appointment appointment) {
        ObjectNode json = Json.mapper().valueToTree(appointment);
        book.client(appointment.client()).ifPresent(c -> json.put("clientName", c.displayName()));
        ArrayNode pieces = json.putArray("pulled");
        appointment.pieces().forEach(serial -> index.bySerial(serial).ifPresent(p -> pieces.add(summary(p))));
        return json;
    }

    private static ObjectNode summary(Piece piece) {
        ObjectNode json = Json.mapper().createObjectNode().put("serial", piece.serial()).put("style", piece.style())
                .put("description", piece.description()).put("category", piece.category() == null ? null : piece.category().label())
                .put("location", piece.location()).put("status", piece.status().label());
        json.set("retailPrice", Json.mapper().valueToTree(piece.retailPrice()));
        return json;
    }

    private static String text(JsonNode body, String field) {
        return body != null && body.path(field).isTextual() && !body.get(field).asText().isBlank() ? body.get(field).asText().trim() : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static int limit(RoutingContext rc, int fallback) {
        return intParam(rc, "limit", fallback, 1, 200);
    }

    private static int intParam(RoutingContext rc, String name, int fallback, int min, int max) {
        String text = rc.queryParams().get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException(name, "a whole number from " + min + " to " + max);
    }

    private static LocalDate dateParam(RoutingContext rc, String name, LocalDate fallback) {
        String text = rc.queryParams().get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestException(name, "a date such as 2026-12-01");
        }
    }
}
