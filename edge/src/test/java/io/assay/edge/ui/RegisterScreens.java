package io.assay.edge.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.assay.edge.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;

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

    static JsonNode json(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
