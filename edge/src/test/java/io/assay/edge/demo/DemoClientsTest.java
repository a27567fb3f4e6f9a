package io.assay.edge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.staff.Role;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.RunningApp;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A fresh demo has a believable client book: hundreds of clients, their people and dates, their purchases. */
class DemoClientsTest {

    @RegisterExtension
    final RunningApp running = new RunningApp(true);

    @Test
    void theDemoHasHundredsOfClientsWithPartnersDatesAllYearAndPurchaseHistory() {
        ApiClient associate = running.as(Role.ASSOCIATE);
        Set<Integer> months = new HashSet<>();
        int partners = 0;
        int buyers = 0;
        int vipsOrLoyal = 0;
        for (int n = 1; n <= DemoClients.CLIENTS; n++) {
            JsonNode client = associate.get("/api/v1/clients/" + String.format("C%06d", n)).json();
            client.path("milestones").forEach(m -> months.add(Integer.parseInt(m.path("date").asText().substring(5, 7))));
            partners += client.path("relations").isEmpty() ? 0 : 1;
            buyers += client.path("purchases").isEmpty() ? 0 : 1;
            String tier = client.path("value").path("tier").asText();
            vipsOrLoyal += tier.equals("vip") || tier.equals("loyal") ? 1 : 0;
        }

        assertThat(DemoClients.CLIENTS).isGreaterThanOrEqualTo(300);
        assertThat(months).as("milestones spread over the year").hasSize(12);
        assertThat(partners).as("most buy for someone").isGreaterThan(DemoClients.CLIENTS / 3);
        assertThat(buyers).as("purchase history from the demo's sales").isGreaterThan(DemoClients.CLIENTS / 2);
        assertThat(vipsOrLoyal).isPositive();
        assertThat(associate.get("/api/v1/clienteling/upcoming?days=14").json().path("items").size()).as("the day's list")
                .isGreaterThanOrEqualTo(12);
    }
}
