package io.assay.edge.http;

import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;
import static org.assertj.core.api.Assertions.assertThat;

import io.assay.edge.config.AssayConfig;
import io.assay.edge.sales.SaleTerms;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.RunningApp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The return window is the store's: with none, nothing comes back against a receipt. */
class ReturnWindowApiTest {

    @RegisterExtension
    final RunningApp running = new RunningApp(c -> c.withSales(new AssayConfig.Sales(List.of("reg-1"), SaleTerms.UNTAXED, 0)));

    @Test
    void aSaleOutsideTheWindowIsRefusedSayingSo() {
        ApiClient owner = running.client();
        assertThat(owner.post("/api/v1/locations", location("case-1", "case")).status()).isEqualTo(201);
        assertThat(owner.post("/api/v1/items", ring("R-1", null, "case-1")).status()).isEqualTo(201);
        assertThat(owner.send("POST", "/api/v1/registers/reg-1/open", "application/json",
                "{\"float\":{\"amount\":\"100.00\",\"currency\":\"USD\"}}").status()).isEqualTo(200);
        ApiResponse sold = owner.send("POST", "/api/v1/sales", "application/json", "{\"register\":\"reg-1\",\"lines\":[{\"serial\":\"R-1\"}],"
                + "\"tenders\":[{\"type\":\"cash\",\"amount\":{\"amount\":\"2450.00\",\"currency\":\"USD\"}}]}", "Idempotency-Key", "w1");
        assertThat(sold.status()).as(sold.body()).isEqualTo(201);

        ApiResponse late = owner.send("POST", "/api/v1/sales/" + sold.json().path("id").asText() + "/returns", "application/json",
                "{\"register\":\"reg-1\",\"lines\":[{\"serial\":\"R-1\"}]}");

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("detail").asText()).contains("past the 0-day return window");
        assertThat(owner.get("/api/v1/items/R-1").json().path("status").asText()).isEqualTo("sold");
    }
}
