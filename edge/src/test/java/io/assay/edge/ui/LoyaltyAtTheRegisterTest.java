package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.CounterScreen.addCash;
import static io.assay.edge.ui.CounterScreen.charge;
import static io.assay.edge.ui.CounterScreen.completeSale;
import static io.assay.edge.ui.CounterScreen.receipt;
import static io.assay.edge.ui.CounterScreen.saleOnReceipt;
import static io.assay.edge.ui.CounterScreen.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.assay.edge.json.Json;
import io.assay.edge.staff.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A client who earned points on an earlier purchase pays part of the next with them: the payment sheet says
 * how many she holds, the points pay, and the receipt names them.
 */
class LoyaltyAtTheRegisterTest {

    @RegisterExtension
    static final RegisterHarness register = new RegisterHarness();

    private static final String EARLIER = "R-6401";
    private static final String NOW = "R-6402";
    private static String client;

    @BeforeAll
    static void aClientWhoBoughtBefore() {
        BoutiqueStock.certifiedRings(register.api(), EARLIER, NOW);
        register.api().openRegister("reg-1", "200.00");
        ObjectNode claire = Json.mapper().createObjectNode().put("givenName", "Claire").put("familyName", "Fontaine");
        client = register.api().post("/api/v1/clients", claire).path("id").asText();
        // Cash over what is due, tax included: the change is given.
        ObjectNode sale = ApplianceApi.sale("reg-1", List.of(EARLIER), ApplianceApi.cash("5000.00"));
        sale.put("client", client);
        register.api().sell(sale);
    }

    @Test
    void herPointsPayPartOfTheNextSale() {
        long before = points();
        Page page = register.open(Viewport.TABLET_LANDSCAPE, "/register", Role.ASSOCIATE);
        CounterScreen.choose(page, "Register 1");
        scan(page, NOW);
        page.getByLabel("Client (optional)").fill(client);
        page.getByLabel("Client (optional)").press("Enter");

        Locator sheet = charge(page);
        assertThat(sheet.locator(".tender-points-held")).containsText(String.format("%,d points", before));
        sheet.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+ Loyalty points")).click();
        sheet.locator(".tender-loyalty-points").getByLabel("Amount (USD)").fill("5.00");
        register.screenshot(page, "register-loyalty-points-tablet-landscape");
        addCash(sheet, null);
        completeSale(sheet);

        JsonNode sale = saleOnReceipt(page, register.api());
        assertEquals(client, sale.path("client").asText());
        assertThat(receipt(page)).containsText("Loyalty points");
        long earned = (long) Math.floor(Double.parseDouble(sale.path("total").path("amount").asText()) - 5.00);
        assertEquals(before - 500 + earned, points(), "500 points paid 5.00; the rest earned a point a dollar");
    }

    private static long points() {
        return register.api().get("/api/v1/clients/" + client).path("loyalty").path("points").asLong();
    }
}
