package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.RegisterScreens.choose;
import static io.assay.edge.ui.RegisterScreens.enrolment;
import static io.assay.edge.ui.RegisterScreens.navigation;
import static io.assay.edge.ui.RegisterScreens.person;
import static io.assay.edge.ui.RegisterScreens.signIn;
import static io.assay.edge.ui.RegisterScreens.tapPin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.assay.edge.json.Json;
import io.assay.edge.support.ApiClient;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A new boutique's first start: nobody owns the store yet, so the register asks for the one-time code
 * from the appliance's log instead of a sign-in. Whoever has it chooses a user name, a PIN and a password,
 * typed twice, and goes on as the owner; a wrong code, a secret typed differently or one the appliance
 * refuses is said under its field. Each test has a store of its own, just started.
 */
class EnrolmentScreenTest {

    @RegisterExtension
    static final RegisterHarness register = RegisterHarness.awaitingOwner();

    private static final String NAME = "Olivia Laurent";
    private static final String PIN = "481516";
    private static final String PASSWORD = "vitrine-du-matin";

    @Test
    void aStoreWithoutAnOwnerAsksForTheEnrolmentCodeInsteadOfASignIn() {
        assertTrue(awaitingOwner());
        for (Viewport viewport : List.of(Viewport.DESKTOP, Viewport.TABLET_PORTRAIT)) {
            Page page = register.openSignedOut(viewport, "/inventory");
            Locator enrolment = enrolment(page);

            assertThat(enrolment.locator(".access-store")).hasText(new ApiClient(register.app().httpPort())
                    .get("/api/v1/store").json().path("name").asText());
            assertThat(enrolment).containsText("This register has no owner yet. Type the one-time code from the appliance’s log"
                    + " (ask whoever installed it), then choose your sign-in.");
            assertThat(field(enrolment, "Enrolment code")).isFocused();
            assertThat(signIn(page)).hasCount(0);
            assertThat(person(page)).hasCount(0);
            register.screenshot(page, "enrolment-" + viewport.name());
        }
    }

    @Test
    void aCodeOneCharacterOffIsRefusedAtTheCodeField() {
        Page page = register.openSignedOut(Viewport.TABLET_LANDSCAPE, "");
        Locator enrolment = enrolment(page);
        String code = register.enrolmentCode();
        enterOwner(enrolment, (code.charAt(0) == '0' ? "1" : "0") + code.substring(1));
        send(enrolment);

        assertThat(enrolment.locator("#enrol-code-error"))
                .hasText("That code is not the one in the log. Check it there: a new one is printed at each start.");
        assertThat(field(enrolment, "Enrolment code")).isFocused();
        assertThat(field(enrolment, "PIN")).hasValue(PIN);
        register.screenshot(page, "enrolment-wrong-code-tablet-landscape");
        assertTrue(awaitingOwner());
    }

    @Test
    void aPinRepeatedDifferentlyOnTheKeyboardIsCaughtBeforeAnythingIsSent() {
        Page page = register.openSignedOut(Viewport.DESKTOP, "");
        AtomicInteger sent = new AtomicInteger();
        page.onRequest(request -> {
            if (request.url().endsWith("/api/v1/enrolment")) {
                sent.incrementAndGet();
            }
        });
        Locator enrolment = enrolment(page);

        // Enter goes on to the next field, the PIN pad's included.
        String[][] typing = {{"Enrolment code", register.enrolmentCode()}, {"User name", "olivia"}, {"Full name", NAME},
            {"Password", PASSWORD}, {"Repeat password", PASSWORD}, {"PIN", PIN}};
        for (String[] step : typing) {
            assertThat(field(enrolment, step[0])).isFocused();
            page.keyboard().type(step[1]);
            page.keyboard().press("Enter");
        }
        assertThat(field(enrolment, "Repeat PIN")).isFocused();
        page.keyboard().type("481561");
        page.keyboard().press("Enter");

        assertThat(enrolment.locator("#enrol-pin-repeat-error")).hasText("Not the PIN above: type it again.");
        assertThat(field(enrolment, "Repeat PIN")).hasValue("");
        assertThat(field(enrolment, "Repeat PIN")).isFocused();
        assertThat(field(enrolment, "PIN")).hasValue(PIN);
        register.screenshot(page, "enrolment-pin-mismatch-desktop");
        assertEquals(0, sent.get());
        assertTrue(awaitingOwner());
    }

    @Test
    void aPasswordTooShortIsRefusedByTheApplianceUnderThePasswordField() {
        Page page = register.openSignedOut(Viewport.TABLET_PORTRAIT, "");
        Locator enrolment = enrolment(page);
        field(enrolment, "Enrolment code").fill(register.enrolmentCode());
        field(enrolment, "User name").fill("olivia");
        field(enrolment, "Full name").fill(NAME);
        field(enrolment, "Password").fill("vitrine");
        field(enrolment, "Repeat password").fill("vitrine");
        // By finger: the keypad types into the PIN field last touched.
        field(enrolment, "PIN").tap();
        tapPin(enrolment, PIN);
        field(enrolment, "Repeat PIN").tap();
        tapPin(enrolment, PIN);
        assertThat(field(enrolment, "PIN")).hasValue(PIN);
        assertThat(field(enrolment, "Repeat PIN")).hasValue(PIN);
        send(enrolment);

        assertThat(enrolment.locator("#enrol-password-error")).hasText("A password is 10 characters or more");
        assertThat(field(enrolment, "Password")).isFocused();
        assertThat(field(enrolment, "Password")).hasValue("");
        assertThat(enrolment.locator("#enrol-code-error")).isHidden();
        register.screenshot(page, "enrolment-short-password-tablet-portrait");
        assertTrue(awaitingOwner());
    }

    @Test
    void theRightCodeTypedAnyHowMakesTheOwnerWhoStartsOnTheStaffScreen() {
        Page page = register.openSignedOut(Viewport.DESKTOP, "/inventory");
        Locator enrolment = enrolment(page);
        // As read aloud off the log: lower case, spaces for dashes.
        String spoken = register.enrolmentCode().toLowerCase(Locale.ROOT).replace('-', ' ');
        field(enrolment, "Enrolment code").fill(spoken);
        field(enrolment, "User name").pressSequentially("Olivia.Laurent");
        assertThat(field(enrolment, "User name")).hasValue("olivia.laurent");
        field(enrolment, "Full name").fill(NAME);
        field(enrolment, "Password").fill(PASSWORD);
        field(enrolment, "Repeat password").fill(PASSWORD);
        field(enrolment, "PIN").fill(PIN);
        field(enrolment, "Repeat PIN").fill(PIN);
        assertThat(field(enrolment, "Enrolment code")).hasValue(spoken);
        field(enrolment, "Repeat PIN").press("Enter");

        assertThat(enrolment).hasCount(0);
        assertThat(page).hasURL(Pattern.compile(".*#/staff$"));
        assertThat(page.locator(".page-title")).hasText("Staff");
        assertThat(person(page)).hasAttribute("aria-label", "Signed in: Olivia Laurent, Owner");
        assertThat(navigation(page)).hasText(new String[] {"Inventory", "Register", "Returns", "Layaways", "Clients", "From HQ", "Staff", "Audit"});
        Locator owner = page.locator("tr[data-user='olivia.laurent']");
        assertThat(owner).containsText(NAME);
        assertThat(owner.getByLabel("Role of Olivia Laurent")).hasValue("owner");
        register.screenshot(page, "enrolled-staff-desktop");
        assertFalse(awaitingOwner());

        // The enrolment was once: from now on the register asks who is there.
        choose(page, "Sign out");
        page.reload();
        Locator signIn = signIn(page);
        assertThat(signIn).isVisible();
        assertThat(enrolment(page)).hasCount(0);
        signIn.getByLabel("User name").fill("olivia.laurent");
        signIn.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Use password instead")).click();
        signIn.getByLabel("Password").fill(PASSWORD);
        signIn.getByLabel("Password").press("Enter");
        assertThat(person(page)).hasAttribute("aria-label", "Signed in: Olivia Laurent, Owner");
    }

    @Test
    void whenSomeoneElseEnrolsFirstTheRegisterAsksForASignInInstead() {
        Page page = register.openSignedOut(Viewport.TABLET_LANDSCAPE, "");
        Locator enrolment = enrolment(page);
        String code = register.enrolmentCode();
        enterOwner(enrolment, code);

        ApiClient otherRegister = new ApiClient(register.app().httpPort());
        assertEquals(201, otherRegister.post("/api/v1/enrolment", Json.mapper().createObjectNode().put("code", code)
                .put("user", "marc").put("name", "Marc Olivier").put("pin", "135790").put("password", "another-password")).status());
        send(enrolment);

        Locator signIn = signIn(page);
        assertThat(signIn).containsText("Someone has just enrolled as this store’s owner. Sign in, or ask them to add you.");
        assertThat(enrolment).hasCount(0);
        assertThat(person(page)).hasCount(0);
    }

    /** Fills in the owner Olivia with {@code code}, each secret typed twice alike. */
    private static void enterOwner(Locator enrolment, String code) {
        field(enrolment, "Enrolment code").fill(code);
        field(enrolment, "User name").fill("olivia");
        field(enrolment, "Full name").fill(NAME);
        field(enrolment, "Password").fill(PASSWORD);
        field(enrolment, "Repeat password").fill(PASSWORD);
        field(enrolment, "PIN").fill(PIN);
        field(enrolment, "Repeat PIN").fill(PIN);
    }

    private static void send(Locator enrolment) {
        enrolment.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enrol and sign in")).click();
    }

    /** The field labelled exactly {@code label} ("PIN" is not "Repeat PIN", nor the keypad's "Clear PIN"). */
    private static Locator field(Locator scope, String label) {
        return scope.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    private static boolean awaitingOwner() {
        return new ApiClient(register.app().httpPort()).get("/api/v1/store").json().path("awaitingOwner").asBoolean();
    }
}
