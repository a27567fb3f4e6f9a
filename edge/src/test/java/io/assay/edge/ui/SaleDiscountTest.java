package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.CounterScreen.addCash;
import static io.assay.edge.ui.CounterScreen.cartLine;
import static io.assay.edge.ui.CounterScreen.charge;
import static io.assay.edge.ui.CounterScreen.completeSale;
import static io.assay.edge.ui.CounterScreen.receipt;
import static io.assay.edge.ui.CounterScreen.saleOnReceipt;
import static io.assay.edge.ui.CounterScreen.scan;
import static io.assay.edge.ui.RegisterScreens.approval;
import static io.assay.edge.ui.RegisterScreens.tapPin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.assay.edge.staff.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Discounts at the counter: the payment sheet shows what the appliance makes of them before anyone is
 * charged, says when a manager will have to approve, and the manager approves on the spot; the receipt
 * shows what was taken off, and the sale names the approver.
 */
class SaleDiscountTest {

    @RegisterExtension
    static final RegisterHarness register = new RegisterHarness();

    private static final String RING = "R-8401";
    private static final String BAND = "R-8402";

    @BeforeAll
    static void openTheRegister() {
        BoutiqueStock.certifiedRings(register.api(), RING, BAND);
        register.api().openRegister("reg-1", "200.00");
    }

    @Test
    void anAssociateGivesFifteenPercentOnARingAndTheManagerApprovesIt() {
        Page page = register.open(Viewport.DESKTOP, "/register", Role.ASSOCIATE);
        CounterScreen.choose(page, "Register 1");
        scan(page, RING);
        cartLine(page, RING).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Discount " + RING)).click();
        Locator discount = discountSheet(page);
        discount.getByLabel("How much").fill("15");
        discount.getByLabel("Reason (optional)").fill("Anniversary of a loyal client");
        register.screenshot(page, "discount-desktop");
        discount.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Apply discount")).click();
        assertThat(cartLine(page, RING).locator(".discount-mark")).hasText("15% off");

        Locator sheet = charge(page);
        // 2,450 less 15% is 2,082.50; 8.875% of tax on what is paid.
        assertThat(sheet.locator(".quote-discount dd")).hasText("−$367.50");
        assertThat(sheet.locator(".quote-total dd")).hasText("$2,267.32");
        assertThat(sheet.locator(".tender-approval")).hasText("A manager will approve: a discount of 15% (above 10%).");
        sheet.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+ Card")).click();
        assertThat(sheet.locator(".tender-card").getByLabel("Amount (USD)")).hasValue("2267.32");
        addCardDetails(sheet, "4242", "D15C0");
        register.screenshot(page, "payment-discount-desktop");
        completeSale(sheet);

        Locator approval = approval(page);
        assertThat(approval).containsText("A discount of 15%");
        approval.getByLabel("Manager’s user name").fill("manager");
        tapPin(approval, "222222");
        approval.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();

        JsonNode sale = saleOnReceipt(page, register.api());
        assertThat(receipt(page).locator(".receipt-line-discount")).hasText("Discount −$367.50");
        assertThat(receipt(page).locator(".receipt-discount dd")).hasText("−$367.50");
        assertThat(receipt(page).locator(".receipt-total dd")).hasText("$2,267.32");
        register.screenshot(page, "receipt-discount-desktop");
        assertEquals("367.50", sale.path("discount").path("amount").asText());
        assertEquals("2267.32", sale.path("total").path("amount").asText());
        JsonNode completed = register.api().get("/api/v1/audit?subject=" + sale.path("id").asText() + "&type=io.assay.sale.completed")
                .path("items").path(0);
        assertEquals("associate", completed.path("actor").asText());
        assertEquals("manager", completed.path("approver").asText());
    }

    @Test
    void fiftyDollarsOffTheWholeSaleNeedsNoManager() {
        Page page = register.open(Viewport.TABLET_PORTRAIT, "/register", Role.ASSOCIATE);
        CounterScreen.choose(page, "Register 1");
        scan(page, BAND);
        assertThat(cartLine(page, BAND)).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Discount the sale")).click();
        Locator discount = discountSheet(page);
        discount.getByLabel("Take off").selectOption("amount");
        discount.getByLabel("How much").fill("50");
        register.screenshot(page, "discount-tablet-portrait");
        discount.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Apply discount")).click();
        assertThat(page.locator(".cart-sale-discount .discount-mark")).hasText("Sale $50.00 off");

        Locator sheet = charge(page);
        assertThat(sheet.locator(".quote-total dd")).hasText("$2,613.00");
        assertThat(sheet.locator(".tender-approval")).isHidden();
        addCash(sheet, null);
        assertThat(sheet.locator(".tender-cash").getByLabel("Amount (USD)")).hasValue("2613.00");
        register.screenshot(page, "payment-discount-tablet-portrait");
        completeSale(sheet);

        JsonNode sale = saleOnReceipt(page, register.api());
        assertThat(approval(page)).hasCount(0);
        assertEquals("50.00", sale.path("discount").path("amount").asText());
        assertEquals("2613.00", sale.path("total").path("amount").asText());
    }

    private static Locator discountSheet(Page page) {
        Locator sheet = page.locator(".discount-sheet");
        assertThat(sheet).isVisible();
        return sheet;
    }

    /** The card's details as the terminal printed them; its amount is what the sheet offered. */
    private static void addCardDetails(Locator sheet, String last4, String authCode) {
        Locator row = sheet.locator(".tender-card").last();
        row.getByLabel("Last 4 digits").fill(last4);
        row.getByLabel("Auth code").fill(authCode);
    }
}
