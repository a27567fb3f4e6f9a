package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.ApplianceApi.card;
import static io.assay.edge.ui.ApplianceApi.cash;
import static io.assay.edge.ui.CounterScreen.dollars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The day's close: the associate counts blind and only then sees what the register expected, a shortfall
 * marked. What a register should hold mid-shift (the X report) is a manager's, not the associate's.
 */
class RegisterCloseTest {

    @RegisterExtension
    static final RegisterHarness register = new RegisterHarness();

    @BeforeAll
    static void aSaleAtEachRegister() {
        BoutiqueStock.plainRings(register.api(), "R-8201", "R-8202");
        ApplianceApi api = register.api();
        api.openRegister("reg-1", "200.00");
        api.openRegister("reg-2", "150.00");
        // 2,667.44 with tax each: 332.56 of change from the cash.
        api.sell(ApplianceApi.sale("reg-1", List.of("R-8201"), card("1000.00", "visa", "4242", "A1B2C3"), cash("2000.00")));
        api.sell(ApplianceApi.sale("reg-2", List.of("R-8202"), cash("3000.00")));
    }

    @Test
    void anAssociateClosesBlindAndSeesTheDrawerTenDollarsShort() {
        JsonNode expected = register.api().get("/api/v1/registers/reg-1/x-report").path("tenders");
        assertEquals("1867.44", expected.path(0).path("expected").path("amount").asText());
        Page page = register.open(Viewport.DESKTOP, "/register", Role.ASSOCIATE);
        CounterScreen.choose(page, "Register 1");

        assertThat(page.locator(".register-shift")).containsText("1 sale");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("X report"))).hasCount(0);
        assertEquals(403, page.request().get(register.baseUrl() + "/api/v1/registers/reg-1/x-report").status());

        page.locator(".register-bar").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close register")).click();
        Locator form = page.locator(".close-form");
        form.getByLabel("Cash counted (USD)").fill("1857.44");
        form.getByLabel("Card batch total (USD)").fill("1000.00");
        assertThat(page.locator("#screen")).not().containsText("1,867.44");
        register.screenshot(page, "register-close-blind-desktop");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close register")).click();

        Locator report = page.locator(".z-report");
        assertThat(report.locator(".panel-title")).hasText("Register 1 is closed");
        Locator cashRow = report.locator("tr[data-tender=cash]");
        assertThat(cashRow).hasClass(Pattern.compile("\\bis-short\\b"));
        assertThat(cashRow).containsText("$1,867.44");
        assertThat(cashRow.locator(".over-short")).hasText("Short $10.00");
        assertThat(report.locator("tr[data-tender=card] .over-short")).hasText("Even");
        assertThat(page.locator(".register-bar .chip")).hasText("Closed");
        register.screenshot(page, "register-z-report-desktop");

        JsonNode closed = register.api().register("reg-1");
        assertFalse(closed.path("open").asBoolean());
        assertEquals("associate", closed.path("lastClosedBy").asText());

        report.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Done")).click();
        assertThat(page.locator(".open-form .panel-title")).hasText("Open Register 1");
    }

    @Test
    void aManagerReadsWhatTheRegisterShouldHoldMidShift() {
        JsonNode expected = register.api().get("/api/v1/registers/reg-2/x-report");
        Page page = register.open(Viewport.TABLET_LANDSCAPE, "/register", Role.MANAGER);
        CounterScreen.choose(page, "Register 2");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("X report")).click();

        Locator report = page.locator(".x-report-sheet");
        assertThat(report.locator("tr[data-tender=cash]")).containsText(dollars(expected.path("tenders").path(0).path("expected")));
        assertThat(report.locator("tr[data-tender=cash]")).containsText("$2,817.44");
        assertThat(report.locator(".shift-facts")).containsText("$150.00");
        register.screenshot(page, "register-x-report-tablet-landscape");
        report.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Done")).click();
        assertThat(report).hasCount(0);
        assertTrue(register.api().register("reg-2").path("open").asBoolean());
    }
}
