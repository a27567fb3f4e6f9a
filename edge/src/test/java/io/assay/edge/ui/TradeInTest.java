package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.CounterScreen.addCash;
import static io.assay.edge.ui.CounterScreen.charge;
import static io.assay.edge.ui.CounterScreen.completeSale;
import static io.assay.edge.ui.CounterScreen.scan;
import static io.assay.edge.ui.RegisterScreens.assertFits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.assay.edge.staff.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Old gold toward a sale: the payment sheet takes its metal, fineness, weight and seller, and leaves the
 * valuing to the appliance. This store has no spot price configured, so the appliance refuses to value
 * it and the sheet says so under the trade-in; nothing is sold.
 */
class TradeInTest {

    @RegisterExtension
    static final RegisterHarness register = new RegisterHarness();

    private static final String RING = "R-8901";

    @BeforeAll
    static void openTheRegister() {
        BoutiqueStock.certifiedRings(register.api(), RING);
        register.api().openRegister("reg-1", "200.00");
    }

    @Test
    void withoutASpotPriceTheTradeInIsRefusedUnderItsMetal() {
        Page page = register.open(Viewport.DESKTOP, "/register", Role.ASSOCIATE);
        Locator row = tradeInRow(page);
        Locator sheet = CounterScreen.paymentSheet(page);
        assertThat(sheet.locator(".quote-total dd")).hasText("$2,667.44");
        assertThat(row.getByLabel("Fineness")).hasValue("18k");
        row.getByLabel("Weight", new Locator.GetByLabelOptions().setExact(true)).fill("10.00");
        row.getByLabel("Seller").fill("Margaret Okafor");
        addCash(sheet, "2300.00");
        completeSale(sheet);

        assertThat(row.locator("#" + row.getByLabel("Metal").getAttribute("id") + "-error")).containsText("No spot price for gold today");
        register.screenshot(page, "trade-in-refused-desktop");
        assertEquals("in stock", register.api().get("/api/v1/items/" + RING).path("status").asText());
    }

    @Test
    void theTradeInFitsATabletStoodUpright() {
        Page page = register.open(Viewport.TABLET_PORTRAIT, "/register", Role.ASSOCIATE);
        Locator row = tradeInRow(page);
        row.getByLabel("Metal").selectOption("silver");
        assertThat(row.getByLabel("Fineness")).hasValue("999");
        row.getByLabel("Fineness").selectOption("925");
        assertFits(page, Viewport.TABLET_PORTRAIT, "trade-in payment");
        register.screenshot(page, "trade-in-tablet-portrait");
    }

    /** The ring in the sale, the payment sheet open and a trade-in added to it: answers the trade-in's row. */
    private static Locator tradeInRow(Page page) {
        CounterScreen.choose(page, "Register 1");
        scan(page, RING);
        Locator sheet = charge(page);
        sheet.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+ Trade-in")).click();
        return sheet.locator(".tender-trade-in");
    }
}
