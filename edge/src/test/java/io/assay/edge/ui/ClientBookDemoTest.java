package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.ClientScreens.fits;
import static io.assay.edge.ui.ClientScreens.pictures;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.assay.edge.staff.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client book of the demo boutique (hundreds of clients, their people and dates all year, three years of
 * purchases): the associate's day and the page of a client with a long history read on a desktop, a tablet
 * held upright and a phone, with as many rows as a real boutique has.
 */
class ClientBookDemoTest {

    @RegisterExtension
    static final RegisterHarness register = RegisterHarness.demo();

    @Test
    void theDayOfABusyBoutiqueAndItsBestClientsPageReadOnEveryScreen() {
        JsonNode day = register.api().get("/api/v1/clienteling");
        assertTrue(day.path("upcoming").size() > 8 && day.path("lapsedVips").size() > 0, day.toString());
        String lapsed = day.path("lapsedVips").path(0).path("client").asText();
        for (Viewport viewport : List.of(Viewport.DESKTOP, Viewport.TABLET_PORTRAIT, Viewport.PHONE)) {
            Page page = register.open(viewport, "/clients/day", Role.ASSOCIATE);
            assertThat(page.locator(".day-dates .hq-row")).hasCount(8);
            assertThat(page.locator(".day-lapsed .hq-row")).hasCount(Math.min(8, day.path("lapsedVips").size()));
            fits(page, viewport, "demo day");
            pictures(register, page, viewport, "client-demo-day-" + viewport.name());
            page.locator(".day-dates").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("Show all " + day.path("upcoming").size())).click();
            assertThat(page.locator(".day-dates .hq-row")).hasCount(day.path("upcoming").size());

            page.evaluate("location.hash = '#/clients/" + lapsed + "'");
            assertThat(page.locator(".client-profile .profile-badges .tier-badge")).isVisible();
            assertThat(page.locator(".client-purchases .purchase-row").first()).isVisible();
            fits(page, viewport, "demo client");
            pictures(register, page, viewport, "client-demo-profile-" + viewport.name());
        }
    }
}
