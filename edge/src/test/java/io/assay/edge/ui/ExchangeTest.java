package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.ApplianceApi.cash;
import static io.assay.edge.ui.CounterScreen.addCash;
import static io.assay.edge.ui.CounterScreen.cartLine;
import static io.assay.edge.ui.CounterScreen.charge;
import static io.assay.edge.ui.CounterScreen.completeSale;
import static io.assay.edge.ui.CounterScreen.receipt;
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
 * An exchange: the client brings back a ring with its receipt and leaves with another ring and a
 * polishing cloth; what the first ring cost pays toward the new sale and the difference is paid in cash.
 */
class ExchangeTest {

    @RegisterExtension
    static final RegisterHarness register = new RegisterHarness();

    private static final String BROUGHT_BACK = "R-8801";
    private static final String TAKEN_INSTEAD = "R-8802";
    private static JsonNode sale;

    @BeforeAll
    static void sellARing() {
        BoutiqueStock.certifiedRings(register.api(), BROUGHT_BACK, TAKEN_INSTEAD);
        BoutiqueStock.counterItems(register.api());
        register.api().openRegister("reg-1", "200.00");
        sale = register.api().sell(ApplianceApi.sale("reg-1", List.of(BROUGHT_BACK), cash("3000.00")));
    }

    @Test
    void aRingIsExchangedForAnotherRingAndAClothWithTheDifferenceInCash() {
        Page page = register.open(Viewport.DESKTOP, "/returns", Role.ASSOCIATE);
        String number = sale.path("number").asText();
        page.getByLabel("Sale number on the receipt").fill(number);
        page.getByLabel("Sale number on the receipt").press("Enter");
        page.locator(".return-line").filter(new Locator.FilterOptions().setHasText(BROUGHT_BACK)).getByRole(AriaRole.CHECKBOX).check();
        page.getByLabel("Reason (optional)").fill("Prefers a narrower band");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Exchange for other pieces")).click();

        CounterScreen.choose(page, "Register 1");
        assertThat(page.locator(".cart-exchange-title")).hasText("Exchange from " + number + " (credit $2,667.44)");
        scan(page, TAKEN_INSTEAD);
        assertThat(cartLine(page, TAKEN_INSTEAD)).isVisible();
        page.locator(".quick-button[data-sku='CLOTH-01']").click();
        register.screenshot(page, "exchange-cart-desktop");

        Locator sheet = charge(page);
        assertThat(sheet.locator(".quote-exchange dd")).hasText("−$2,667.44");
        assertThat(sheet.locator(".tender-figure.is-due dd")).hasText("$13.07");
        addCash(sheet, null);
        assertThat(sheet.locator(".tender-cash").getByLabel("Amount (USD)")).hasValue("13.07");
        register.screenshot(page, "exchange-payment-desktop");
        completeSale(sheet);

        JsonNode exchanged = saleOnReceipt(page, register.api());
        assertThat(receipt(page).locator(".receipt-tender").filter(new Locator.FilterOptions().setHasText("Exchange from " + number)))
                .containsText("$2,667.44");
        register.screenshot(page, "exchange-receipt-desktop");
        assertEquals(List.of("cash", "exchange"), exchanged.path("tenders").findValuesAsText("type").stream().sorted().toList());
        assertEquals("in stock", register.api().get("/api/v1/items/" + BROUGHT_BACK).path("status").asText());
        assertEquals("sold", register.api().get("/api/v1/items/" + TAKEN_INSTEAD).path("status").asText());
    }
}
