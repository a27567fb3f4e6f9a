package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.assay.edge.support.TestPieces;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The register's inventory screen against a real appliance in headless Chromium: what staff see after
 * each search, filter, sort and page is what the API counts for the same question.
 */
class InventoryScreenTest {

    @RegisterExtension
    static final RegisterHarness register = new RegisterHarness();

    private static BoutiqueStock.Entered stock;

    @BeforeAll
    static void enterTheBoutiquesStock() {
        stock = BoutiqueStock.enterInto(register.api());
    }

    @Test
    void searchingShowsAsManyPiecesAsTheApiCounts() {
        Page page = register.open(Viewport.DESKTOP, "");
        assertThat(shownCount(page)).hasText(String.valueOf(stock.pieces()));

        page.getByLabel("Search pieces").fill("sapphire");

        assertThat(page).hasURL(Pattern.compile(".*#/inventory\\?q=sapphire$"));
        int expected = register.api().count("q=sapphire");
        assertTrue(expected > 0 && expected < stock.pieces(), "the stock has some sapphires, not only sapphires");
        assertThat(shownCount(page)).hasText(String.valueOf(expected));
        assertThat(rows(page)).hasCount(expected);
        assertThat(page.locator(".active-filters")).containsText("“sapphire”");
    }

    @Test
    void filteringByCaseAndStatusShowsTheApisCountAndSurvivesAReload() {
        Page page = register.open(Viewport.DESKTOP, "");
        Locator locations = page.locator("details[data-facet=location]");

        locations.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("High jewellery")).check();
        statusToggle(page, "In stock").click();

        String filter = "location=case-2&status=in stock";
        assertThat(page).hasURL(Pattern.compile(".*location=case-2.*status=in%20stock.*"));
        assertThat(shownCount(page)).hasText(String.valueOf(register.api().count(filter)));
        assertThat(statusToggle(page, "In stock")).hasAttribute("aria-pressed", "true");
        // Counts beside each value answer "how many if I pick this too": a case includes its trays.
        assertThat(locations.locator("label", new Locator.LocatorOptions().setHasText("High jewellery")).locator(".facet-count"))
                .hasText(String.valueOf(register.api().count(filter)));
        int soldThere = register.api().count("location=case-2&status=sold");
        assertTrue(soldThere > 0, "the stock has sold pieces in the high jewellery case");
        assertThat(statusToggle(page, "Sold").locator(".status-count")).hasText(String.valueOf(soldThere));
        assertThat(locations.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Necklaces"))).isChecked();
        assertThat(locations.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Necklaces"))).isDisabled();
        register.screenshot(page, "inventory-filtered-desktop");

        Page again = register.open(Viewport.DESKTOP, page.url().substring(page.url().indexOf('#') + 1));
        assertThat(shownCount(again)).hasText(String.valueOf(register.api().count(filter)));
        assertThat(again.locator("details[data-facet=location]")
                .getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("High jewellery"))).isChecked();
    }

    @Test
    void narrowingByPriceAndStoneShowsTheApisCounts() {
        Page page = register.open(Viewport.TABLET_LARGE, "");
        Locator price = page.locator("details[data-facet=price]");
        price.getByLabel("From").fill("10000");
        price.getByLabel("To").fill("40000");
        price.getByLabel("To").press("Tab");

        assertThat(page).hasURL(Pattern.compile(".*priceMin=10000&priceMax=40000.*"));
        String prices = "priceMin=10000&priceMax=40000";
        assertThat(shownCount(page)).hasText(String.valueOf(register.api().count(prices)));

        Locator stone = page.locator("details[data-facet=stoneType]");
        stone.locator("summary").click();
        Locator sapphire = stone.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Sapphire"));
        assertThat(stone.locator("label", new Locator.LocatorOptions().setHasText("Sapphire")).locator(".facet-count"))
                .hasText(String.valueOf(register.api().count(prices + "&stoneType=sapphire")));
        sapphire.check();

        assertThat(shownCount(page)).hasText(String.valueOf(register.api().count(prices + "&stoneType=sapphire")));
        assertThat(page.locator(".active-filters")).containsText("Price from $10,000");
        register.screenshot(page, "inventory-price-and-stone-tablet-large");
    }

    @Test
    void finenessMetalColourAndStoneCountsAreTheApisAndNarrowTogether() {
        Page page = register.open(Viewport.DESKTOP, "");
        assertThat(shownCount(page)).hasText(String.valueOf(stock.pieces()));
        Locator fineness = openFacet(page, "fineness");
        Locator colour = openFacet(page, "metalColour");
        Locator stone = openFacet(page, "stoneType");

        JsonNode facets = register.api().get("/api/v1/items/facets");
        assertOffersTheApisValuesAndCounts(fineness, "fineness", facets, "");
        assertOffersTheApisValuesAndCounts(colour, "metalColour", facets, "");
        assertOffersTheApisValuesAndCounts(stone, "stoneType", facets, "");
        int rubies = register.api().count("stoneType=ruby");
        int diamonds = register.api().count("stoneType=diamond");
        assertTrue(rubies > 0 && register.api().count("stoneType=ruby,diamond") < rubies + diamonds,
                "some pieces hold rubies and diamonds, and count once under each");

        colour.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Rose")).check();

        assertThat(page).hasURL(Pattern.compile(".*metalColour=rose.*"));
        assertThat(shownCount(page)).hasText(String.valueOf(register.api().count("metalColour=rose")));
        assertThat(page.locator(".active-filters")).containsText("Rose");
        JsonNode rose = register.api().get("/api/v1/items/facets?metalColour=rose");
        assertOffersTheApisValuesAndCounts(fineness, "fineness", rose, "metalColour=rose&");
        assertOffersTheApisValuesAndCounts(stone, "stoneType", rose, "metalColour=rose&");
        // The other colours stay on offer, counted as if picked too.
        assertThat(facetCount(colour, "yellow")).hasText(String.valueOf(register.api().count("metalColour=yellow")));

        fineness.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("14k")).check();
        stone.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Diamond")).check();

        String all = "metalColour=rose&fineness=14k&stoneType=diamond";
        assertThat(page).hasURL(Pattern.compile(".*fineness=14k&metalColour=rose&stoneType=diamond.*"));
        assertThat(shownCount(page)).hasText(String.valueOf(register.api().count(all)));
        assertThat(rows(page)).hasCount(register.api().count(all));
        assertThat(facetCount(stone, "sapphire"))
                .hasText(String.valueOf(register.api().count("metalColour=rose&fineness=14k&stoneType=sapphire")));
        register.screenshot(page, "inventory-colour-fineness-stone-desktop");
    }

    @Test
    void theHeaderNamesTheStoreAndPricesAreAskedInItsCurrency() {
        JsonNode store = register.api().get("/api/v1/store");
        // Only the consigned watch matches, and it is priced in francs: the filter is still in the store's dollars.
        Page page = register.open(Viewport.TABLET_LANDSCAPE, "/inventory?q=" + BoutiqueStock.CONSIGNED_WORD + "&priceMin=1000");

        assertThat(page.locator(".masthead .store-name")).hasText(store.path("name").asText());
        assertThat(shownCount(page)).hasText(String.valueOf(register.api().count("q=" + BoutiqueStock.CONSIGNED_WORD + "&priceMin=1000")));
        assertThat(rows(page).first()).hasAttribute("data-serial", BoutiqueStock.CONSIGNED);
        assertThat(rows(page).first().locator(".col-price")).containsText("CHF");
        assertThat(rows(page).first().locator(".col-price")).containsText("18,400");
        assertEquals("USD", store.path("currency").asText());
        assertThat(page.locator("details[data-facet=price] .range-unit")).hasText("USD");
        assertThat(page.locator(".active-filters")).containsText("Price from $1,000");
    }

    @Test
    void sortingAndPagingWalkThroughTheSelectionInTheApisOrder() {
        Page page = register.open(Viewport.DESKTOP, "/inventory?size=25");
        int total = register.api().count("");
        assertThat(page.locator(".pager-range")).hasText("1–25 of " + total);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retail")).click();

        assertThat(page).hasURL(Pattern.compile(".*sort=-price.*"));
        assertThat(page.locator("th[aria-sort=descending]")).containsText("Retail");
        assertThat(rows(page).first()).hasAttribute("data-serial", serialsOf("sort=-price&size=25&page=0").get(0));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();

        assertThat(page.locator(".pager-range")).hasText("26–50 of " + total);
        assertThat(page).hasURL(Pattern.compile(".*page=1.*"));
        List<String> expected = serialsOf("sort=-price&size=25&page=1");
        assertThat(rows(page)).hasCount(expected.size());
        assertEquals(expected, rows(page).evaluateAll("rows => rows.map(r => r.dataset.serial)"));

        page.getByLabel("Pieces per page").selectOption("100");
        assertThat(page.locator(".pager-range")).hasText("1–" + total + " of " + total);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))).isDisabled();
    }

    @Test
    void openingAPieceShowsItsStonesCertificatesAndHistory() {
        Page page = register.open(Viewport.DESKTOP, "");
        page.getByLabel("Search pieces").fill("solitaire");
        assertThat(shownCount(page)).hasText(String.valueOf(register.api().count("q=solitaire")));

        page.locator(".serial-link", new Page.LocatorOptions().setHasText(BoutiqueStock.SHOWCASE)).click();

        Locator drawer = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Round brilliant solitaire"));
        assertThat(drawer).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*piece=" + BoutiqueStock.SHOWCASE + ".*"));
        assertThat(drawer.locator(".drawer-price")).hasText("$13,250");
        assertThat(drawer.locator(".drawer-kicker .chip")).hasText("Reserved");

        Locator stones = drawer.locator("#piece-stones");
        assertThat(stones.locator("h3")).hasText("Stones · 1.37 ct total");
        assertThat(stones.locator(".stone-card").first()).containsText("1 × Round");
        assertThat(stones.locator(".stone-card").first()).containsText("1.01 ct");
        assertThat(stones.locator(".stone-card").first().locator(".grades")).containsText("ClarityVS1");
        assertThat(stones.locator(".stone-card").nth(1)).containsText("24 × Round");

        Locator certificate = drawer.locator("#piece-certificates .certificate-card");
        assertThat(certificate.locator(".lab-mark")).hasText("GIA");
        assertThat(certificate.locator(".report-number")).hasText(BoutiqueStock.SHOWCASE_REPORT);
        assertThat(certificate).containsText("Issued Mar 18, 2024");
        Locator scan = certificate.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("View report scan"));
        assertThat(scan).hasAttribute("href", "/api/v1/attachments/" + stock.scanId());
        APIResponse scanFile = page.request().get(register.baseUrl() + scan.getAttribute("href"));
        assertEquals(200, scanFile.status());
        assertEquals("application/pdf", scanFile.headers().get("content-type"));
        assertThat(drawer.locator(".photo-strip img")).hasAttribute("src", "/api/v1/attachments/" + stock.photoId());

        Locator history = drawer.locator("#piece-history .timeline-entry");
        assertThat(history).hasCount(register.api().get("/api/v1/items/" + BoutiqueStock.SHOWCASE + "/history").path("events").size());
        assertThat(history.nth(0)).containsText("Details changed");
        assertThat(history.nth(0)).containsText("Retail price$12,500 → $13,250");
        assertThat(history.nth(1)).containsText("Now reserved");
        assertThat(history.nth(2)).containsText("Entered into stock");
        assertThat(history.nth(2)).containsText("by owner");
        // On the boutique's clock, not the tablet's.
        JsonNode latest = register.api().latestEvent(BoutiqueStock.SHOWCASE);
        Instant changed = Instant.parse(latest.path("time").asText());
        ZonedDateTime atStore = changed.atZone(RegisterHarness.STORE_ZONE);
        Locator when = history.nth(0).locator(".timeline-meta");
        assertThat(when).containsText(DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US).format(atStore));
        assertThat(when).containsText(DateTimeFormatter.ofPattern("h:mm", Locale.US).format(atStore));
        assertThat(when).not().containsText(DateTimeFormatter.ofPattern("h:mm", Locale.US)
                .format(changed.atZone(ZoneId.of(Chromium.DEVICE_ZONE))));

        assertThat(drawer.locator(".cost-value")).isHidden();
        drawer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show cost")).click();
        assertThat(drawer.locator(".cost-value")).hasText("$5,200");
        register.screenshot(page, "piece-desktop");

        page.keyboard().press("Escape");
        assertThat(drawer).isHidden();
        assertThat(page).not().hasURL(Pattern.compile(".*piece=.*"));
        assertThat(page.locator(".serial-link", new Page.LocatorOptions().setHasText(BoutiqueStock.SHOWCASE))).isFocused();
    }

    @Test
    void aPlainPieceHasNoEmptySectionsAndALoneReportSpansTheDrawer() {
        String plain = "P-2003";
        JsonNode piece = register.api().get("/api/v1/items/" + plain);
        assertTrue(piece.path("stones").isEmpty() && piece.path("certificates").isEmpty() && !piece.has("cost"),
                "the stock's P-2003 is a plain pendant");
        Page page = register.open(Viewport.TABLET_LANDSCAPE, "/inventory?piece=" + plain);
        Locator drawer = page.getByRole(AriaRole.DIALOG);
        assertThat(drawer.locator(".drawer-title")).isVisible();

        assertThat(drawer.locator("#piece-facts")).containsText("StonesNone");
        assertThat(drawer.locator("#piece-stones")).hasCount(0);
        assertThat(drawer.locator("#piece-certificates")).hasCount(0);
        assertThat(drawer.locator("#piece-price")).hasCount(0);
        assertThat(drawer.locator("#piece-history .timeline-entry").first()).isVisible();

        Page showcase = register.open(Viewport.DESKTOP, "/inventory?piece=" + BoutiqueStock.SHOWCASE);
        Locator report = showcase.locator("#piece-certificates .certificate-card");
        assertThat(report).hasCount(1);
        double grid = showcase.locator("#piece-certificates .report-grid").boundingBox().width;
        assertEquals(grid, report.boundingBox().width, 1.0, "the only report uses the drawer's width");
    }

    @Test
    void theKeyboardAloneFindsAPieceAndKeepsFocusInsideItUntilClosed() {
        Page page = register.open(Viewport.DESKTOP, "");
        assertThat(shownCount(page)).hasText(String.valueOf(register.api().count("")));

        page.keyboard().press("/");
        assertThat(page.getByLabel("Search pieces")).isFocused();
        page.keyboard().type("solitaire");
        assertThat(shownCount(page)).hasText(String.valueOf(register.api().count("q=solitaire")));
        Locator link = page.locator(".serial-link", new Page.LocatorOptions().setHasText(BoutiqueStock.SHOWCASE));
        link.focus();
        page.keyboard().press("Enter");

        Locator drawer = page.getByRole(AriaRole.DIALOG);
        assertThat(drawer.locator(".drawer-title")).hasText("Round brilliant solitaire");
        for (int i = 0; i < 12; i++) {
            page.keyboard().press("Tab");
            assertEquals(true, page.evaluate("() => !!document.activeElement.closest('[role=dialog]')"),
                    "focus left the open piece after " + (i + 1) + " tabs");
        }
        page.keyboard().press("Escape");
        assertThat(drawer).isHidden();
        assertThat(link).isFocused();
    }

    @Test
    void aScannedSerialOrTagOpensItsPiece() {
        Page page = register.open(Viewport.TABLET_LANDSCAPE, "");
        Locator search = page.getByLabel("Search pieces");

        search.fill(BoutiqueStock.SHOWCASE);
        search.press("Enter");
        Locator drawer = page.getByRole(AriaRole.DIALOG);
        assertThat(drawer.locator(".drawer-serial")).hasText(BoutiqueStock.SHOWCASE);

        page.goBack();
        assertThat(drawer).isHidden();
        search.fill("3034257bf7194e4000001a85");
        assertThat(page.locator(".serial-match")).containsText("RFID tag match");
        search.press("Enter");
        assertThat(drawer.locator(".drawer-serial")).hasText(BoutiqueStock.SHOWCASE);
    }

    @Test
    void aPieceEnteredAtAnotherRegisterAppearsWithoutReloading() {
        Page page = register.open(Viewport.TABLET_LANDSCAPE, "/inventory?location=window-1");
        int before = register.api().count("location=window-1");
        assertThat(shownCount(page)).hasText(String.valueOf(before));
        assertThat(page.locator(".live-state")).hasClass(Pattern.compile(".*is-live.*"));

        ObjectNode piece = TestPieces.ring("R-9001", null, "window-1");
        register.api().post("/api/v1/items", piece);

        assertThat(shownCount(page)).hasText(String.valueOf(before + 1));
        assertThat(rows(page).and(page.locator("[data-serial='R-9001']"))).hasCount(1);
    }

    @Test
    void everyScreenSizeFitsWithoutSidewaysScrollAndWithFingerSizedControls() {
        for (Viewport viewport : List.of(Viewport.DESKTOP, Viewport.TABLET_LARGE, Viewport.TABLET_LANDSCAPE,
                Viewport.TABLET_PORTRAIT, Viewport.PHONE)) {
            Page page = register.open(viewport, "/inventory?location=case-2");
            assertThat(shownCount(page)).hasText(String.valueOf(register.api().count("location=case-2")));
            RegisterScreens.assertFits(page, viewport, "list");
            register.screenshot(page, "inventory-" + viewport.name());

            if (viewport.width() <= 900) {
                Locator toggle = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filters (1)"));
                toggle.click();
                assertThat(page.locator("#inventory-filters")).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(0.99));
                RegisterScreens.assertFits(page, viewport, "filters");
                register.screenshot(page, "filters-" + viewport.name());
                String shown = String.valueOf(register.api().count("location=case-2"));
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show " + shown + " pieces")).click();
                assertThat(toggle).hasAttribute("aria-expanded", "false");
            }

            rows(page).first().click();
            assertThat(page.getByRole(AriaRole.DIALOG).locator(".drawer-title")).isVisible();
            RegisterScreens.assertFits(page, viewport, "piece");
            register.screenshot(page, "piece-" + viewport.name());
        }
    }

    @Test
    void everyControlHasANameForScreenReaders() {
        Page page = register.open(Viewport.DESKTOP, "/inventory?piece=" + BoutiqueStock.SHOWCASE);
        assertThat(page.getByRole(AriaRole.DIALOG).locator(".drawer-title")).isVisible();
        Object unnamed = page.evaluate("() => [...document.querySelectorAll('input, select, button, a[href]')]"
                + ".filter(el => el.getClientRects().length)"
                + ".filter(el => !(el.labels?.length || el.getAttribute('aria-label') || el.textContent.trim() || el.querySelector('img[alt]')))"
                + ".map(el => el.outerHTML.slice(0, 120))");
        assertEquals(List.of(), unnamed);
    }

    /** Opens a filter group that starts closed and answers it. */
    private static Locator openFacet(Page page, String name) {
        Locator group = page.locator("details[data-facet=" + name + "]");
        group.locator("summary").click();
        assertThat(group).hasAttribute("open", "");
        return group;
    }

    /** The count beside {@code value} (the API's word) in a filter group. */
    private static Locator facetCount(Locator group, String value) {
        return group.locator("label.facet-option").filter(new Locator.FilterOptions()
                .setHas(group.page().locator("input[value='" + value + "']"))).locator(".facet-count");
    }

    /**
     * The group offers exactly the values /items/facets counts (no list of the screen's own), each with
     * what /items/count answers for it under {@code otherFilters} ("a=b&" or empty).
     */
    private static void assertOffersTheApisValuesAndCounts(Locator group, String name, JsonNode facets, String otherFilters) {
        List<String> values = new ArrayList<>();
        facets.path(name).fields().forEachRemaining(e -> {
            if (e.getValue().asInt() > 0) {
                values.add(e.getKey());
            }
        });
        assertTrue(values.size() > 1, "the stock has several values of " + name);
        assertThat(group.locator("input[type=checkbox]")).hasCount(values.size());
        for (String value : values) {
            int expected = register.api().count(otherFilters + name + "=" + value);
            assertEquals(facets.path(name).path(value).asInt(), expected, name + "=" + value);
            assertThat(facetCount(group, value)).hasText(String.valueOf(expected));
        }
    }

    private static Locator shownCount(Page page) {
        return page.locator(".summary-title .result-number");
    }

    private static Locator rows(Page page) {
        return page.locator(".results-table tbody tr[data-serial]");
    }

    private static Locator statusToggle(Page page, String status) {
        return page.locator(".status-bar").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(status));
    }

    private static List<String> serialsOf(String query) {
        List<String> serials = new ArrayList<>();
        for (JsonNode item : register.api().get("/api/v1/items?" + ApplianceApi.encodeQuery(query)).path("items")) {
            serials.add(item.path("serial").asText());
        }
        return serials;
    }
}
