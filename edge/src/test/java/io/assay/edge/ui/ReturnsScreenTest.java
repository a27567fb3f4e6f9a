package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.ApplianceApi.card;
import static io.assay.edge.ui.ApplianceApi.cash;
import static io.assay.edge.ui.CounterScreen.dollars;
import static io.assay.edge.ui.RegisterScreens.approval;
import static io.assay.edge.ui.RegisterScreens.assertFits;
import static io.assay.edge.ui.RegisterScreens.tapPin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.assay.edge.staff.Role;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Returns at the counter: with the receipt, the piece goes back in stock and the client is refunded on
 * what they paid with, card first and then cash from the drawer; without one, a manager approves and the
 * client leaves with store credit whose code the slip shows.
 */
class ReturnsScreenTest {

    @RegisterExtension
    static final RegisterHarness register = new RegisterHarness();

    private static final String RETURNED = "R-8501";
    private static final String NO_RECEIPT = "R-8502";
    private static JsonNode sale;

    @BeforeAll
    static void sellTwoRings() {
        BoutiqueStock.certifiedRings(register.api(), RETURNED, NO_RECEIPT);
        register.api().openRegister("reg-1", "200.00");
        // 2,667.44 each with tax.
        sale = register.api().sell(ApplianceApi.sale("reg-1", List.of(RETURNED), card("1000.00", "visa", "4242", "A1B2C3"), cash("2000.00")));
        register.api().sell(ApplianceApi.sale("reg-1", List.of(NO_RECEIPT), cash("3000.00")));
    }

    @Test
    void aRingBroughtBackWithItsReceiptIsRefundedToTheCardThenInCashAndIsBackInStock() {
        Page page = register.open(Viewport.DESKTOP, "/returns", Role.ASSOCIATE);
        assertThat(page.locator(".primary-nav a[aria-current='page']")).hasText("Returns");
        page.getByLabel("Sale number on the receipt").fill(sale.path("number").asText().toLowerCase());
        page.getByLabel("Sale number on the receipt").press("Enter");
        Locator line = page.locator(".return-line").filter(new Locator.FilterOptions().setHasText(RETURNED));
        assertThat(line).containsText(dollars(sale.path("total")));
        line.getByRole(AriaRole.CHECKBOX).check();
        page.getByLabel("Reason (optional)").fill("Too small; she prefers the band");
        register.screenshot(page, "returns-sale-desktop");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take back")).click();

        Locator slip = page.locator(".return-slip");
        assertThat(slip.locator(".return-number")).hasText(Pattern.compile("R\\d{6}"));
        assertThat(slip).containsText("Against sale " + sale.path("number").asText());
        assertThat(slip.locator(".receipt-total dd")).hasText("$2,667.44");
        assertThat(slip.locator(".return-refund")).hasText(new String[] {"VISA •••• 4242$1,000.00", "Cash from the drawer$1,667.44"});
        register.screenshot(page, "returns-slip-desktop");

        JsonNode recorded = register.api().get("/api/v1/returns/" + slip.getAttribute("data-return"));
        assertEquals(sale.path("id").asText(), recorded.path("sale").asText());
        assertEquals(List.of("card", "cash"), recorded.path("refunds").findValuesAsText("type"));
        assertEquals(List.of("1000.00", "1667.44"), recorded.path("refunds").findValues("amount").stream()
                .map(amount -> amount.path("amount").asText()).toList());
        assertEquals("in stock", register.api().get("/api/v1/items/" + RETURNED).path("status").asText());
    }

    @Test
    void aRingBroughtBackWithoutAReceiptBecomesStoreCreditOnceTheManagerApproves() {
        Page page = register.open(Viewport.TABLET_PORTRAIT, "/returns", Role.ASSOCIATE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take a piece back without one")).click();
        page.getByLabel("Serial").fill(NO_RECEIPT.toLowerCase());
        page.getByLabel("Reason").fill("A gift; the client has no receipt");
        assertFits(page, Viewport.TABLET_PORTRAIT, "no-receipt return");
        register.screenshot(page, "returns-no-receipt-tablet-portrait");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take back for store credit")).click();

        Locator approval = approval(page);
        approval.getByLabel("Manager’s user name").fill("manager");
        tapPin(approval, "222222");
        approval.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();

        Locator slip = page.locator(".return-slip");
        assertThat(slip).containsText("Without a receipt");
        Locator credit = slip.locator(".refund-store-credit");
        assertThat(credit).containsText("Store credit SC-");
        register.screenshot(page, "returns-store-credit-tablet-portrait");
        String code = credit.locator("dt").textContent().replace("Store credit ", "");
        JsonNode account = register.api().get("/api/v1/credit/" + code);
        assertEquals("store-credit", account.path("kind").asText());
        assertThat(slip.locator(".receipt-total dd")).hasText(dollars(account.path("balance")));
        assertTrue(account.path("balance").path("amount").asText().startsWith("2667"), account.toString());
        assertEquals("in stock", register.api().get("/api/v1/items/" + NO_RECEIPT).path("status").asText());
    }
}
