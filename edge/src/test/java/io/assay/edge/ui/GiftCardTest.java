package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.CounterScreen.addCash;
import static io.assay.edge.ui.CounterScreen.charge;
import static io.assay.edge.ui.CounterScreen.completeSale;
import static io.assay.edge.ui.CounterScreen.receipt;
import static io.assay.edge.ui.CounterScreen.saleOnReceipt;
import static io.assay.edge.ui.RegisterScreens.assertFits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.assay.edge.staff.Role;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Gift cards at the counter: the associate sells one of the value the client asks for, the receipt shows
 * the code the appliance made up, and the card later pays for a polishing cloth; its balance is what is
 * left.
 */
class GiftCardTest {

    @RegisterExtension
    static final RegisterHarness register = new RegisterHarness();

    @BeforeAll
    static void openTheRegister() {
        BoutiqueStock.counterItems(register.api());
        register.api().openRegister("reg-1", "200.00");
    }

    @Test
    void aFiveHundredDollarGiftCardSoldForCashLaterPaysForACloth() {
        Page page = register.open(Viewport.DESKTOP, "/register", Role.ASSOCIATE);
        CounterScreen.choose(page, "Register 1");
        page.locator(".quick-gift-card").click();
        Locator ask = page.locator(".service-sheet");
        ask.getByLabel("Value (USD)").fill("500");
        ask.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add to sale")).click();
        assertThat(page.locator(".cart-line-gift-card .cart-line-price")).hasText("$500.00");

        Locator sheet = charge(page);
        // No tax on a gift card.
        assertThat(sheet.locator(".quote-total dd")).hasText("$500.00");
        addCash(sheet, null);
        completeSale(sheet);

        JsonNode sale = saleOnReceipt(page, register.api());
        Locator code = receipt(page).locator(".gift-card-code");
        assertThat(code).hasText(Pattern.compile("GC-.+"));
        register.screenshot(page, "gift-card-receipt-desktop");
        String card = code.textContent();
        assertEquals(card, sale.path("lines").path(0).path("sku").asText());
        assertEquals("500.00", register.api().get("/api/v1/credit/" + card).path("balance").path("amount").asText());

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New sale")).click();
        page.locator(".quick-button[data-sku='CLOTH-01']").click();
        sheet = charge(page);
        sheet.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+ Gift card")).click();
        Locator row = sheet.locator(".tender-gift-card");
        row.getByLabel("Gift card code").fill(card.toLowerCase());
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check balance")).click();
        assertThat(row.locator(".account-balance")).hasText("Balance $500.00");
        register.screenshot(page, "gift-card-payment-desktop");
        completeSale(sheet);

        JsonNode spent = saleOnReceipt(page, register.api());
        assertThat(receipt(page).locator(".receipt-tender").first()).containsText("Gift card " + card);
        assertEquals(List.of("gift-card"), spent.path("tenders").findValuesAsText("type"));
        BigDecimal left = new BigDecimal("500.00").subtract(new BigDecimal(spent.path("total").path("amount").asText()));
        assertEquals(left.toPlainString(), register.api().get("/api/v1/credit/" + card).path("balance").path("amount").asText());
    }

    @Test
    void theGiftCardAndStoreCreditPaymentsFitATabletStoodUpright() {
        Page page = register.open(Viewport.TABLET_PORTRAIT, "/register", Role.ASSOCIATE);
        CounterScreen.choose(page, "Register 1");
        page.locator(".quick-button[data-sku='CLOTH-01']").click();
        Locator sheet = charge(page);
        sheet.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+ Store credit")).click();
        Locator row = sheet.locator(".tender-store-credit");
        row.getByLabel("Store credit code").fill("SC-NOSUCH");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check balance")).click();
        assertThat(row.locator(".field-error").first()).hasText("There is no store credit SC-NOSUCH");
        assertFits(page, Viewport.TABLET_PORTRAIT, "store credit payment");
        register.screenshot(page, "store-credit-payment-tablet-portrait");
    }
}
