package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.ApplianceApi.cash;
import static io.assay.edge.ui.CounterScreen.saleOnReceipt;
import static io.assay.edge.ui.CounterScreen.scan;
import static io.assay.edge.ui.RegisterScreens.assertFits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.assay.edge.json.Json;
import io.assay.edge.staff.Role;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Layaways: a client puts a deposit on a ring at the register and it is reserved for them; the payment
 * that clears the balance makes the sale, whose receipt the register shows. A layaway cancelled puts the
 * ring back and gives what was paid, less the store's fee, as store credit. A manager sees the layaways
 * behind their schedule; an associate does not.
 */
class LayawayScreenTest {

    @RegisterExtension
    static final RegisterHarness register = new RegisterHarness();

    private static final String PAID_OFF = "R-8601";
    private static final String CANCELLED = "R-8602";
    private static final String BEHIND = "R-8603";

    @BeforeAll
    static void openTheRegister() {
        BoutiqueStock.certifiedRings(register.api(), PAID_OFF, CANCELLED, BEHIND);
        register.api().openRegister("reg-1", "200.00");
    }

    @Test
    void aDepositReservesTheRingAndThePaymentThatClearsTheBalanceMakesTheSale() {
        Page page = register.open(Viewport.DESKTOP, "/register", Role.ASSOCIATE);
        CounterScreen.choose(page, "Register 1");
        scan(page, PAID_OFF);
        page.locator("#sale-client").fill("C-1042");
        page.locator(".cart-panel").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lay away")).click();

        Locator sheet = page.locator(".layaway-sheet");
        assertThat(sheet.getByLabel("Client", new Locator.GetByLabelOptions().setExact(true))).hasValue("C-1042");
        assertThat(sheet.locator(".tender-figure.is-due")).containsText("$2,667.44");
        sheet.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+ Cash")).click();
        sheet.locator(".tender-cash").getByLabel("Amount (USD)").fill("600.00");
        register.screenshot(page, "layaway-deposit-desktop");
        sheet.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lay away").setExact(true)).click();

        assertThat(page).hasURL(Pattern.compile(".*#/layaways\\?layaway=.+"));
        Locator card = page.locator(".layaway-card");
        assertThat(card.locator(".layaway-balance dd")).hasText("$2,067.44");
        assertThat(card.locator(".layaway-status")).hasText("Open");
        register.screenshot(page, "layaway-slip-desktop");
        assertEquals("reserved", register.api().get("/api/v1/items/" + PAID_OFF).path("status").asText());
        String id = card.getAttribute("data-layaway");

        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take a payment")).click();
        Locator payment = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Take a payment"));
        payment.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+ Card")).click();
        Locator row = payment.locator(".tender-card");
        assertThat(row.getByLabel("Amount (USD)")).hasValue("2067.44");
        row.getByLabel("Last 4 digits").fill("4242");
        row.getByLabel("Auth code").fill("LAY42");
        register.screenshot(page, "layaway-payment-desktop");
        payment.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take payment")).click();

        JsonNode sale = saleOnReceipt(page, register.api());
        assertEquals("2667.44", sale.path("total").path("amount").asText());
        assertEquals("C-1042", sale.path("client").asText());
        assertEquals(List.of("cash", "card"), sale.path("tenders").findValuesAsText("type"));
        JsonNode layaway = register.api().get("/api/v1/layaways/" + id);
        assertEquals("completed", layaway.path("status").asText());
        assertEquals(sale.path("id").asText(), layaway.path("sale").asText());
        assertEquals("sold", register.api().get("/api/v1/items/" + PAID_OFF).path("status").asText());
    }

    @Test
    void aCancelledLayawayPutsTheRingBackAndGivesStoreCredit() {
        ObjectNode body = Json.mapper().createObjectNode().put("register", "reg-1").put("client", "C-2001").put("serial", CANCELLED);
        body.putArray("tenders").add(cash("600.00"));
        register.api().post("/api/v1/layaways", body);
        Page page = register.open(Viewport.TABLET_PORTRAIT, "/layaways", Role.ASSOCIATE);
        page.getByLabel("Client", new Page.GetByLabelOptions().setExact(true)).fill("C-2001");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show layaways")).click();
        Locator card = page.locator(".layaway-card").filter(new Locator.FilterOptions().setHasText(CANCELLED));
        assertThat(card.locator(".layaway-balance dd")).hasText("$2,067.44");
        assertFits(page, Viewport.TABLET_PORTRAIT, "layaways");
        register.screenshot(page, "layaways-tablet-portrait");

        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel layaway")).click();
        Locator confirm = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Cancel this layaway?"));
        register.screenshot(page, "layaway-cancel-tablet-portrait");
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel layaway")).click();

        Locator cancelled = page.locator(".layaway-card");
        assertThat(cancelled.locator(".layaway-status")).hasText("Cancelled");
        assertThat(cancelled.locator(".layaway-refund dt")).containsText("Store credit SC-");
        register.screenshot(page, "layaway-cancelled-tablet-portrait");
        JsonNode layaway = register.api().get("/api/v1/layaways/" + cancelled.getAttribute("data-layaway"));
        assertEquals("cancelled", layaway.path("status").asText());
        assertThat(cancelled.locator(".layaway-fee dd")).hasText(CounterScreen.dollars(layaway.path("fee")));
        String code = layaway.path("refund").path("account").asText();
        assertThat(cancelled.locator(".layaway-refund dt")).hasText("Store credit " + code);
        assertEquals(layaway.path("refund").path("amount").path("amount").asText(),
                register.api().get("/api/v1/credit/" + code).path("balance").path("amount").asText());
        assertEquals("in stock", register.api().get("/api/v1/items/" + CANCELLED).path("status").asText());
    }

    @Test
    void aManagerSeesALayawayBehindItsScheduleAndAnAssociateDoesNot() {
        ObjectNode body = Json.mapper().createObjectNode().put("register", "reg-1").put("client", "C-9").put("serial", BEHIND);
        body.putArray("tenders").add(cash("600.00"));
        ArrayNode schedule = body.putArray("schedule");
        schedule.addObject().put("due", "2026-01-01").set("amount", ApplianceApi.dollars("1000.00"));
        schedule.addObject().put("due", "2099-01-01").set("amount", ApplianceApi.dollars("1067.44"));
        String id = register.api().post("/api/v1/layaways", body).path("id").asText();

        Page manager = register.open(Viewport.DESKTOP, "/layaways", Role.MANAGER);
        Locator overdue = manager.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Overdue"));
        Locator row = overdue.locator(".overdue-row").filter(new Locator.FilterOptions().setHasText(BEHIND));
        assertThat(row).containsText("client C-9");
        assertThat(row.locator(".overdue-owed dd")).hasText("$1,000.00");
        assertThat(row.locator(".overdue-since dd")).hasText("Jan 1, 2026");
        assertThat(row.locator(".overdue-balance dd")).hasText("$2,067.44");
        register.screenshot(manager, "layaways-overdue-desktop");
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open")).click();
        assertThat(manager).hasURL(Pattern.compile(".*#/layaways\\?layaway=" + id));
        assertThat(manager.locator(".layaway-card .layaway-balance dd")).hasText("$2,067.44");

        Page associate = register.open(Viewport.DESKTOP, "/layaways", Role.ASSOCIATE);
        assertThat(associate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show layaways"))).isVisible();
        assertThat(associate.locator(".layaway-overdue")).hasCount(0);
        assertThat(associate.getByText("Overdue", new Page.GetByTextOptions().setExact(true))).hasCount(0);
    }
}
