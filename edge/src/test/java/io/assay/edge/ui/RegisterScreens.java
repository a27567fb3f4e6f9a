package io.assay.edge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.assay.edge.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** What every register screen shares (the sign-in and enrolment screens, the masthead, the PIN pad), as a test finds it. */
final class RegisterScreens {

    private RegisterScreens() {
    }

    /** The sign-in screen, over whatever screen was open. */
    static Locator signIn(Page page) {
        return page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Sign in").setExact(true));
    }

    /** The enrolment screen of a store without an owner, in place of the sign-in screen. */
    static Locator enrolment(Page page) {
        return page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Enrol as the owner"));
    }

    /** The manager-approval dialog. */
    static Locator approval(Page page) {
        return page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("A manager must approve this"));
    }

    /** The signed-in person in the masthead; its accessible name is "Signed in: NAME, ROLE". */
    static Locator person(Page page) {
        return page.locator(".masthead .person-button");
    }

    /** The screens the navigation offers. */
    static Locator navigation(Page page) {
        return page.locator(".primary-nav a");
    }

    /** Chooses {@code action} ("Switch user", "Sign out") from the menu behind the person's name. */
    static void choose(Page page, String action) {
        person(page).click();
        page.locator("#person-menu").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(action)).click();
    }

    /** Presses each of {@code digits} on the PIN pad inside {@code scope}, as a finger would. */
    static void tapPin(Locator scope, String digits) {
        for (char digit : digits.toCharArray()) {
            scope.locator(".pin-key[data-key='" + digit + "']").click();
        }
    }

    /** The PIN field inside {@code scope}: its label is exactly "PIN" or "Manager PIN". */
    static Locator pinField(Locator scope) {
        return scope.locator("input.pin-field");
    }

    /** What the appliance says of this browser's session: the person, or a 401 problem. */
    static APIResponse session(Page page, String baseUrl) {
        return page.request().get(baseUrl + "/api/v1/session");
    }

    /**
     * No sideways scrolling, the masthead whole (however many screens a role is offered, the person's
     * menu stays on screen), and every control a finger uses at least 40 CSS pixels tall.
     */
    static void assertFits(Page page, Viewport viewport, String state) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertEquals(0, ((Number) overflow).intValue(), viewport.name() + " " + state + " scrolls sideways");
        Object personOff = page.evaluate("() => Math.max(0, Math.round(document.querySelector('.masthead .person-button')"
                + "?.getBoundingClientRect().right ?? 0) - innerWidth)");
        assertEquals(0, ((Number) personOff).intValue(), viewport.name() + " " + state + " pushes the person off the masthead");
        @SuppressWarnings("unchecked")
        List<String> small = new ArrayList<>((List<String>) page.evaluate("() => [...document.querySelectorAll("
                + "'button, select, input:not([type=checkbox]), label.facet-option, summary')]"
                + ".filter(el => el.checkVisibility({ visibilityProperty: true }))"
                + ".filter(el => { const r = el.getBoundingClientRect(); return r.right > 0 && r.left < innerWidth && r.bottom > 0 && r.top < innerHeight; })"
                + ".filter(el => el.getBoundingClientRect().height < 40)"
                + ".map(el => `${el.tagName.toLowerCase()}.${el.className} \"${el.textContent.trim().slice(0, 30)}\" ${Math.round(el.getBoundingClientRect().height)}px`)"));
        assertEquals(List.of(), small, viewport.name() + " " + state + " has controls too small to touch");
    }

    static JsonNode json(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
