package io.assay.edge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.RunningApp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The demo boutique opens with HQ's work waiting, as a store linked to HQ would: two showcase pieces held for
 * online clients until tomorrow evening, a ring on its way from the sister store, a price change a few days
 * out, and HQ's spot prices and euro rate in force. A restart sends none of it again.
 */
@Timeout(180)
class DemoHqTest {

    @RegisterExtension
    final RunningApp running = new RunningApp(true);

    @Test
    void aFreshDemoHasHqsWorkWaitingAndARestartAddsNoneOfItAgain() throws Exception {
        ApiClient owner = running.client();
        // The test store's clock is UTC.
        Instant tomorrowEvening = ZonedDateTime.now(ZoneOffset.UTC).plusDays(1).with(LocalTime.of(18, 0)).toInstant();

        JsonNode reservations = owner.get("/api/v1/hq/reservations").json().path("reservations");
        assertThat(reservations.size()).isEqualTo(2);
        for (JsonNode reservation : reservations) {
            assertThat(reservation.path("until").asText()).isEqualTo(tomorrowEvening.toString());
            assertThat(reservation.path("piece").path("status").asText()).isEqualTo("reserved");
            assertThat(reservation.path("piece").path("location").asText()).startsWith("case-");
            assertThat(reservation.path("client").path("email").asText()).endsWith("@example.com");
        }
        JsonNode transfers = owner.get("/api/v1/transfers?state=expected").json().path("transfers");
        assertThat(transfers.size()).isEqualTo(1);
        assertThat(transfers.get(0).path("serial").asText()).isEqualTo(DemoHq.ARRIVING);
        assertThat(transfers.get(0).path("fromStore").asText()).isEqualTo(DemoHq.SISTER_STORE);
        assertThat(transfers.get(0).path("piece").path("status").asText()).isEqualTo("in transit");
        JsonNode changes = owner.get("/api/v1/hq/price-changes").json().path("priceChanges");
        assertThat(changes.size()).isEqualTo(1);
        assertThat(Instant.parse(changes.get(0).path("effectiveAt").asText())).isAfter(Instant.now().plusSeconds(2 * 86_400));
        assertThat(changes.get(0).path("piece").path("category").asText()).isEqualTo("necklace");
        JsonNode market = owner.get("/api/v1/market").json();
        assertThat(market.path("spotPerOunce").path("gold").path("source").asText()).isEqualTo("hq");
        assertThat(market.path("spotPerOunce").path("gold").path("amount").asText()).isEqualTo("4126.40");
        assertThat(market.path("exchangeRates").path("EUR").path("source").asText()).isEqualTo("hq");
        long events = owner.get("/api/v1/journal/verify").json().path("count").asLong();

        running.restart();

        ApiClient again = running.client();
        assertThat(again.get("/api/v1/hq/reservations").json().path("reservations").size()).isEqualTo(2);
        assertThat(again.get("/api/v1/hq/price-changes").json().path("priceChanges").size()).isEqualTo(1);
        // The owner's sign-in on this start is the one event more.
        assertThat(again.get("/api/v1/journal/verify").json().path("count").asLong()).isEqualTo(events + 1);
    }
}
