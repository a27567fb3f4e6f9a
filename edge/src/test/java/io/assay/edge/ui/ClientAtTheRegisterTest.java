package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.ClientScreens.fits;
import static io.assay.edge.ui.CounterScreen.addCash;
import static io.assay.edge.ui.CounterScreen.charge;
import static io.assay.edge.ui.CounterScreen.completeSale;
import static io.assay.edge.ui.CounterScreen.saleOnReceipt;
import static io.assay.edge.ui.CounterScreen.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import io.assay.edge.json.Json;
import io.assay.edge.staff.Role;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client of a sale, found at the register: the associate types the start of her name (or her number)
 * where the register asked for a client book id, picks her, sees her name and tier on the sale, and the
 * sale is hers in the client book. The next sale starts without a client, and her number typed while a
 * scan is still on its way stays where it was typed.
 */
class ClientAtTheRegisterTest {

    @RegisterExtension
    static final RegisterHarness register = new RegisterHarness();

    private static final String FIRST = "R-6301";
    private static final String SECOND = "R-6302";
    private static String claire;

    @BeforeAll
    static void anOpenRegisterAndAClient() {
        BoutiqueStock.certifiedRings(register.api(), FIRST, SECOND);
        register.api().openRegister("reg-1", "200.00");
        ObjectNode client = Json.mapper().createObjectNode().put("givenName", "Claire").put("familyName", "Fontaine");
        client.putArray("phones").add("+1 917 555 0188");
        claire = register.api().post("/api/v1/clients", client).path("id").asText();
        register.api().post("/api/v1/clients", Json.mapper().createObjectNode().put("givenName", "Clarisse").put("familyName", "Roy"));
    }

    @Test
    void theAssociatePicksTheClientByHerNameThenByHerNumberAndEachSaleIsHers() {
        Page page = register.open(Viewport.TABLET_LANDSCAPE, "/register", Role.ASSOCIATE);
        CounterScreen.choose(page, "Register 1");
        scan(page, FIRST);
        Locator picker = page.locator(".client-picker");
        page.getByLabel("Client (optional)").pressSequentially("Cla");
        Locator found = picker.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Clients found"));
        assertThat(found.locator(".client-option-name")).hasText(new String[] {"Claire Fontaine", "Clarisse Roy"});
        fits(page, Viewport.TABLET_LANDSCAPE, "clients found at the register");
        register.screenshot(page, "register-client-found-tablet-landscape");

        found.locator(".client-option[data-client='" + claire + "']").click();
        Locator chosen = picker.locator(".client-chosen");
        assertThat(chosen.locator(".client-chosen-name")).containsText("Claire Fontaine");
        assertThat(chosen.locator(".tier-badge")).hasText("New");
        assertThat(chosen).containsText(claire);
        assertThat(page.getByLabel("Client (optional)")).isHidden();
        register.screenshot(page, "register-client-chosen-tablet-landscape");

        Locator sheet = charge(page);
        addCash(sheet, null);
        completeSale(sheet);
        JsonNode sale = saleOnReceipt(page, register.api());
        assertEquals(claire, sale.path("client").asText());

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New sale")).click();
        Locator field = page.getByLabel("Client (optional)");
        assertThat(field).hasValue("");
        assertThat(picker.locator(".client-chosen")).isHidden();
        // The associate types her number while the piece scanned is still on its way from the appliance.
        AtomicReference<Route> lookup = new AtomicReference<>();
        page.route("**/api/v1/items/" + SECOND, lookup::set);
        scan(page, SECOND);
        page.waitForCondition(() -> lookup.get() != null);
        field.pressSequentially("(917) 555-0188");
        lookup.get().resume();
        assertThat(CounterScreen.cartLine(page, SECOND)).isVisible();
        assertThat(field).isFocused();
        assertThat(field).hasValue("(917) 555-0188");
        assertThat(picker.locator(".client-option-name")).hasText(new String[] {"Claire Fontaine"});
        field.press("Enter");
        assertThat(picker.locator(".client-chosen-name")).containsText("Claire Fontaine");
        sheet = charge(page);
        addCash(sheet, null);
        completeSale(sheet);
        assertEquals(claire, saleOnReceipt(page, register.api()).path("client").asText());

        JsonNode profile = register.api().get("/api/v1/clients/" + claire);
        assertEquals(2, profile.path("value").path("sales").asInt());
        assertEquals(2, profile.path("purchases").size());
    }
}
