package io.assay.edge.clients;

import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.json.Json;
import io.assay.edge.staff.Role;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.RunningApp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client book over HTTP, as the issue's contract gives it. */
class ClientApiTest {

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private ApiClient associate;

    @BeforeEach
    void signedIn() {
        associate = running.as(Role.ASSOCIATE);
    }

    @Test
    void theContractsClientIsEnteredReadAndChanged() throws Exception {
        ApiResponse created = associate.send("POST", "/api/v1/clients", "application/json", ClientReaderTest.AMELIE);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(id).matches("C\\d{6}");
        assertThat(created.header("Location")).isEqualTo("/api/v1/clients/" + id);
        JsonNode client = associate.get("/api/v1/clients/" + id).json();
        assertThat(client.path("givenName").asText()).isEqualTo("Amélie");
        assertThat(client.path("relations").get(0).path("milestones").get(0).path("date").asText()).isEqualTo("1988-12-02");
        assertThat(client.path("ringSizesConverted").get(0).path("UK").asText()).as("US 6 in UK letters").isEqualTo("L");
        assertThat(client.path("value").path("tier").asText()).isEqualTo("new");

        ApiResponse budgeted = associate.send("PATCH", "/api/v1/clients/" + id, ApiClient.MERGE_PATCH,
                "{\"preferences\": {\"budget\": {\"max\": {\"amount\": \"5000.00\", \"currency\": \"USD\"}}}}");
        assertThat(budgeted.json().path("preferences").path("metals").get(0).asText()).as("a merge keeps the rest").isEqualTo("platinum");
        ApiResponse patched = associate.send("PATCH", "/api/v1/clients/" + id, ApiClient.MERGE_PATCH,
                "{\"phones\": [\"+1 212 555 0147\", \"+33 6 12 34 56 78\"], \"language\": null}");
        assertThat(patched.json().path("preferences").path("budget").path("max").path("amount").asText())
                .as("a change that does not name the budget keeps it").isEqualTo("5000.00");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().path("phones")).hasSize(2);
        assertThat(patched.json().path("language").isNull() || patched.json().path("language").isMissingNode()).as("removed").isTrue();
        assertThat(patched.json().path("version").asLong()).isEqualTo(3);

        ApiResponse wrong = associate.send("PATCH", "/api/v1/clients/" + id, ApiClient.MERGE_PATCH,
                "{\"ringSizes\": [{\"hand\": \"left\", \"finger\": \"ring\", \"value\": \"6.3\", \"system\": \"US\"}]}");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.errorFields()).containsExactly("ringSizes[0].value");
    }

    @Test
    void aClientIsFoundByNameAnyCaseAccentOrTypoByPhoneAnyFormattingAndByEmail() {
        String amelie = create(ClientReaderTest.AMELIE);
        create("{\"givenName\": \"Jules\", \"familyName\": \"Martin\", \"phones\": [\"(212) 555-0199\"]}");

        for (String q : List.of("amelie", "AMÉLIE durand", "dur", "Durnad", "212.555.0147", "2125550147", "amelie@example.com", "amelie@")) {
            assertThat(ids(associate.get("/api/v1/clients?q=" + q.replace(" ", "%20")).json())).as(q).contains(amelie);
        }
        assertThat(ids(associate.get("/api/v1/clients?q=martin").json())).doesNotContain(amelie);
    }

    @Test
    void aSecondEntryOfTheSameClientIsFlaggedAsAPossibleDuplicate() {
        String first = create(ClientReaderTest.AMELIE);

        ApiResponse again = associate.send("POST", "/api/v1/clients", "application/json",
                "{\"givenName\": \"Amelie\", \"familyName\": \"Durand\", \"phones\": [\"212-555-0147\"]}");

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().path("possibleDuplicates").get(0).path("id").asText()).isEqualTo(first);
        assertThat(again.json().path("possibleDuplicates").get(0).path("reason").asText()).isEqualTo("same phone");

        ApiResponse typo = associate.send("POST", "/api/v1/clients", "application/json",
                "{\"givenName\": \"Amelie\", \"familyName\": \"Durrand\", \"emails\": [\"a.durrand@example.org\"]}");
        assertThat(typo.json().path("possibleDuplicates").findValuesAsText("reason")).as("a name a typo away").contains("similar name");
        assertThat(typo.json().path("possibleDuplicates").findValuesAsText("id")).contains(first);
    }

    @Test
    void thePartnersBirthdayInTenDaysIsOnTheUpcomingList() {
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        LocalDate birthday = today.plusDays(10).minusYears(38);
        String id = create("{\"givenName\": \"Amélie\", \"familyName\": \"Durand\", \"relations\": [{\"kind\": \"partner\", \"givenName\": "
                + "\"Jules\", \"milestones\": [{\"kind\": \"birthday\", \"date\": \"" + birthday + "\"}]}],"
                + " \"milestones\": [{\"kind\": \"anniversary\", \"date\": \"" + today.plusDays(40).minusYears(11) + "\"}]}");

        JsonNode upcoming = associate.get("/api/v1/clienteling/upcoming?days=14").json().path("items");

        List<JsonNode> hers = new ArrayList<>();
        upcoming.forEach(u -> {
            if (u.path("client").asText().equals(id)) {
                hers.add(u);
            }
        });
        assertThat(hers).hasSize(1);
        assertThat(hers.get(0).path("person").asText()).isEqualTo("Jules");
        assertThat(hers.get(0).path("kind").asText()).isEqualTo("birthday");
        assertThat(hers.get(0).path("years").asInt()).isEqualTo(38);
        assertThat(hers.get(0).path("on").asText()).isEqualTo(today.plusDays(10).toString());
        assertThat(associate.get("/api/v1/clienteling/upcoming?days=0").status()).isEqualTo(400);
    }

    @Test
    void recommendationsAreInStockPiecesWithTheirReasons() {
        ApiClient owner = running.client();
        assertThat(owner.post("/api/v1/locations", location("case-1", "case")).status()).isEqualTo(201);
        ObjectNode platinum = ring("P-1", null, "case-1").put("metal", "platinum").put("fineness", "950").put("style", "SOL-PT");
        assertThat(owner.post("/api/v1/items", platinum).status()).as("platinum ring").isEqualTo(201);
        assertThat(owner.post("/api/v1/items", ring("G-1", null, "case-1")).status()).isEqualTo(201);
        String id = create(ClientReaderTest.AMELIE);
        associate.post("/api/v1/clients/" + id + "/wishes", Json.mapper().createObjectNode().put("style", "SOL-PT"));

        JsonNode items = associate.get("/api/v1/clients/" + id + "/recommendations").json().path("items");

        assertThat(items.get(0).path("piece").path("serial").asText()).isEqualTo("P-1");
        assertThat(items.get(0).path("reasons").toString()).contains("on the wish list").contains("platinum, a preferred metal");
    }

    @Test
    void anAppointmentHoldsItsPiecesAndCancellingPutsThemBack() {
        ApiClient owner = running.client();
        assertThat(owner.post("/api/v1/locations", location("case-1", "case")).status()).isEqualTo(201);
        assertThat(owner.post("/api/v1/items", ring("R-1", null, "case-1")).status()).isEqualTo(201);
        String id = create(ClientReaderTest.AMELIE);
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        ObjectNode booking = Json.mapper().createObjectNode().put("client", id).put("start", start.toString())
                .put("end", start.plus(1, ChronoUnit.HOURS).toString()).put("note", "anniversary gift");
        booking.putArray("pieces").add("R-1");

        ApiResponse booked = associate.post("/api/v1/appointments", booking);

        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        assertThat(owner.get("/api/v1/items/R-1").json().path("status").asText()).isEqualTo("reserved");
        assertThat(associate.get("/api/v1/appointments").json().path("items").get(0).path("clientName").asText()).isEqualTo("Amélie Durand");
        ApiResponse twice = associate.post("/api/v1/appointments", booking);
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.errorFields()).containsExactly("pieces[0]");

        String appointment = booked.json().path("id").asText();
        assertThat(associate.post("/api/v1/appointments/" + appointment + "/cancel", Json.mapper().createObjectNode()).status()).isEqualTo(200);
        assertThat(owner.get("/api/v1/items/R-1").json().path("status").asText()).isEqualTo("in stock");
    }

    @Test
    void aManagerMergesDuplicatesAndErasesOnRequestAndAnAssociateMayNot() {
        String first = create(ClientReaderTest.AMELIE);
        String second = create("{\"givenName\": \"Amelie\", \"familyName\": \"Durand\", \"emails\": [\"a.durand@work.example\"]}");
        associate.post("/api/v1/clients/" + second + "/notes", Json.mapper().createObjectNode().put("text", "Prefers afternoon visits"));
        ApiClient manager = running.as(Role.MANAGER);

        assertThat(associate.post("/api/v1/clients/" + first + "/merge", Json.mapper().createObjectNode().put("duplicate", second)).status())
                .isEqualTo(403);
        ApiResponse merged = manager.post("/api/v1/clients/" + first + "/merge", Json.mapper().createObjectNode().put("duplicate", second));

        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().path("emails")).hasSize(2);
        assertThat(merged.json().path("notes").get(0).path("text").asText()).isEqualTo("Prefers afternoon visits");
        assertThat(merged.json().path("notes").get(0).path("author").asText()).isEqualTo("associate");
        assertThat(manager.get("/api/v1/clients/" + second).status()).isEqualTo(404);

        ApiResponse export = manager.get("/api/v1/clients/" + first + "/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().path("givenName").asText()).isEqualTo("Amélie");
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        ObjectNode viewing = Json.mapper().createObjectNode().put("client", first).put("start", start.toString())
                .put("end", start.plus(1, ChronoUnit.HOURS).toString()).put("note", "Amélie wants to see sapphires");
        assertThat(associate.post("/api/v1/appointments", viewing).status()).isEqualTo(201);
        assertThat(manager.post("/api/v1/clients/" + first + "/erase", Json.mapper().createObjectNode()).status()).isEqualTo(200);
        assertThat(manager.get("/api/v1/appointments").body()).as("her appointment's note goes too").doesNotContain("sapphires");
        assertThat(manager.get("/api/v1/clients/" + first).status()).isEqualTo(404);
        assertThat(ids(manager.get("/api/v1/clients?q=durand").json())).isEmpty();
        String journal = running.client().get("/api/v1/journal?after=0&limit=100").body();
        assertThat(journal).contains("io.assay.client.erased").contains("io.assay.client.exported").doesNotContain("amelie@example.com")
                .doesNotContain("Prefers afternoon");
    }

    @Test
    void aClientEarnsPointsOnHerSalesPaysWithThemAndAReturnTakesBackWhatItEarned() {
        ApiClient owner = running.client();
        assertThat(owner.post("/api/v1/locations", location("case-1", "case")).status()).isEqualTo(201);
        assertThat(owner.post("/api/v1/items", ring("R-1", null, "case-1")).status()).isEqualTo(201);
        assertThat(owner.post("/api/v1/items", ring("R-2", null, "case-1")).status()).isEqualTo(201);
        String id = create(ClientReaderTest.AMELIE);
        ObjectNode open = Json.mapper().createObjectNode();
        open.putObject("float").put("amount", "3000.00").put("currency", "USD");
        assertThat(associate.post("/api/v1/registers/reg-1/open", open).status()).isEqualTo(200);

        assertThat(sell(id, "R-1", "s-1", tender("cash", "2450.00")).status()).isEqualTo(201);
        assertThat(points(id)).as("a point a dollar for a new client").isEqualTo(2450);

        assertThat(sell(id, "R-2", "s-2a", tender("loyalty-points", "30.00"), tender("cash", "2420.00")).status())
                .as("more points than she has").isEqualTo(409);
        assertThat(sell(null, "R-2", "s-2b", tender("loyalty-points", "10.00"), tender("cash", "2440.00")).errorFields())
                .containsExactly("tenders[0].amount");
        ApiResponse second = sell(id, "R-2", "s-2", tender("loyalty-points", "10.00"), tender("cash", "2440.00"));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(points(id)).as("2450 - 1000 spent + 2440 earned").isEqualTo(3890);

        ObjectNode back = Json.mapper().createObjectNode().put("register", "reg-1").put("reason", "changed her mind");
        back.putArray("lines").addObject().put("serial", "R-2");
        ApiResponse returned = associate.post("/api/v1/sales/" + second.json().path("id").asText() + "/returns", back);
        assertThat(returned.status()).as(returned.body()).isEqualTo(201);
        assertThat(points(id)).as("the 2440 it earned taken back, the 1000 it spent given back").isEqualTo(2450);
        assertThat(running.client().get("/api/v1/journal?after=0&limit=200").body()).contains("io.assay.loyalty.earned")
                .contains("io.assay.loyalty.redeemed").contains("io.assay.loyalty.reversed");
    }

    @Test
    void theBenchCannotReadTheClientBook() {
        assertThat(running.as(Role.BENCH).get("/api/v1/clients?q=a").status()).isEqualTo(403);
    }

    private ApiResponse sell(String client, String serial, String key, ObjectNode... tenders) {
        ObjectNode sale = Json.mapper().createObjectNode().put("register", "reg-1");
        if (client == null) {
            sale.putNull("client");
        } else {
            sale.put("client", client);
        }
        sale.putArray("lines").addObject().put("serial", serial);
        sale.putArray("discounts");
        var list = sale.putArray("tenders");
        for (ObjectNode tender : tenders) {
            list.add(tender);
        }
        return associate.send("POST", "/api/v1/sales", "application/json", sale.toString(), "Idempotency-Key", key);
    }

    private static ObjectNode tender(String type, String amount) {
        ObjectNode tender = Json.mapper().createObjectNode().put("type", type);
        tender.putObject("amount").put("amount", amount).put("currency", "USD");
        return tender;
    }

    private long points(String client) {
        return associate.get("/api/v1/clients/" + client).json().path("loyalty").path("points").asLong();
    }

    private String create(String json) {
        ApiResponse created = associate.send("POST", "/api/v1/clients", "application/json", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static List<String> ids(JsonNode found) {
        List<String> ids = new ArrayList<>();
        found.path("items").forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }
}
