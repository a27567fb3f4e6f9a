package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.ClientScreens.fits;
import static io.assay.edge.ui.ClientScreens.pictures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.assay.edge.json.Json;
import io.assay.edge.staff.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Looking after a client from her page: an associate keeps her wish list and notes and books her a viewing
 * with pieces pulled, which the calendar shows day by day until it is cancelled and the pieces go back; a
 * manager sets her tier, merges a duplicate into her, hands her her data and erases it at her request.
 */
class ClientCareTest {

    @RegisterExtension
    static final RegisterHarness register = new RegisterHarness();

    private static final String PULLED = "R-6201";
    private static final String SUGGESTED = "R-6202";

    @BeforeAll
    static void stock() {
        BoutiqueStock.plainRings(register.api(), PULLED, SUGGESTED);
    }

    @Test
    void anAssociateKeepsHerWishesAndNotesAndBooksAViewingThatTheCalendarShowsUntilItIsCancelled() {
        String id = register.api().post("/api/v1/clients", client("Hélène", "Garnier", "+1 212 555 0123")).path("id").asText();
        Page page = register.open(Viewport.TABLET_LANDSCAPE, "/clients/" + id, Role.ASSOCIATE);
        Locator profile = page.locator(".client-profile");
        assertThat(profile.locator(".client-manager")).hasCount(0);

        // A note half written survives the page drawn again for a wish added meanwhile.
        profile.getByLabel("Add a note").fill("Prefers a viewing after 5 pm, with champagne.");
        profile.getByLabel("Add a style").fill("RG-2041");
        profile.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add").setExact(true)).click();
        assertThat(profile.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Wish list"))).containsText("Style RG-2041");
        assertThat(profile.getByLabel("Add a style")).hasValue("");
        assertThat(profile.getByLabel("Add a note")).hasValue("Prefers a viewing after 5 pm, with champagne.");
        profile.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add note")).click();
        assertThat(profile.getByLabel("Add a note")).hasValue("");
        Locator note = profile.locator(".note").first();
        assertThat(note.locator(".note-body")).hasText("Prefers a viewing after 5 pm, with champagne.");
        assertThat(note.locator(".note-meta")).containsText(RegisterHarness.person(Role.ASSOCIATE).name());

        LocalDate tomorrow = LocalDate.now(RegisterHarness.STORE_ZONE).plusDays(1);
        profile.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Book a viewing")).click();
        Locator sheet = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Book a viewing"));
        sheet.getByLabel("Day").fill(tomorrow.toString());
        sheet.getByLabel("Time").fill("15:00");
        Locator serial = sheet.getByLabel("Pull a piece (serial)");
        serial.fill(PULLED);
        serial.press("Enter");
        sheet.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+ " + SUGGESTED)).click();
        assertThat(sheet.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Pieces to pull")).locator("li"))
                .hasCount(2);
        fits(page, Viewport.TABLET_LANDSCAPE, "viewing sheet");
        register.screenshot(page, "client-viewing-sheet-tablet-landscape");
        sheet.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Book viewing")).click();

        assertThat(sheet).isHidden();
        Locator hers = profile.locator(".client-viewings .viewing-row");
        assertThat(hers).hasCount(1);
        assertThat(hers).containsText("3:00 PM – 4:00 PM");
        assertThat(hers).containsText(PULLED);
        assertEquals("reserved", register.api().get("/api/v1/items/" + PULLED).path("status").asText());
        hers.scrollIntoViewIfNeeded();
        register.screenshot(page, "client-profile-viewing-tablet-landscape");

        page.locator(".client-tabs").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Viewings")).click();
        Locator day = page.locator(".viewing-day").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^Tomorrow")));
        Locator viewing = day.locator(".viewing-row");
        assertThat(viewing.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hélène Garnier"))).isVisible();
        assertThat(viewing).containsText("3:00 PM – 4:00 PM");
        assertThat(viewing).containsText("With " + RegisterHarness.person(Role.ASSOCIATE).name());
        assertThat(viewing.locator(".viewing-pieces li")).hasCount(2);
        for (Viewport viewport : List.of(Viewport.TABLET_LANDSCAPE, Viewport.TABLET_PORTRAIT, Viewport.PHONE)) {
            page.setViewportSize(viewport.width(), viewport.height());
            fits(page, viewport, "viewings");
            register.screenshot(page, "client-viewings-" + viewport.name());
        }
        page.setViewportSize(Viewport.TABLET_LANDSCAPE.width(), Viewport.TABLET_LANDSCAPE.height());

        viewing.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
        Locator confirm = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Cancel this viewing?"));
        assertThat(confirm).containsText("The 2 pieces pulled for it go back in stock.");
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel viewing")).click();
        assertThat(viewing.locator(".viewing-state")).hasText("Cancelled");
        assertEquals("in stock", register.api().get("/api/v1/items/" + PULLED).path("status").asText());
        assertEquals("in stock", register.api().get("/api/v1/items/" + SUGGESTED).path("status").asText());
    }

    @Test
    void aManagerSetsHerTierMergesHerDuplicateHandsHerHerDataAndErasesIt() throws IOException {
        String id = register.api().post("/api/v1/clients", client("Sophie", "Dubois", "+1 310 555 0166")).path("id").asText();
        String twin = register.api().post("/api/v1/clients", client("Sophie", "Dubois", "+1 310 555 0177")).path("id").asText();
        register.api().post("/api/v1/clients/" + twin + "/notes", Json.mapper().createObjectNode().put("text", "Entered twice by mistake."));
        Page page = register.open(Viewport.DESKTOP, "/clients/" + id, Role.MANAGER);
        Locator manager = page.locator(".client-manager");

        manager.getByLabel("Tier").selectOption("vip");
        manager.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Set tier")).click();
        assertThat(page.locator(".profile-badges .tier-badge")).hasText("VIP");
        assertThat(page.locator(".profile-badges")).containsText("tier set by a manager");

        manager.getByLabel("Merge a duplicate into this client").fill(twin);
        manager.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Merge…")).click();
        Locator merge = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName(
                "Merge Sophie Dubois (" + twin + ") into Sophie Dubois?"));
        register.screenshot(page, "client-merge-desktop");
        merge.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Merge").setExact(true)).click();
        assertThat(page.locator(".client-contact")).containsText("+1 310 555 0177");
        assertThat(page.locator(".note-body")).hasText("Entered twice by mistake.");

        Download download = page.waitForDownload(() -> manager.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Export the client’s data")).click());
        assertEquals("client-" + id + ".json", download.suggestedFilename());
        JsonNode exported = Json.mapper().readTree(Files.readString(download.path()));
        assertEquals(id, exported.path("id").asText());
        assertTrue(exported.path("exportedAt").isTextual(), exported.toString());
        assertThat(manager.locator(".manager-said")).containsText("Exported as client-" + id + ".json");

        manager.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Erase personal data…")).click();
        Locator erase = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Erase Sophie Dubois’s personal data?"));
        assertThat(erase).containsText("Notes (1)");
        assertThat(erase).containsText("The notes of the client’s viewings");
        assertThat(erase).containsText("Kept, without the name");
        assertThat(erase).containsText("The number " + id);
        pictures(register, page, Viewport.DESKTOP, "client-erase-desktop");
        erase.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Erase").setExact(true)).click();

        assertThat(page).hasURL(Pattern.compile(".*#/clients$"));
        assertThat(page.locator(".clients-screen .notice-done")).hasText(
                "The personal data of client " + id + " was erased. The sales stay, anonymous.");
        assertEquals(0, register.api().get("/api/v1/clients?q=Dubois").path("items").size());
    }

    private static ObjectNode client(String given, String family, String phone) {
        ObjectNode client = Json.mapper().createObjectNode().put("givenName", given).put("familyName", family);
        client.putArray("phones").add(phone);
        client.putObject("preferences").putArray("metals").add("gold");
        return client;
    }
}
