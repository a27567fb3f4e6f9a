package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.ApplianceApi.cash;
import static io.assay.edge.ui.CounterScreen.addCard;
import static io.assay.edge.ui.CounterScreen.addCash;
import static io.assay.edge.ui.CounterScreen.cartLine;
import static io.assay.edge.ui.CounterScreen.charge;
import static io.assay.edge.ui.CounterScreen.completeSale;
import static io.assay.edge.ui.CounterScreen.saleOnReceipt;
import static io.assay.edge.ui.CounterScreen.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.assay.edge.staff.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the appliance refuses at the counter is said in the payment sheet, and the associate puts it right
 * there: payments short of the quoted total, and a piece another register sold while the sheet was open.
 */
class RefusedSaleTest {

    @RegisterExtension
    static final RegisterHarness register = new RegisterHarness();

    private static final String RING = "R-8101";
    private static final String SOLD_ELSEWHERE = "R-8102";

    @BeforeAll
    static void openBothRegisters() {
        BoutiqueStock.plainRings(register.api(), RING, SOLD_ELSEWHERE);
        BoutiqueStock.counterItems(register.api());
        register.api().openRegister("reg-1", "200.00");
        register.api().openRegister("reg-2", "200.00");
    }

    @Test
    void paymentsShortOfTheTotalAreRefusedAndNothingIsSoldUntilTheRestIsPaid() {
        int sales = register.api().register("reg-1").path("sales").asInt();
        Page page = register.open(Viewport.DESKTOP, "/register", Role.ASSOCIATE);
        CounterScreen.choose(page, "Register 1");
        scan(page, RING);
        Locator sheet = charge(page);
        assertThat(sheet.locator(".quote-total dd")).hasText("$2,667.44");
        // The associate charges the card the tagged price, forgetting the tax.
        addCard(sheet, BoutiqueStock.RING_PRICE, "mastercard", "5454", "Z9Y8X7");
        completeSale(sheet);

        assertThat(sheet.getByRole(AriaRole.ALERT)).containsText("2450.00, 217.44 short of the 2667.44 due");
        assertThat(sheet.locator(".tender-figure.is-due")).containsText("$2,667.44");
        assertEquals("in stock", register.api().get("/api/v1/items/" + RING).path("status").asText());
        assertEquals(sales, register.api().register("reg-1").path("sales").asInt());
        register.screenshot(page, "register-payment-short-desktop");

        addCash(sheet, null);
        assertThat(sheet.locator(".tender-cash").getByLabel("Amount (USD)")).hasValue("217.44");
        completeSale(sheet);

        JsonNode sale = saleOnReceipt(page, register.api());
        assertEquals("2667.44", sale.path("total").path("amount").asText());
        assertEquals("0.00", sale.path("change").path("amount").asText());
        assertEquals(List.of("card", "cash"), sale.path("tenders").findValuesAsText("type"));
        assertEquals("sold", register.api().get("/api/v1/items/" + RING).path("status").asText());
    }

    @Test
    void aPieceSoldMeanwhileAtTheOtherRegisterIsNamedAndTakenOffTheSale() {
        Page page = register.open(Viewport.TABLET_PORTRAIT, "/register", Role.ASSOCIATE);
        CounterScreen.choose(page, "Register 1");
        scan(page, SOLD_ELSEWHERE);
        page.locator(".quick-button[data-sku='BOX-RING']").click();
        assertThat(cartLine(page, SOLD_ELSEWHERE)).isVisible();
        register.screenshot(page, "register-sale-tablet-portrait");

        Locator sheet = charge(page);
        assertThat(sheet.locator(".quote-total dd")).hasText("$2,687.04");
        String elsewhere = register.api().sell(ApplianceApi.sale("reg-2", List.of(SOLD_ELSEWHERE), cash("3000.00"))).path("id").asText();
        addCash(sheet, "3000.00");
        completeSale(sheet);

        Locator alert = sheet.getByRole(AriaRole.ALERT);
        assertThat(alert).containsText(SOLD_ELSEWHERE + " is sold, not in stock");
        register.screenshot(page, "register-piece-sold-elsewhere-tablet-portrait");
        alert.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove " + SOLD_ELSEWHERE + " from the sale")).click();

        assertThat(cartLine(page, SOLD_ELSEWHERE)).hasCount(0);
        // Priced again without the ring: the box and its tax.
        assertThat(sheet.locator(".tender-figure.is-due")).containsText("$19.60");
        assertThat(sheet.locator(".tender-figure.is-change")).containsText("$2,980.40");
        completeSale(sheet);

        JsonNode sale = saleOnReceipt(page, register.api());
        assertEquals("reg-1", sale.path("register").asText());
        assertEquals(List.of("BOX-RING"), sale.path("lines").findValuesAsText("sku"));
        assertEquals(List.of(), sale.path("lines").findValuesAsText("serial"));
        assertEquals("reg-2", register.api().get("/api/v1/sales/" + elsewhere).path("register").asText());
    }
}
