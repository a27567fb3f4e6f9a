package io.assay.edge.hq;

import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.json.Json;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.RunningApp;
import io.assay.edge.support.mqtt.AsyncApiContract;
import io.assay.edge.support.mqtt.HqLink;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * HQ's commands and broadcasts through a real Mosquitto over TLS: each applied once through the store's
 * write path as {@code hq} and answered by an event HQ receives; refused with the reason when the store's
 * state says no; refused and counted when malformed or off-topic, the link carrying on.
 */
@Timeout(180)
class DownlinkTest {

    private static final String STORE = "store-042";

    private final HqLink link = HqLink.start(STORE);
    private final AsyncApiContract contract = AsyncApiContract.load();

    @RegisterExtension
    final RunningApp running = new RunningApp(link.appliance());

    private ApiClient owner;

    @BeforeEach
    void twoRingsAndHqListening() throws Exception {
        link.hq().subscribe(link.storeTopic() + "/events/#");
        owner = running.client();
        assertThat(owner.post("/api/v1/locations", location("case-1", "case")).status()).isEqualTo(201);
        for (String serial : List.of("R-1", "R-2", "R-3")) {
            assertThat(owner.post("/api/v1/items", ring(serial, null, "case-1").put("style", "BAND-18")).status()).isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> owner.get("/api/v1/hq/status").json().path("connected").asBoolean());
    }

    @AfterEach
    void brokerDown() {
        link.close();
    }

    @Test
    void aReservationForAPieceSoldAMomentEarlierIsRefusedWithItsReason() throws Exception {
        sellCash("R-1");

        command("res-1", "reservation", reservation("R-1", Instant.now().plus(1, ChronoUnit.DAYS)));

        JsonNode answer = answerTo("res-1");
        assertThat(answer.path("type").asText()).isEqualTo("io.assay.hq.command-refused");
        assertThat(answer.path("actor").asText()).isEqualTo("hq");
        assertThat(answer.path("data").path("reason").asText()).isEqualTo("piece R-1 is sold");
        assertThat(status("R-1")).isEqualTo("sold");
    }

    @Test
    void aReservationHoldsThePieceRefusesASecondOneAndEndsWhenItRunsOut() throws Exception {
        command("res-2", "reservation", reservation("R-2", Instant.now().plusSeconds(3)));
        assertThat(answerTo("res-2").path("type").asText()).isEqualTo("io.assay.hq.command-accepted");
        assertThat(status("R-2")).isEqualTo("reserved");

        command("res-2b", "reservation", reservation("R-2", Instant.now().plus(1, ChronoUnit.DAYS)));
        assertThat(answerTo("res-2b").path("data").path("reason").asText()).startsWith("piece R-2 is reserved for another online client until ");
        command("res-missing", "reservation", reservation("R-404", Instant.now().plus(1, ChronoUnit.DAYS)));
        assertThat(answerTo("res-missing").path("data").path("reason").asText())
                .isEqualTo("piece R-404 is missing: this store has no such piece");

        // Its time runs out: the store's clock releases it, and says so.
        await().atMost(Duration.ofSeconds(10)).until(() -> "in stock".equals(status("R-2")));
        JsonNode expired = await().atMost(Duration.ofSeconds(5)).until(() -> event("io.assay.reservation.expired", "R-2"), Optional::isPresent)
                .orElseThrow();
        assertThat(Instant.parse(expired.path("time").asText())).as("never before its time")
                .isAfterOrEqualTo(Instant.parse(expired.path("data").path("until").asText()));
    }

    @Test
    void aReservedPieceIsCollectedAtTheRegisterAndTheReservationEndsWithTheSale() throws Exception {
        command("res-3", "reservation", reservation("R-3", Instant.now().plus(1, ChronoUnit.DAYS)));
        assertThat(answerTo("res-3").path("type").asText()).isEqualTo("io.assay.hq.command-accepted");

        String saleId = sellCash("R-3");

        JsonNode collected = await().atMost(Duration.ofSeconds(10)).until(() -> event("io.assay.reservation.collected", "R-3"),
                Optional::isPresent).orElseThrow();
        assertThat(collected.path("data").path("sale").asText()).isEqualTo(saleId);
        assertThat(status("R-3")).isEqualTo("sold");
    }

    @Test
    void aPriceChangeAppliesWhenDueAndNeverEarlierEvenWithHqAway() throws Exception {
        Instant effectiveAt = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        command("price-1", "price-change", priceChange("R-2", "2600.00", effectiveAt));
        JsonNode answer = answerTo("price-1");
        assertThat(answer.path("type").asText()).isEqualTo("io.assay.hq.command-accepted");
        assertThat(answer.path("data").path("state").asText()).isEqualTo("pending");

        // HQ goes away; the change is the store's to apply now.
        link.broker().stop();
        while (Instant.now().isBefore(effectiveAt.minusMillis(200))) {
            assertThat(price("R-2")).as("before %s", effectiveAt).isEqualTo("2450.00");
            Thread.sleep(100);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> "2600.00".equals(price("R-2")));
        assertThat(owner.get("/api/v1/hq/status").json().path("connected").asBoolean()).isFalse();

        link.broker().restart();
        JsonNode applied = await().atMost(Duration.ofSeconds(30)).until(() -> event("io.assay.price.change-applied", "price-1"),
                Optional::isPresent).orElseThrow();
        assertThat(Instant.parse(applied.path("time").asText())).isAfterOrEqualTo(effectiveAt);
        assertThat(applied.path("data").path("repriced").get(0).asText()).isEqualTo("R-2");
    }

    @Test
    void aPriceChangeEffectiveEarlierThanTheOneInForceIsRefused() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        command("price-new", "price-change", priceChange("R-1", "2700.00", now.minusSeconds(60)));
        assertThat(answerTo("price-new").path("type").asText()).isEqualTo("io.assay.hq.command-accepted");
        assertThat(price("R-1")).as("due already: applied at once").isEqualTo("2700.00");

        command("price-old", "price-change", priceChange("R-1", "2500.00", now.minusSeconds(3600)));

        assertThat(answerTo("price-old").path("data").path("reason").asText()).contains("has a later price already");
        assertThat(price("R-1")).isEqualTo("2700.00");
    }

    @Test
    void aTenantsPriceListRepricesWhatIsHereLatestEffectiveWinningAndSaysWhatIsNot() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode list = Json.mapper().createObjectNode().put("id", "prices-1");
        var changes = list.putArray("changes");
        changes.add(priceChange("R-1", "3100.00", now.minusSeconds(30)));
        changes.add(((ObjectNode) priceChange("R-1", "2999.00", now.minusSeconds(60)).remove(List.of("serial"))).put("style", "BAND-18"));
        changes.add(((ObjectNode) priceChange("R-1", "10.00", now.minusSeconds(60)).remove(List.of("serial"))).put("style", "NOT-HERE"));
        broadcast("prices", list.toString());

        JsonNode answer = answerTo("prices-1");
        assertThat(answer.path("type").asText()).isEqualTo("io.assay.hq.command-accepted");
        assertThat(answer.path("data").path("skipped").get(0).asText()).isEqualTo("style NOT-HERE has no piece in this store");
        assertThat(price("R-1")).as("its own change is effective later than its style's").isEqualTo("3100.00");
        assertThat(price("R-2")).isEqualTo("2999.00");
        assertThat(price("R-3")).isEqualTo("2999.00");
    }

    @Test
    void aCommandDeliveredTwiceAppliesOnceAndGarbageIsRefusedCountedAndSurvived() throws Exception {
        String reserve = command("res-4", "reservation", reservation("R-2", Instant.now().plus(1, ChronoUnit.DAYS)));
        link.hq().publish(link.storeTopic() + "/commands/reservation", reserve, false);
        link.hq().publish(link.storeTopic() + "/commands/reservation", "{not json", false);
        link.hq().publish(link.storeTopic() + "/commands/self-destruct", "{\"id\":\"x-1\"}", false);
        link.hq().publish(link.storeTopic() + "/commands/reservation",
                "{\"id\":\"res-5\",\"kind\":\"reservation\",\"issuedAt\":\"2026-11-25T10:00:00Z\",\"payload\":{\"serial\":\"R-3\"}}", false);
        // The link still works after all that.
        command("res-6", "reservation", reservation("R-3", Instant.now().plus(1, ChronoUnit.DAYS)));
        assertThat(answerTo("res-6").path("type").asText()).isEqualTo("io.assay.hq.command-accepted");

        assertThat(answers("res-4")).as("one answer for two deliveries").hasSize(1);
        assertThat(answerTo("res-5").path("data").path("reason").asText())
                .isEqualTo("payload.client: is required; payload.until: is required");
        List<JsonNode> refused = link.events().stream().filter(e -> e.path("type").asText().equals("io.assay.hq.command-refused")).toList();
        assertThat(refused).extracting(e -> e.path("data").path("reason").asText())
                .contains("the payload is not JSON", "'self-destruct' is not a kind HQ may send on this store's commands");
        String metrics = owner.get("/metrics").body();
        assertThat(metrics).contains("assay_hq_commands_total{kind=\"reservation\",outcome=\"duplicate\"").contains(
                "assay_hq_commands_total{kind=\"reservation\",outcome=\"malformed\"").contains(
                "assay_hq_commands_total{kind=\"unknown\",outcome=\"unauthorised\"");
        assertThat(metricValue(metrics, "assay_hq_commands_total{kind=\"reservation\",outcome=\"malformed\"")).isEqualTo(2.0);
    }

    @Test
    void anotherStoresCertificateCannotCommandThisStore() throws Exception {
        MqttAsyncClient other = link.broker().connectAs("store-007");
        try {
            other.publish(link.storeTopic() + "/commands/reservation",
                    command(null, "res-forged", "reservation", reservation("R-1", Instant.now().plus(1, ChronoUnit.DAYS))).getBytes(
                            StandardCharsets.UTF_8), 1, false).waitForCompletion(5_000);
        } catch (Exception refusedByTheBroker) {
            // Mosquitto drops the connection of a client that publishes where its ACL forbids.
        } finally {
            if (other.isConnected()) {
                other.disconnectForcibly(0, 2_000);
            }
            other.close(true);
        }
        command("res-real", "reservation", reservation("R-2", Instant.now().plus(1, ChronoUnit.DAYS)));
        answerTo("res-real");
        assertThat(answers("res-forged")).as("never reached the store").isEmpty();
        assertThat(status("R-1")).isEqualTo("in stock");
    }

    @Test
    void aCommandSentWhileTheStoreIsDownIsAppliedWhenItComesBack() throws Exception {
        running.stop();
        command("res-7", "reservation", reservation("R-1", Instant.now().plus(1, ChronoUnit.DAYS)));
        running.start();
        owner = running.client();
        assertThat(answerTo("res-7").path("type").asText()).isEqualTo("io.assay.hq.command-accepted");
        assertThat(status("R-1")).isEqualTo("reserved");
    }

    @Test
    void spotPricesAndExchangeRatesAreKeptInTheStoresCurrencyAndARetainedRepeatIsNotApplied() throws Exception {
        String spot = "{\"id\":\"spot-1\",\"currency\":\"EUR\",\"perTroyOunce\":{\"gold\":\"2400.00\",\"silver\":\"28.00\","
                + "\"platinum\":\"900.00\",\"palladium\":\"950.00\"},\"at\":\"2026-11-25T09:00:00Z\"}";
        String rates = "{\"id\":\"fx-1\",\"base\":\"USD\",\"rates\":{\"EUR\":\"0.8\",\"CHF\":\"0.88\"},\"at\":\"2026-11-25T08:00:00Z\"}";
        broadcast("exchange-rates", rates);
        JsonNode fx = answerTo("fx-1");
        assertThat(fx.path("data").path("perUnit").path("EUR").asText()).as("USD per euro").isEqualTo("1.25");
        broadcast("spot-prices", spot);
        JsonNode gold = answerTo("spot-1");
        assertThat(gold.path("data").path("currency").asText()).isEqualTo("USD");
        assertThat(gold.path("data").path("perTroyOunce").path("gold").asText()).as("2400 EUR at 1.25").isEqualTo("3000.0000");

        // An older one, overtaken in flight, does not turn the prices back.
        broadcast("spot-prices", spot.replace("spot-1", "spot-0").replace("09:00", "07:00"));
        assertThat(answerTo("spot-0").path("data").path("reason").asText()).contains("not newer than those in force");

        // Retained: met again after a restart, and recognised.
        running.restart();
        owner = running.client();
        await().atMost(Duration.ofSeconds(20)).until(() -> owner.get("/api/v1/hq/status").json().path("connected").asBoolean());
        broadcast("exchange-rates", rates.replace("fx-1", "fx-2").replace("08:00", "10:00"));
        answerTo("fx-2");
        assertThat(answers("spot-1")).hasSize(1);
        assertThat(answers("fx-1")).hasSize(1);
    }

    @Test
    void aTransferHoldsThePieceInTransitAndTellsHqTheWholePiece() throws Exception {
        ObjectNode transfer = Json.mapper().createObjectNode().put("serial", "R-2").put("toStore", "store-007");
        command("tr-1", "transfer", transfer);
        assertThat(answerTo("tr-1").path("type").asText()).isEqualTo("io.assay.hq.command-accepted");
        assertThat(status("R-2")).isEqualTo("in transit");
        JsonNode sent = event("io.assay.transfer.sent", "R-2").orElseThrow();
        assertThat(sent.path("data").path("piece").path("description").asText()).isEqualTo("18k yellow gold band with a round diamond");

        // Coming here from another store: expected in transit, with what the sender said about it.
        ObjectNode piece = (ObjectNode) ring("R-77", null, "their-case").put("style", "BAND-18");
        ObjectNode incoming = Json.mapper().createObjectNode().put("serial", "R-77").put("toStore", STORE).put("fromStore", "store-007");
        incoming.set("piece", piece);
        command("tr-2", "transfer", incoming);
        assertThat(answerTo("tr-2").path("type").asText()).as(answerTo("tr-2").toString()).isEqualTo("io.assay.hq.command-accepted");
        assertThat(status("R-77")).isEqualTo("in transit");
        assertThat(owner.get("/api/v1/items/R-77").json().path("location").asText()).as("waits in the incoming area").isEqualTo("incoming");

        ObjectNode sold = Json.mapper().createObjectNode().put("serial", "R-1").put("toStore", "store-007");
        sellCash("R-1");
        command("tr-3", "transfer", sold);
        assertThat(answerTo("tr-3").path("data").path("reason").asText()).isEqualTo("piece R-1 is sold, not in stock: it cannot be sent");
    }

    @Test
    void onlineInterestIsKeptForTheClientBookAndAWishGoesOnTheKnownClientsList() throws Exception {
        ApiResponse client = owner.send("POST", "/api/v1/clients", "application/json",
                "{\"givenName\": \"Amélie\", \"familyName\": \"Durand\", \"emails\": [\"Amelie@Example.com\"]}");
        assertThat(client.status()).as(client.body()).isEqualTo(201);
        String id = client.json().path("id").asText();
        ObjectNode interest = Json.mapper().createObjectNode().put("style", "BAND-18").put("kind", "wished");
        interest.putObject("client").put("name", "Amélie Durand").put("email", "amelie@example.com");
        command("int-1", "interest", interest);
        assertThat(answerTo("int-1").path("type").asText()).isEqualTo("io.assay.hq.command-accepted");
        JsonNode kept = event("io.assay.client.online-interest", "BAND-18").orElseThrow();
        assertThat(kept.path("data").path("client").path("name").asText()).isEqualTo("Amélie Durand");
        assertThat(kept.path("data").path("clientId").asText()).as("recognised by her email").isEqualTo(id);
        JsonNode wish = owner.get("/api/v1/clients/" + id).json().path("wishList").get(0);
        assertThat(wish.path("style").asText()).isEqualTo("BAND-18");
        assertThat(wish.path("source").asText()).isEqualTo("online");
    }

    // --- HQ's side

    private String command(String id, String kind, ObjectNode payload) throws Exception {
        String json = command(link.storeTopic() + "/commands/" + kind, id, kind, payload);
        link.hq().publish(link.storeTopic() + "/commands/" + kind, json, false);
        return json;
    }

    /** The contract's envelope, checked against the contract as HQ would send it. */
    private String command(String topic, String id, String kind, ObjectNode payload) {
        ObjectNode envelope = Json.mapper().createObjectNode().put("id", id).put("kind", kind)
                .put("issuedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        envelope.set("payload", payload);
        String json = envelope.toString();
        if (topic != null) {
            contract.check(topic, json.getBytes(StandardCharsets.UTF_8));
        }
        return json;
    }

    private void broadcast(String kind, String json) throws Exception {
        String topic = "assay/v1/" + HqLink.TENANT + "/hq/" + kind;
        contract.check(topic, json.getBytes(StandardCharsets.UTF_8));
        link.hq().publish(topic, json, true);
    }

    private static ObjectNode reservation(String serial, Instant until) {
        ObjectNode payload = Json.mapper().createObjectNode().put("serial", serial).put("until", until.truncatedTo(ChronoUnit.SECONDS).toString());
        payload.putObject("client").put("name", "Amélie Durand").put("email", "amelie@example.com");
        return payload;
    }

    private static ObjectNode priceChange(String serial, String amount, Instant effectiveAt) {
        ObjectNode payload = Json.mapper().createObjectNode().put("serial", serial).put("effectiveAt", effectiveAt.toString());
        payload.putObject("price").put("amount", amount).put("currency", "USD");
        return payload;
    }

    /** The store's answer to a command, as HQ receives it, checked against the contract. */
    private JsonNode answerTo(String id) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !answers(id).isEmpty());
        link.hq().received().stream().filter(m -> m.topic().contains("/events/hq.")).forEach(m -> contract.check(m.topic(), m.payload()));
        return answers(id).get(0);
    }

    private List<JsonNode> answers(String id) {
        return link.events().stream().filter(e -> e.path("type").asText().startsWith("io.assay.hq.command-"))
                .filter(e -> e.path("subject").asText().equals(id)).toList();
    }

    private Optional<JsonNode> event(String type, String subject) {
        return link.events().stream().filter(e -> e.path("type").asText().equals(type) && e.path("subject").asText().equals(subject))
                .findFirst();
    }

    // --- the store's side

    private String status(String serial) {
        return owner.get("/api/v1/items/" + serial).json().path("status").asText();
    }

    private String price(String serial) {
        return owner.get("/api/v1/items/" + serial).json().path("retailPrice").path("amount").asText();
    }

    /** Sells the piece for cash at reg-1, opening it first if needed; the sale's id. */
    private String sellCash(String serial) {
        ObjectNode open = Json.mapper().createObjectNode();
        open.putObject("float").put("amount", "200.00").put("currency", "USD");
        owner.post("/api/v1/registers/reg-1/open", open);
        ObjectNode sale = Json.mapper().createObjectNode().put("register", "reg-1").putNull("client");
        sale.putArray("lines").addObject().put("serial", serial);
        sale.putArray("discounts");
        sale.putArray("tenders").addObject().put("type", "cash").putObject("amount").put("amount", price(serial)).put("currency", "USD");
        ApiResponse sold = owner.send("POST", "/api/v1/sales", "application/json", sale.toString(), "Idempotency-Key", "sale-" + serial);
        assertThat(sold.status()).as(sold.body()).isEqualTo(201);
        return sold.json().path("id").asText();
    }

    private static double metricValue(String metrics, String prefix) {
        return metrics.lines().filter(l -> l.startsWith(prefix)).mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElse(Double.NaN);
    }
}
