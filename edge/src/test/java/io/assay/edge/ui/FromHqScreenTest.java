package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.RegisterScreens.assertFits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.assay.edge.staff.Role;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The From HQ screen on the demo boutique, which opens with HQ's work waiting: two showcase pieces held for
 * online clients, a ring on its way from the sister store, a price change, HQ's spot prices and euro rate.
 * The jeweler sees who is coming and until when, and receives the ring by scanning it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FromHqScreenTest {

    @RegisterExtension
    static final RegisterHarness register = RegisterHarness.demo();

    /** The demo's ring on its way from store-007 (DemoHq). */
    private static final String ARRIVING = "EN-70412";

    @Test
    @Order(2)
    void theJewelerSeesWhoIsComingAndReceivesTheRingFromTheSisterStoreByScanningIt() {
        JsonNode holds = register.api().get("/api/v1/hq/reservations").path("reservations");
        Page page = register.open(Viewport.DESKTOP, "/from-hq", Role.ASSOCIATE);

        Locator cards = page.locator(".reservation-card");
        assertThat(cards).hasCount(holds.size());
        for (JsonNode hold : holds) {
            Locator card = page.locator(".reservation-card[data-serial='" + hold.path("serial").asText() + "']");
            assertThat(card.locator(".hq-client-name")).hasText(hold.path("client").path("name").asText());
            assertThat(card.locator(".hq-client-contact")).containsText(hold.path("client").path("email").asText());
            assertThat(card.locator(".hq-card-title")).hasText(hold.path("piece").path("description").asText());
            assertThat(card.locator(".hold-left")).hasText(Pattern.compile("\\d+ h \\d\\d min left"));
        }
        Locator expected = page.getByRole(AriaRole.LIST,
                new Page.GetByRoleOptions().setName("Pieces expected"));
        assertThat(expected.locator(".arrival-row[data-serial='" + ARRIVING + "']")).containsText("From store-007");
        assertThat(page.locator(".price-row")).hasCount(1);
        assertThat(page.locator(".spot-table tr[data-key='gold']")).containsText("$4,126.40");
        assertThat(page.locator(".spot-table tr[data-key='gold']")).containsText("HQ");
        assertThat(page.locator(".rate-table tr[data-key='eur']")).containsText("$1.0853");
        assertThat(page.locator("#receive-scan")).isFocused();
        register.screenshot(page, "from-hq-desktop");

        page.getByLabel("Put it in").selectOption("case-1-tray-1");
        // A scanner is a keyboard: it types the tag's serial where the focus is, then Enter.
        page.keyboard().type(ARRIVING);
        page.keyboard().press("Enter");

        assertThat(page.locator(".receive-note")).containsText("Received " + ARRIVING);
        assertThat(page.locator(".receive-note")).containsText("Bridal › Solitaires");
        assertThat(expected.locator(".arrival-row[data-serial='" + ARRIVING + "']")).hasCount(0);
        assertThat(page.locator(".arrival-list.is-received .arrival-row[data-serial='" + ARRIVING + "']")).containsText("by associate");
        JsonNode ring = register.api().get("/api/v1/items/" + ARRIVING);
        assertEquals("in stock", ring.path("status").asText());
        assertEquals("case-1-tray-1", ring.path("location").asText());
        assertThat(page.locator("#receive-scan")).isFocused();
        register.screenshot(page, "from-hq-received-desktop");

        page.keyboard().type("EN-99999");
        page.keyboard().press("Enter");
        assertThat(page.locator(".receive-note")).hasText("No piece here has the serial or tag EN-99999.");
        register.screenshot(page, "from-hq-refused-desktop");
    }

    /** First, while the demo's work is all there: what a tablet and a phone show of it. */
    @Test
    @Order(1)
    void theScreenReadsOnATabletAndAPhoneAndTheBenchOnlyReadsIt() {
        for (Viewport viewport : List.of(Viewport.TABLET_LANDSCAPE, Viewport.TABLET_PORTRAIT, Viewport.PHONE)) {
            Page page = register.open(viewport, "/from-hq", Role.OWNER);
            assertThat(page.locator(".spot-table")).isVisible();
            assertFits(page, viewport, "from HQ");
            register.screenshot(page, "from-hq-" + viewport.name());
            page.locator(".hq-market").scrollIntoViewIfNeeded();
            register.screenshot(page, "from-hq-" + viewport.name() + "-market");
            page.setViewportSize(viewport.width(), ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue());
            register.screenshot(page, "from-hq-" + viewport.name() + "-whole");
        }
        Page bench = register.open(Viewport.TABLET_PORTRAIT, "/from-hq", Role.BENCH);
        assertThat(bench.locator(".reservation-card").first()).isVisible();
        assertThat(bench.locator("#receive-scan")).hasCount(0);
        assertThat(bench.locator(".hq-market")).hasCount(0);
    }
}
