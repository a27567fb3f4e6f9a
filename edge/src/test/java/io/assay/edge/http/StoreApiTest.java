package io.assay.edge.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.RunningApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The register reads the boutique's name, currency and time zone from the appliance's configuration. */
class StoreApiTest {

    @RegisterExtension
    final RunningApp running = new RunningApp();

    @Test
    void theStoreSaysWhetherItAwaitsItsOwnerToAnyone() {
        assertThat(running.anonymous().get("/api/v1/store").json().path("awaitingOwner").asBoolean()).isTrue();
        running.client();
        assertThat(running.anonymous().get("/api/v1/store").json().path("awaitingOwner").asBoolean()).isFalse();
    }

    @Test
    void theStoreIsDescribedAsConfigured() {
        ApiClient api = running.client();
        JsonNode store = api.get("/api/v1/store").json();

        assertThat(store.path("name").asText()).isEqualTo("Maison Assay");
        assertThat(store.path("currency").asText()).isEqualTo("USD");
        assertThat(store.path("currencyDigits").asInt()).isEqualTo(2);
        assertThat(store.path("timeZone").asText()).isEqualTo("UTC");
        assertThat(store.path("id").asText()).isEqualTo("demo-store");
    }
}
