package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.RegisterScreens.choose;
import static io.assay.edge.ui.RegisterScreens.navigation;
import static io.assay.edge.ui.RegisterScreens.person;
import static io.assay.edge.ui.RegisterScreens.pinField;
import static io.assay.edge.ui.RegisterScreens.signIn;
import static io.assay.edge.ui.RegisterScreens.tapPin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.assay.edge.staff.Role;
import io.assay.edge.support.TestPieces;
import io.assay.edge.support.TestStaff;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Signing in at the register: a PIN on the keypad by finger or keyboard, a password instead, refusals
 * said plainly, switching user at a shared counter, signing out, and the register asking again when the
 * session ends, by the appliance or by the register left alone.
 */
class SignInScreenTest {

    @RegisterExtension
    static final RegisterHarness register = new RegisterHarness();

    @BeforeAll
    static void enterAFewPieces() {
        BoutiqueStock.plainRings(register.api(), "R-1001", "R-1002", "R-1003");
    }

    @Test
    void anAssociateSignsInByTappingTheirPinOnTheKeypad() {
        Page page = register.openSignedOut(Viewport.TABLET_LANDSCAPE, "/inventory");
        Locator signIn = signIn(page);
        assertThat(signIn.locator(".access-store")).hasText(register.api().get("/api/v1/store").path("name").asText());
        assertThat(person(page)).hasCount(0);
        register.screenshot(page, "sign-in-tablet-landscape");

        signIn.getByLabel("User name").fill("associate");
        tapPin(signIn, "3333339");
        signIn.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete last digit")).click();
        assertThat(pinField(signIn)).hasValue("333333");
        // A key pressed by finger leaves the field focused, so a keyboard can go on where the finger stopped.
        assertThat(pinField(signIn)).isFocused();
        signIn.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign in").setExact(true)).click();

        assertThat(signIn).isHidden();
        assertThat(person(page)).hasAttribute("aria-label", "Signed in: Amelia Chen, Associate");
        assertThat(navigation(page)).hasText(new String[] {"Inventory", "Register", "Returns", "Layaways", "Clients", "From HQ"});
        assertThat(page.locator(".summary-title .result-number")).hasText(String.valueOf(register.api().count("")));
    }

    @Test
    void aWrongPinTypedOnTheKeyboardIsRefusedAndTheRightOneSignsIn() {
        Page page = register.openSignedOut(Viewport.DESKTOP, "/staff");
        Locator signIn = signIn(page);
        assertThat(signIn.getByLabel("User name")).isFocused();

        page.keyboard().type("manager");
        page.keyboard().press("Enter");
        assertThat(pinField(signIn)).isFocused();
        page.keyboard().type("999999");
        page.keyboard().press("Enter");

        assertThat(signIn.getByRole(AriaRole.ALERT)).hasText("That user name and PIN do not match. Try again.");
        assertThat(pinField(signIn)).hasValue("");
        assertThat(pinField(signIn)).isFocused();
        register.screenshot(page, "sign-in-wrong-pin-desktop");

        page.keyboard().type("2222229");
        page.keyboard().press("Backspace");
        page.keyboard().press("Enter");

        assertThat(signIn).isHidden();
        assertThat(person(page)).hasAttribute("aria-label", "Signed in: Marcus Brandt, Manager");
        assertThat(navigation(page)).hasText(new String[] {"Inventory", "Register", "Returns", "Layaways", "Clients", "From HQ", "Staff"});
        assertThat(page.locator(".page-title")).hasText("Staff");
    }

    @Test
    void theOwnerMaySignInWithAPasswordInstead() {
        Page page = register.openSignedOut(Viewport.TABLET_PORTRAIT, "");
        Locator signIn = signIn(page);
        signIn.getByLabel("User name").fill(TestStaff.OWNER);
        signIn.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Use password instead")).click();

        assertThat(pinField(signIn)).isHidden();
        assertThat(signIn.getByLabel("Password")).isFocused();
        signIn.getByLabel("Password").fill(TestStaff.OWNER_PASSWORD);
        register.screenshot(page, "sign-in-password-tablet-portrait");
        signIn.getByLabel("Password").press("Enter");

        assertThat(person(page)).hasAttribute("aria-label", "Signed in: Olivia Laurent, Owner");
        assertThat(navigation(page)).hasText(new String[] {"Inventory", "Register", "Returns", "Layaways", "Clients", "From HQ", "Staff", "Audit"});
    }

    @Test
    void tooManyWrongPinsLockTheAccountAndTheScreenSaysUntilWhen() {
        Page page = register.openSignedOut(Viewport.DESKTOP, "");
        Locator signIn = signIn(page);
        signIn.getByLabel("User name").fill("bench");
        Locator refusal = signIn.locator(".notice-error");
        for (int attempt = 0; attempt < 6; attempt++) {
            pinField(signIn).fill("000000");
            // Each answer is awaited, and the lock read from it rather than from the screen, which may not have
            // shown it yet: a locked screen sends nothing more, and a try after the lock would wait for ever.
            Response answer = page.waitForResponse(r -> r.url().endsWith("/api/v1/session"), () -> pinField(signIn).press("Enter"));
            if (answer.status() == 423) {
                break;
            }
        }

        String atStore = DateTimeFormatter.ofPattern("h:mm", Locale.US)
                .format(Instant.parse(register.api().staffMember("bench").path("lockedUntil").asText()).atZone(RegisterHarness.STORE_ZONE));
        assertThat(refusal).containsText("This account is locked until");
        assertThat(refusal).containsText(atStore);
        register.screenshot(page, "sign-in-locked-desktop");
    }

    @Test
    void switchingUserKeepsTheScreenAndSigningOutAsksForAPinAgain() {
        Page page = register.open(Viewport.DESKTOP, "/inventory?status=in%20stock", Role.ASSOCIATE);
        assertThat(person(page)).hasAttribute("aria-label", "Signed in: Amelia Chen, Associate");
        Locator shown = page.locator(".summary-title .result-number");
        assertThat(shown).hasText(String.valueOf(register.api().count("status=in stock")));
        person(page).click();
        assertThat(page.locator("#person-menu")).isVisible();
        register.screenshot(page, "person-menu-desktop");
        person(page).click();

        choose(page, "Switch user");
        Locator signIn = signIn(page);
        assertThat(signIn.locator(".access-kicker")).hasText("Switch user");
        signIn.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
        assertThat(signIn).isHidden();
        assertThat(person(page)).hasAttribute("aria-label", "Signed in: Amelia Chen, Associate");

        choose(page, "Switch user");
        signIn.getByLabel("User name").fill("auditor");
        tapPin(signIn, "555555");
        pinField(signIn).press("Enter");

        assertThat(person(page)).hasAttribute("aria-label", "Signed in: Aisha Rahman, Auditor");
        assertThat(page).hasURL(Pattern.compile(".*#/inventory\\?status=in%20stock$"));
        assertThat(shown).hasText(String.valueOf(register.api().count("status=in stock")));
        assertThat(navigation(page)).hasText(new String[] {"Inventory", "From HQ", "Staff", "Audit"});
        assertEquals("auditor", RegisterScreens.json(RegisterScreens.session(page, register.baseUrl()).text()).path("user").asText());

        choose(page, "Sign out");
        assertThat(signIn).isVisible();
        for (int i = 0; i < 3; i++) {
            page.keyboard().press("Escape");
        }
        assertThat(signIn).isVisible();
        assertThat(navigation(page)).hasCount(0);
        assertEquals(401, RegisterScreens.session(page, register.baseUrl()).status());
    }

    @Test
    void whenTheSessionEndsTheRegisterAsksForAPinAndGoesOnWhereItWas() {
        Page page = register.open(Viewport.TABLET_LANDSCAPE, "/inventory?status=in%20stock");
        Locator shown = page.locator(".summary-title .result-number");
        assertThat(shown).hasText(String.valueOf(register.api().count("status=in stock")));

        // The appliance forgets the session (an idle timeout, a restart): the next call of the live feed finds out.
        assertEquals(204, page.request().delete(register.baseUrl() + "/api/v1/session").status());

        Locator signIn = signIn(page);
        assertThat(signIn).containsText("Your session ended. Sign in to carry on.");
        signIn.getByLabel("User name").fill(TestStaff.OWNER);
        pinField(signIn).fill(TestStaff.pin(Role.OWNER));
        pinField(signIn).press("Enter");

        assertThat(signIn).isHidden();
        assertThat(page).hasURL(Pattern.compile(".*#/inventory\\?status=in%20stock$"));
        assertThat(page.locator(".live-state")).hasClass(Pattern.compile(".*is-live.*"));
        register.api().post("/api/v1/items", TestPieces.ring("R-1099", null, "case-1"));
        assertThat(shown).hasText(String.valueOf(register.api().count("status=in stock")));
    }

    @Test
    void aRegisterLeftAloneSignsItselfOut() {
        Page page = register.open(Viewport.TABLET_LANDSCAPE, "/inventory");
        assertThat(person(page)).isVisible();
        JsonNode session = RegisterScreens.json(RegisterScreens.session(page, register.baseUrl()).text());
        long idleSeconds = session.path("idleTimeoutSeconds").asLong();

        page.clock().install();
        // The last touch, timed by the test's clock; the live feed's polling must not count as use.
        page.keyboard().press("Shift");
        page.clock().fastForward((idleSeconds + 1) * 1000);

        assertThat(signIn(page)).containsText("Signed out after " + idleSeconds / 60 + " minutes without use.");
        assertEquals(401, RegisterScreens.session(page, register.baseUrl()).status());
    }
}
