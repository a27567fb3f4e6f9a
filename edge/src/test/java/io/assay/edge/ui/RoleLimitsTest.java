package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.RegisterScreens.json;
import static io.assay.edge.ui.RegisterScreens.navigation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import io.assay.edge.staff.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a role may not do: the register does not offer it, and when asked anyway (an address typed, a
 * request sent by hand) the appliance refuses and the register says so calmly, naming whom to ask.
 */
class RoleLimitsTest {

    @RegisterExtension
    static final RegisterHarness register = new RegisterHarness();

    private static final String PIECE = "R-7001";

    @BeforeAll
    static void enterAPiece() {
        BoutiqueStock.plainRings(register.api(), PIECE);
    }

    @Test
    void anAssociateIsNotOfferedTheAuditTrailAndTheApplianceRefusesItThem() {
        Page page = register.open(Viewport.DESKTOP, "/inventory", Role.ASSOCIATE);
        assertThat(navigation(page)).hasText(new String[] {"Inventory", "Register", "Returns", "Layaways", "Clients", "From HQ"});

        Response refused = page.waitForResponse(r -> r.url().contains("/api/v1/audit"),
                () -> page.evaluate("location.hash = '#/audit'"));

        assertEquals(403, refused.status());
        assertTrue(json(refused.text()).path("type").asText().endsWith("/forbidden"), refused.text());
        Locator refusal = page.getByRole(AriaRole.ALERT);
        assertThat(refusal.locator(".refusal-title")).hasText("Not open to your role");
        assertThat(refusal).containsText("Your role cannot read the audit trail — ask a manager.");
        assertThat(refusal.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Back to the inventory"))).isVisible();
        register.screenshot(page, "refused-audit-desktop");
    }

    @Test
    void anAssociateOpeningTheStaffListIsToldWhomToAsk() {
        Page page = register.open(Viewport.TABLET_PORTRAIT, "/staff", Role.ASSOCIATE);

        assertThat(page.locator(".refusal")).containsText("Your role cannot see the staff — ask a manager.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a person"))).hasCount(0);
        assertEquals(403, page.request().get(register.baseUrl() + "/api/v1/staff").status());
        register.screenshot(page, "refused-staff-tablet-portrait");
    }

    @Test
    void aBenchJewelerIsOfferedNoStatusChangeAndTheApplianceRefusesOneSentAnyway() {
        Page page = register.open(Viewport.TABLET_LANDSCAPE, "/inventory?piece=" + PIECE, Role.BENCH);
        Locator drawer = page.getByRole(AriaRole.DIALOG);
        assertThat(drawer.locator(".drawer-title")).isVisible();
        assertThat(drawer.locator(".status-change")).hasCount(0);

        String csrf = json(RegisterScreens.session(page, register.baseUrl()).text()).path("csrfToken").asText();
        APIResponse refused = page.request().patch(register.baseUrl() + "/api/v1/items/" + PIECE, RequestOptions.create()
                .setHeader("Content-Type", "application/merge-patch+json").setHeader("X-CSRF-Token", csrf)
                .setData("{\"status\":\"reserved\"}"));

        assertEquals(403, refused.status());
        assertTrue(json(refused.text()).path("detail").asText().contains("inventory-write"), refused.text());
        assertEquals("in stock", register.api().get("/api/v1/items/" + PIECE).path("status").asText());
    }
}
