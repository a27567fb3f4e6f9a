package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.assay.edge.json.Json;
import io.assay.edge.staff.Role;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The audit screen as the auditor uses it: the journal narrowed by person, event and time (on the
 * boutique's clock), each event opened onto its data, the selection exported, and the chain verified;
 * every count the one the API gives for the same question.
 */
class AuditScreenTest {

    @RegisterExtension
    static final RegisterHarness register = new RegisterHarness();

    private static final String PIECE_EVENTS = "io.assay.piece.*";
    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @BeforeAll
    static void recordSomeHistory() {
        BoutiqueStock.plainRings(register.api(), "R-8001", "R-8002", "R-8003", "R-8004");
        register.api().patch("/api/v1/items/R-8002", Json.mapper().createObjectNode().put("status", "reserved"));
    }

    @Test
    void theAuditorNarrowsTheTrailToOnePersonsPieceEventsAndOpensOne() {
        Page page = register.open(Viewport.DESKTOP, "/audit", Role.AUDITOR);
        assertThat(page.locator(".page-subtitle")).hasText(total("") + " events, newest first");

        page.getByLabel("By", EXACT).fill("owner");
        page.getByLabel("Event", EXACT).fill(PIECE_EVENTS);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show events")).click();

        assertThat(page).hasURL(Pattern.compile(".*#/audit\\?actor=owner&type=io\\.assay\\.piece\\.\\*$"));
        JsonNode selection = register.api().get("/api/v1/audit?actor=owner&type=" + PIECE_EVENTS);
        int expected = selection.path("total").asInt();
        assertEquals(5, expected, "four pieces entered and one reserved by the owner");
        assertThat(page.locator(".page-subtitle")).hasText(expected + " events, newest first");
        Locator rows = page.locator(".audit-row");
        assertThat(rows).hasCount(expected);
        JsonNode newest = selection.path("items").get(0);
        Locator first = rows.first();
        assertThat(first).hasAttribute("data-seq", newest.path("seq").asText());
        assertThat(first.locator(".event-name")).hasText("Piece status changed");
        assertThat(first.locator(".col-when")).containsText(DateTimeFormatter.ofPattern("h:mm", Locale.US)
                .format(Instant.parse(newest.path("time").asText()).atZone(RegisterHarness.STORE_ZONE)));

        first.getByRole(AriaRole.BUTTON).click();
        Locator details = page.locator("#event-" + newest.path("seq").asText());
        assertThat(details).isVisible();
        assertThat(details.locator(".event-data")).containsText("\"reserved\"");
        register.screenshot(page, "audit-desktop");
    }

    @Test
    void aStartTimeIsTheBoutiquesAndTheExportsCarryTheFilters() {
        Page page = register.open(Viewport.TABLET_LANDSCAPE, "/audit?type=" + PIECE_EVENTS, Role.AUDITOR);
        assertThat(page.locator(".page-subtitle")).hasText(total("type=" + PIECE_EVENTS) + " events, newest first");
        // From the minute of the newest piece event on the boutique's clock: read on the tablet's clock, it
        // would be hours away and select all or nothing.
        JsonNode newest = register.api().get("/api/v1/audit?type=" + PIECE_EVENTS + "&size=1").path("items").get(0);
        LocalDateTime minute = LocalDateTime.ofInstant(Instant.parse(newest.path("time").asText()), RegisterHarness.STORE_ZONE)
                .truncatedTo(ChronoUnit.MINUTES);
        String from = minute.atZone(RegisterHarness.STORE_ZONE).toInstant().toString();

        page.getByLabel("From", EXACT).fill(minute.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show events")).click();

        int expected = total("type=" + PIECE_EVENTS + "&from=" + from);
        assertTrue(expected > 0, "the newest piece event is in the selection");
        assertThat(page.locator(".page-subtitle")).hasText(expected + " events, newest first");
        register.screenshot(page, "audit-tablet-landscape");

        Locator csv = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export CSV"));
        assertThat(csv).hasAttribute("href", Pattern.compile(".*format=csv.*type=io\\.assay\\.piece\\.\\*.*from=.*"));
        APIResponse file = page.request().get(register.baseUrl() + csv.getAttribute("href"));
        assertEquals(200, file.status());
        assertEquals(expected + 1, file.text().split("\r\n").length, "a header and a line per event");
        APIResponse lines = page.request().get(register.baseUrl()
                + page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export JSON lines")).getAttribute("href"));
        assertEquals(expected, lines.text().split("\n").length);
    }

    @Test
    void theAuditorVerifiesTheChain() {
        Page page = register.open(Viewport.TABLET_PORTRAIT, "/audit", Role.AUDITOR);
        assertThat(page.locator(".audit-row").first()).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify chain")).click();

        JsonNode verified = register.api().get("/api/v1/journal/verify");
        assertTrue(verified.path("ok").asBoolean());
        Locator result = page.locator(".chain-result");
        assertThat(result).hasClass(Pattern.compile(".*is-ok.*"));
        assertThat(result).containsText("The chain holds");
        assertThat(result).containsText(verified.path("count").asText() + " events");
        register.screenshot(page, "audit-verified-tablet-portrait");
    }

    /** What /api/v1/audit counts for {@code query} (encoded values). */
    private static int total(String query) {
        return register.api().get("/api/v1/audit?" + query).path("total").asInt();
    }
}
