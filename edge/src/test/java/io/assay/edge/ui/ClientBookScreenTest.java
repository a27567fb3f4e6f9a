package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.ClientScreens.fits;
import static io.assay.edge.ui.ClientScreens.pictures;
import static io.assay.edge.ui.RegisterScreens.navigation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.assay.edge.json.Json;
import io.assay.edge.staff.Role;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client book at the counter: an associate enters a client with her partner and the dates that matter,
 * lands on her profile page, and finds the partner's birthday on the day's list; she is found again by the
 * start of her name or by her phone however it is written; a size the system does not have is refused
 * beside the field it was typed in. The screens read on a desktop, a tablet held upright and a phone.
 */
class ClientBookScreenTest {

    @RegisterExtension
    static final RegisterHarness register = new RegisterHarness();

    private static final String WISHED = "R-6101";
    private static final String BOUGHT = "R-6102";
    private static final String LAID_AWAY = "R-6103";
    /** A client with everything a profile page shows, and her purchase, her layaway and her wish. */
    private static String odile;

    @BeforeAll
    static void stockAndABook() {
        BoutiqueStock.certifiedRings(register.api(), WISHED, BOUGHT, LAID_AWAY);
        register.api().post("/api/v1/clients", client("Béatrice", "Lemaire", "+1 (415) 555-0199", "beatrice@example.com"));
        register.api().post("/api/v1/clients", client("Bernard", "Lefèvre", "+33 6 12 34 56 78", "bernard@example.com"));
        odile = register.api().post("/api/v1/clients", fullProfile()).path("id").asText();
        register.api().openRegister("reg-1", "200.00");
        register.api().sell(ApplianceApi.sale("reg-1", List.of(BOUGHT), ApplianceApi.card("2667.44", "visa", "4242", "OD1")).put("client", odile));
        ObjectNode layaway = Json.mapper().createObjectNode().put("register", "reg-1").put("client", odile).put("serial", LAID_AWAY);
        layaway.putArray("tenders").add(ApplianceApi.cash("600.00"));
        register.api().post("/api/v1/layaways", layaway);
        register.api().post("/api/v1/clients/" + odile + "/wishes", Json.mapper().createObjectNode().put("serial", WISHED), 200);
        register.api().post("/api/v1/clients/" + odile + "/notes", Json.mapper().createObjectNode().put("text", "Collects Art Deco pieces; "
                + "her husband Henri chooses the anniversary gift, call him first."));
    }

    @Test
    void anAssociateEntersAClientWithHerPartnerAndFindsThePartnersBirthdayInHerDay() {
        LocalDate today = LocalDate.now(RegisterHarness.STORE_ZONE);
        LocalDate birthday = today.plusDays(5).withYear(1988);
        Page page = register.open(Viewport.DESKTOP, "/clients", Role.ASSOCIATE);
        assertThat(navigation(page)).hasText(new String[] {"Inventory", "Register", "Returns", "Layaways", "Clients", "From HQ"});

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New client")).click();
        Locator form = page.locator(".client-form");
        form.getByLabel("Given name", new Locator.GetByLabelOptions().setExact(true)).first().fill("Amélie");
        form.getByLabel("Family name", new Locator.GetByLabelOptions().setExact(true)).first().fill("Durand");
        form.getByLabel("Language").selectOption("fr");
        form.getByLabel("Phone", new Locator.GetByLabelOptions().setExact(true)).fill("+1 212 555 0147");
        form.getByLabel("Email", new Locator.GetByLabelOptions().setExact(true)).fill("amelie@example.com");
        form.locator(".consent-option").filter(new Locator.FilterOptions().setHasText("Email")).click();
        assertThat(form.locator(".consent-option").filter(new Locator.FilterOptions().setHasText("Email")).locator(".consent-when"))
                .containsText("yes since");

        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+ Ring size")).first().click();
        Locator size = form.locator(".client-form-section").filter(new Locator.FilterOptions().setHasText("Sizes")).locator(".size-row");
        size.getByLabel("Size", new Locator.GetByLabelOptions().setExact(true)).fill("6");
        assertThat(size.locator(".size-conversion")).hasText("UK L · EU 52 · JP 12");
        form.getByLabel("Wrist", new Locator.GetByLabelOptions().setExact(true)).fill("16.5");

        Locator metals = form.getByLabel("Metals", new Locator.GetByLabelOptions().setExact(true));
        metals.fill("platinum");
        metals.press("Enter");
        form.getByLabel("Stones", new Locator.GetByLabelOptions().setExact(true)).fill("sapphire, diamond");
        form.getByLabel("Budget up to (USD)").fill("5,000");

        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+ Person")).click();
        Locator partner = form.locator(".person-card");
        assertThat(partner.getByLabel("Given name")).isFocused();
        partner.getByLabel("Given name").fill("Jules");
        partner.getByLabel("Family name").fill("Durand");
        partner.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+ Date")).click();
        partner.locator(".date-row").getByLabel("Date", new Locator.GetByLabelOptions().setExact(true)).fill(birthday.toString());

        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+ Date")).last().click();
        Locator anniversary = form.locator(".client-form-section").filter(new Locator.FilterOptions().setHasText("Dates to remember"))
                .locator(".date-row").last();
        anniversary.getByLabel("Kind").selectOption("anniversary");
        anniversary.getByLabel("Date", new Locator.GetByLabelOptions().setExact(true)).fill("2015-12-05");
        pictures(register, page, Viewport.DESKTOP, "client-form-desktop");

        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save client")).click();

        assertThat(page).hasURL(Pattern.compile(".*#/clients/C\\d{6}$"));
        Locator profile = page.locator(".client-profile");
        assertThat(profile.locator(".profile-name")).hasText("Amélie Durand");
        assertThat(profile.locator(".profile-badges .tier-badge")).hasText("New");
        assertThat(profile.locator(".size-table tbody tr")).containsText(new String[] {"Left ring"});
        assertThat(profile.locator(".size-table tbody tr").first()).containsText("L");
        Locator person = profile.locator(".person-row");
        assertThat(person).containsText("Jules Durand");
        assertThat(person).containsText("Partner");
        assertThat(person.locator(".person-next")).containsText("in 5 days");
        assertThat(person.locator(".person-next")).containsText("turns " + (today.plusDays(5).getYear() - 1988));
        assertThat(profile.locator(".client-dates .date-ahead").first()).containsText("Jules Durand’s birthday");
        assertThat(profile.locator(".client-tastes")).containsText("platinum");
        assertThat(profile.locator(".client-tastes")).containsText("up to $5,000");
        String id = profile.getAttribute("data-client");
        JsonNode saved = register.api().get("/api/v1/clients/" + id);
        assertEquals("email", saved.path("consents").path(0).path("channel").asText());
        assertEquals("5000.00", saved.path("preferences").path("budget").path("max").path("amount").asText());
        assertEquals(List.of("sapphire", "diamond"), List.of(saved.path("preferences").path("stones").path(0).asText(),
                saved.path("preferences").path("stones").path(1).asText()));
        register.screenshot(page, "client-profile-desktop");

        page.locator(".client-tabs").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("My day")).click();
        Locator dates = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Dates ahead"));
        Locator hers = dates.locator("li[data-client='" + id + "']").filter(new Locator.FilterOptions().setHasText("Jules Durand’s birthday"));
        assertThat(hers).containsText("Partner of Amélie Durand");
        assertThat(hers).containsText("+1 212 555 0147");
        assertThat(hers).containsText("in 5 days");
        assertThat(hers).containsText(birthdayLine(today.plusDays(5)));
        register.screenshot(page, "client-day-desktop");

        hers.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Jules Durand’s birthday")).click();
        assertThat(page.locator(".client-profile .profile-name")).hasText("Amélie Durand");
    }

    @Test
    void sheIsFoundByTheStartOfHerNameAndByHerPhoneWrittenAnotherWay() {
        Page page = register.open(Viewport.TABLET_PORTRAIT, "/clients", Role.ASSOCIATE);
        Locator search = page.getByLabel("Find a client");
        Locator found = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Clients found"));

        search.pressSequentially("Béa");
        assertThat(found.locator(".client-result")).hasCount(1);
        Locator beatrice = found.locator(".client-result").first();
        assertThat(beatrice.locator(".client-result-name")).hasText("Béatrice Lemaire");
        assertThat(beatrice.locator(".tier-badge")).hasText("New");
        assertThat(beatrice.locator(".client-result-contact")).containsText("+1 (415) 555-0199");
        assertThat(page).hasURL(Pattern.compile(".*#/clients\\?q=B%C3%A9a$"));
        register.screenshot(page, "client-search-tablet-portrait");

        search.fill("");
        search.pressSequentially("415.555.0199");
        assertThat(found.locator(".client-result-name")).hasText(new String[] {"Béatrice Lemaire"});

        search.fill("");
        search.pressSequentially("4155550199");
        assertThat(found.locator(".client-result-name")).hasText(new String[] {"Béatrice Lemaire"});
        search.press("Enter");
        assertThat(page.locator(".client-profile .profile-name")).hasText("Béatrice Lemaire");
    }

    @Test
    void aClientNotFoundIsEnteredFromTheSearchAndTheOneHeMayAlreadyBeIsNamed() {
        Page page = register.open(Viewport.DESKTOP, "/clients", Role.ASSOCIATE);
        page.getByLabel("Find a client").pressSequentially("b.lefevre@example.com");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New client “b.lefevre@example.com”")).click();

        Locator form = page.locator(".client-form");
        assertThat(form.getByLabel("Email", new Locator.GetByLabelOptions().setExact(true))).hasValue("b.lefevre@example.com");
        form.getByLabel("Given name", new Locator.GetByLabelOptions().setExact(true)).fill("Bernard");
        form.getByLabel("Family name", new Locator.GetByLabelOptions().setExact(true)).fill("Lefèvre");
        form.getByLabel("Phone", new Locator.GetByLabelOptions().setExact(true)).fill("06 12 34 56 78");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save client")).click();

        Locator maybe = page.locator(".duplicate-notice");
        assertThat(maybe).hasText("This may be Bernard Lefèvre (same phone).");
        register.screenshot(page, "client-duplicate-desktop");
        String entered = page.locator(".client-profile").getAttribute("data-client");
        maybe.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Bernard Lefèvre")).click();
        assertThat(page.locator(".client-profile")).not().hasAttribute("data-client", entered);
        assertThat(page.locator(".client-profile .profile-name")).hasText("Bernard Lefèvre");
        assertThat(page.locator(".client-contact")).containsText("bernard@example.com");
        assertThat(page.locator(".duplicate-notice")).hasCount(0);
    }

    @Test
    void aRingSizeTheSystemDoesNotHaveIsRefusedBesideItsField() {
        Page page = register.open(Viewport.TABLET_PORTRAIT, "/clients/new", Role.ASSOCIATE);
        Locator form = page.locator(".client-form");
        form.getByLabel("Family name", new Locator.GetByLabelOptions().setExact(true)).first().fill("Moreau");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+ Ring size")).first().click();
        Locator row = form.locator(".size-row").first();
        Locator value = row.getByLabel("Size", new Locator.GetByLabelOptions().setExact(true));
        value.fill("6.3");
        assertThat(row.locator(".size-conversion")).hasText("Not a US size");

        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save client")).click();

        Locator error = row.locator(".field-error:visible");
        assertThat(error).hasText("Must be a US size from 0 to 16 in quarters, such as 6 or 6.25, got '6.3'");
        assertThat(value).hasAttribute("aria-describedby", Pattern.compile(".*" + error.getAttribute("id") + ".*"));
        assertThat(value).isFocused();
        assertThat(page.locator(".client-form .notice-error")).hasText("Not saved: see what is marked.");
        assertThat(page).hasURL(Pattern.compile(".*#/clients/new$"));
        register.screenshot(page, "client-form-refused-tablet-portrait");

        value.fill("6.25");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save client")).click();
        assertThat(page.locator(".client-profile .profile-name")).hasText("Moreau");
    }

    @Test
    void theClientScreensReadOnADesktopATabletAndAPhoneAndAreNotOfferedToTheBenchOrTheAuditor() {
        String id = odile;
        for (Viewport viewport : List.of(Viewport.DESKTOP, Viewport.TABLET_PORTRAIT, Viewport.PHONE)) {
            Page page = register.open(viewport, "/clients/" + id, Role.MANAGER);
            assertThat(page.locator(".client-profile .profile-name")).hasText("Odile Marchand");
            assertThat(page.locator(".client-ideas .idea-row").first()).containsText("on the wish list");
            assertThat(page.locator(".client-purchases .purchase-row")).containsText("18k yellow gold band");
            assertThat(page.locator(".client-layaways")).containsText("Serial " + LAID_AWAY);
            assertThat(page.locator(".profile-badges .tier-badge")).hasText("New");
            fits(page, viewport, "client profile");
            pictures(register, page, viewport, "client-profile-" + viewport.name());

            page.evaluate("location.hash = '#/clients/" + id + "/edit'");
            assertThat(page.locator(".client-form .person-card")).hasCount(1);
            fits(page, viewport, "client form");
            pictures(register, page, viewport, "client-edit-" + viewport.name());

            page.evaluate("location.hash = '#/clients/day'");
            assertThat(page.locator(".day-dates li[data-client='" + id + "']")).containsText("Henri Marchand’s birthday");
            assertThat(page.locator(".day-wishes li[data-client='" + id + "']")).containsText("Wished for piece " + WISHED + ", in stock");
            assertThat(page.locator(".day-layaways li[data-client='" + id + "']")).containsText(LAID_AWAY);
            fits(page, viewport, "my day");
            pictures(register, page, viewport, "client-day-" + viewport.name());

            page.evaluate("location.hash = '#/clients?q=Od'");
            assertThat(page.locator(".client-result")).hasCount(1);
            fits(page, viewport, "client search");
            register.screenshot(page, "client-search-" + viewport.name());
        }
        for (Role role : List.of(Role.BENCH, Role.AUDITOR)) {
            Page page = register.open(Viewport.TABLET_LANDSCAPE, "/inventory", role);
            assertThat(navigation(page).first()).hasText("Inventory");
            assertThat(navigation(page).filter(new Locator.FilterOptions().setHasText("Clients"))).hasCount(0);
            page.evaluate("location.hash = '#/clients/" + id + "'");
            assertThat(page.locator(".refusal")).containsText("Your role cannot see the client book — ask a manager.");
        }
    }

    @Test
    void anOwnersEightScreensFitTheMastheadOfATabletEitherWayRound() {
        for (Viewport viewport : List.of(Viewport.TABLET_LANDSCAPE, Viewport.TABLET_PORTRAIT)) {
            Page page = register.open(viewport, "/clients", Role.OWNER);
            assertThat(navigation(page)).hasText(new String[] {"Inventory", "Register", "Returns", "Layaways", "Clients", "From HQ", "Staff", "Audit"});
            Object hidden = page.evaluate("() => { const nav = document.querySelector('.primary-nav'); return nav.scrollWidth - nav.clientWidth; }");
            assertEquals(0, ((Number) hidden).intValue(), viewport.name() + " hides screens of the navigation");
            fits(page, viewport, "owner's masthead");
            register.screenshot(page, "masthead-owner-" + viewport.name());
        }
    }

    /** "Wednesday, December 2" as the day's list writes the date. */
    private static String birthdayLine(LocalDate on) {
        return on.format(DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US));
    }

    private static ObjectNode client(String given, String family, String phone, String email) {
        ObjectNode client = Json.mapper().createObjectNode().put("givenName", given).put("familyName", family);
        client.putArray("phones").add(phone);
        client.putArray("emails").add(email);
        return client;
    }

    /** A client with everything a profile page shows: sizes, tastes, a partner and dates, a note and a wish. */
    private static ObjectNode fullProfile() {
        LocalDate soon = LocalDate.now(RegisterHarness.STORE_ZONE).plusDays(9);
        try {
            return (ObjectNode) Json.mapper().readTree("""
                    {"givenName": "Odile", "familyName": "Marchand", "phones": ["+1 646 555 0112", "+33 1 42 68 53 00"],
                     "emails": ["odile.marchand@example.com"], "language": "fr",
                     "consents": [{"channel": "email", "given": true, "at": "2026-11-01T10:00:00-05:00"},
                                  {"channel": "whatsapp", "given": true, "at": "2026-11-01T10:00:00-05:00"}],
                     "ringSizes": [{"hand": "left", "finger": "ring", "value": "6.5", "system": "US"},
                                   {"hand": "right", "finger": "middle", "value": "N", "system": "UK"}],
                     "wrist": {"value": "15.5", "unit": "cm"}, "necklace": {"value": "45", "unit": "cm"},
                     "preferences": {"metals": ["gold"], "colours": ["yellow", "rose"], "stones": ["diamond", "sapphire"],
                                     "designers": ["Maison Verdier"], "styles": ["vintage", "art deco"],
                                     "budget": {"min": {"amount": "1500.00", "currency": "USD"}, "max": {"amount": "9000.00", "currency": "USD"}}},
                     "relations": [{"kind": "spouse", "givenName": "Henri", "familyName": "Marchand",
                                    "ringSizes": [{"hand": "left", "finger": "ring", "value": "10", "system": "US"}],
                                    "milestones": [{"kind": "birthday", "date": "%s"}]}],
                     "milestones": [{"kind": "anniversary", "date": "2001-06-16", "leadDays": 21},
                                    {"kind": "custom", "label": "first visit", "date": "2019-03-02"}]}
                    """.formatted(soon.withYear(1970)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
