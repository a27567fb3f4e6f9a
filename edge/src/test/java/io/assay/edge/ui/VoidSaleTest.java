package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.ApplianceApi.cash;
import static io.assay.edge.ui.CounterScreen.receipt;
import static io.assay.edge.ui.RegisterScreens.approval;
import static io.assay.edge.ui.RegisterScreens.assertFits;
import static io.assay.edge.ui.RegisterScreens.tapPin;
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
 * A void from the receipt: a sale rung up by mistake is undone while its shift is open, once a manager
 * approves; the receipt says VOID and the ring is back in stock.
 */
class VoidSaleTest {

    @RegisterExtension
    static final RegisterHarness register = new RegisterHarness();

    private static final String RING = "R-8701";
    private static JsonNode sale;

    @BeforeAll
    static void sellARing() {
        BoutiqueStock.certifiedRings(register.api(), RING);
        register.api().openRegister("reg-1", "200.00");
        sale = register.api().sell(ApplianceApi.sale("reg-1", List.of(RING), cash("3000.00")));
    }

    @Test
    void anAssociateVoidsASaleWithTheManagersPinAndTheRingIsBackInStock() {
        Page page = register.open(Viewport.DESKTOP, "/register?sale=" + sale.path("id").asText(), Role.ASSOCIATE);
        assertThat(receipt(page)).isVisible();
        page.locator(".receipt-actions").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Void sale")).click();
        Locator sheet = page.locator(".void-sheet");
        sheet.getByLabel("Reason").fill("Rung up on the wrong register");
        register.screenshot(page, "void-sheet-desktop");
        sheet.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Void sale")).click();

        Locator approval = approval(page);
        approval.getByLabel("Manager’s user name").fill("manager");
        tapPin(approval, "222222");
        approval.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();

        assertThat(receipt(page).locator(".receipt-void")).containsText("VOID");
        assertThat(receipt(page).locator(".receipt-void")).containsText("Rung up on the wrong register");
        assertThat(page.locator(".void-sale")).hasCount(0);
        register.screenshot(page, "void-receipt-desktop");
        assertEquals("in stock", register.api().get("/api/v1/items/" + RING).path("status").asText());
        JsonNode voided = register.api().get("/api/v1/sales/" + sale.path("id").asText()).path("voided");
        assertEquals("Rung up on the wrong register", voided.path("reason").asText());
    }

    @Test
    void theVoidSheetFitsATabletStoodUpright() {
        Page page = register.open(Viewport.TABLET_PORTRAIT, "/register?sale=" + sale.path("id").asText(), Role.ASSOCIATE);
        assertThat(receipt(page)).isVisible();
        page.locator(".receipt-actions button").filter(new Locator.FilterOptions().setHasText("Void sale")).or(page.locator(".receipt-void"))
                .first().click();
        assertFits(page, Viewport.TABLET_PORTRAIT, "void");
        register.screenshot(page, "void-tablet-portrait");
    }
}
