package io.assay.edge.http;

import static io.assay.edge.http.ItemApiTest.assertProblem;
import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.config.AssayConfig;
import io.assay.edge.inventory.Metal;
import io.assay.edge.json.Json;
import io.assay.edge.sales.SaleTerms;
import io.assay.edge.sales.TradeIn;
import io.assay.edge.staff.Role;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.RunningApp;
import io.assay.edge.support.mqtt.HeadOffice;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What HQ's commands leave for the store, as the back office reads it over HTTP: pieces held for online
 * clients, prices waiting for their time, online interest, and the spot prices and exchange rates in force.
 * HQ is a real Mosquitto and a client publishing as HQ; the store takes gold at a configured spot price and
 * euro notes at a configured rate until HQ says otherwise.
 */
@Timeout(120)
class HqWorkApiTest {

    static final String STORE = "store-042";
    static final BigDecimal CONFIGURED_GOLD = new BigDecimal("2480.00");
    static final BigDecimal CONFIGURED_EURO = new BigDecimal("1.0850");

    private final HeadOffice hq = HeadOffice.start(STORE);

    @RegisterExtension
    final RunningApp running = new RunningApp(c -> hq.appliance().apply(c).withSales(new AssayConfig.Sales(List.of("reg-1"),
            new SaleTerms(false, BigDecimal.ZERO, Map.of(), true, BigDecimal.ZERO, BigDecimal.TEN,
                    new TradeIn.Terms(Map.of(Metal.GOLD, CONFIGURED_GOLD), BigDecimal.valueOf(70)), Map.of("EUR", CONFIGURED_EURO)), 30)));

    private ApiClient owner;

    @BeforeEach
    void stock() {
        owner = running.client();
        assertThat(owner.post("/api/v1/locations", location("case-1", "case")).status()).isEqualTo(201);
        for (String serial : List.of("R-1", "R-2", "R-3")) {
            ApiResponse created = owner.post("/api/v1/items", ring(serial, null, "case-1").put("style", "SOL-RD-100"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
    }

    @AfterEach
    void hqDown() {
        hq.close();
    }

    @Test
    void heldPiecesAreListedSoonestToEndFirstWithTheClientAndThePieceAsItStands() {
        Instant later = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        Instant sooner = Instant.now().plus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS);
        hq.command("reservation", reservation("R-1", later, client("Amélie Durand").put("email", "amelie@example.com")));
        hq.command("reservation", reservation("R-2", sooner, client("Kenji Sato").put("phone", "+1 212 555 0142")));

        ApiResponse answer = running.as(Role.BENCH).get("/api/v1/hq/reservations");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode reservations = answer.json().path("reservations");
        assertThat(each(reservations, "serial")).containsExactly("R-2", "R-1");
        JsonNode first = reservations.get(0);
        assertThat(first.path("until").asText()).isEqualTo(sooner.toString());
        assertThat(first.path("client")).isEqualTo(client("Kenji Sato").put("phone", "+1 212 555 0142"));
        assertThat(first.path("piece").path("description").asText()).isEqualTo("18k yellow gold band with a round diamond");
        assertThat(first.path("piece").path("retailPrice").path("amount").asText()).isEqualTo("2450.00");
        assertThat(first.path("piece").path("location").asText()).isEqualTo("case-1");
        assertThat(first.path("piece").path("status").asText()).isEqualTo("reserved");
        assertThat(first.path("piece").has("cost")).isFalse();
        assertThat(reservations.get(1).path("client").path("email").asText()).isEqualTo("amelie@example.com");
    }

    @Test
    void aPriceChangeWaitsInTheListUntilItsTime() {
        Instant effective = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        ObjectNode piece = Json.mapper().createObjectNode().put("serial", "R-3").put("effectiveAt", effective.toString());
        piece.set("price", dollars("2695.00"));
        hq.command("price-change", piece);
        ObjectNode style = Json.mapper().createObjectNode().put("style", "SOL-RD-100").put("effectiveAt", effective.plusSeconds(3600).toString());
        style.set("price", dollars("2750.00"));
        hq.command("price-change", style);

        JsonNode changes = running.as(Role.BENCH).get("/api/v1/hq/price-changes").json().path("priceChanges");

        assertThat(each(changes, "target")).containsExactly("piece R-3", "style SOL-RD-100");
        assertThat(changes.get(0).path("price").path("amount").asText()).isEqualTo("2695.00");
        assertThat(changes.get(0).path("effectiveAt").asText()).isEqualTo(effective.toString());
        assertThat(changes.get(0).path("piece").path("retailPrice").path("amount").asText()).as("the price until then").isEqualTo("2450.00");
        assertThat(changes.get(1).path("pieces").asInt()).isEqualTo(3);
        assertThat(owner.get("/api/v1/items/R-3").json().path("retailPrice").path("amount").asText()).isEqualTo("2450.00");
    }

    @Test
    void theMarketShowsTheConfiguredPricesUntilHqSendsItsOwnAndOnlyTheCurrenciesTheStoreTakes() {
        ApiClient associate = running.as(Role.ASSOCIATE);
        JsonNode configured = associate.get("/api/v1/market").json();
        assertThat(configured.path("currency").asText()).isEqualTo("USD");
        assertThat(configured.path("spotPerOunce")).isEqualTo(Json.mapper().createObjectNode()
                .set("gold", Json.mapper().createObjectNode().put("amount", "2480.00").put("source", "config")));
        assertThat(configured.path("exchangeRates").path("EUR").path("perUnit").asText()).isEqualTo("1.0850");
        assertThat(configured.path("exchangeRates").path("EUR").path("source").asText()).isEqualTo("config");

        String at = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        ObjectNode spot = Json.mapper().createObjectNode().put("currency", "USD").put("at", at);
        spot.putObject("perTroyOunce").put("gold", "2650.00").put("silver", "31.20").put("platinum", "960.00").put("palladium", "1010.00");
        hq.broadcast("spot-prices", spot);
        ObjectNode rates = Json.mapper().createObjectNode().put("base", "USD").put("at", at);
        rates.putObject("rates").put("EUR", "0.92").put("GBP", "0.79");
        hq.broadcast("exchange-rates", rates);

        JsonNode market = associate.get("/api/v1/market").json();
        JsonNode gold = market.path("spotPerOunce").path("gold");
        assertThat(gold.path("amount").asText()).isEqualTo("2650.00");
        assertThat(gold.path("source").asText()).isEqualTo("hq");
        assertThat(gold.path("at").asText()).isEqualTo(at);
        assertThat(market.path("spotPerOunce").path("palladium").path("amount").asText()).isEqualTo("1010.00");
        List<String> metals = new ArrayList<>();
        market.path("spotPerOunce").fieldNames().forEachRemaining(metals::add);
        assertThat(metals).as("as the trade quotes them").containsExactly("gold", "silver", "platinum", "palladium");
        JsonNode euro = market.path("exchangeRates").path("EUR");
        assertThat(new BigDecimal(euro.path("perUnit").asText())).isEqualByComparingTo(BigDecimal.ONE.divide(new BigDecimal("0.92"),
                new MathContext(12)));
        assertThat(euro.path("source").asText()).isEqualTo("hq");
        assertThat(market.path("exchangeRates").has("GBP")).as("the store takes no pounds").isFalse();
        assertThat(running.as(Role.BENCH).get("/api/v1/market").status()).isEqualTo(403);
        assertThat(running.as(Role.AUDITOR).get("/api/v1/market").status()).isEqualTo(200);
    }

    @Test
    void onlineInterestIsListedLatestFirstForThoseWhoSell() {
        hq.command("interest", interest("Amélie Durand", "SOL-RD-100", "viewed"));
        hq.command("interest", interest("Kenji Sato", "EAR-PEARL-7", "wished"));

        JsonNode interests = running.as(Role.ASSOCIATE).get("/api/v1/hq/interests").json().path("interests");

        assertThat(each(interests, "style")).containsExactly("EAR-PEARL-7", "SOL-RD-100");
        assertThat(interests.get(0).path("kind").asText()).isEqualTo("wished");
        assertThat(interests.get(1).path("client").path("name").asText()).isEqualTo("Amélie Durand");
        assertThat(interests.get(1).path("inStock").asInt()).isEqualTo(3);
        assertThat(running.as(Role.BENCH).get("/api/v1/hq/interests").status()).isEqualTo(403);
    }

    private static ObjectNode reservation(String serial, Instant until, ObjectNode client) {
        ObjectNode payload = Json.mapper().createObjectNode().put("serial", serial).put("until", until.toString());
        payload.set("client", client);
        return payload;
    }

    private static ObjectNode client(String name) {
        return Json.mapper().createObjectNode().put("name", name);
    }

    private static ObjectNode interest(String name, String style, String kind) {
        ObjectNode payload = Json.mapper().createObjectNode().put("style", style).put("kind", kind);
        payload.set("client", client(name));
        return payload;
    }

    /** {@code field} of each entry of {@code list}, not of what the entries hold. */
    static List<String> each(JsonNode list, String field) {
        List<String> values = new ArrayList<>();
        list.forEach(entry -> values.add(entry.path(field).asText()));
        return values;
    }

    static ObjectNode dollars(String amount) {
        return Json.mapper().createObjectNode().put("amount", amount).put("currency", "USD");
    }
}
