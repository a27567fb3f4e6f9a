package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.assay.edge.staff.Role;
import io.assay.edge.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The staff screen: the owner adds people, changes roles and unlocks; the appliance's refusals (a taken
 * user name, a short PIN, the last owner) are shown where they belong; a manager only reads.
 */
class StaffScreenTest {

    @RegisterExtension
    static final RegisterHarness register = new RegisterHarness();

    @Test
    void theOwnerAddsAnAssociateAndPromotesHerToManager() {
        Page page = register.open(Viewport.DESKTOP, "/staff");
        assertThat(rows(page)).hasCount(register.api().get("/api/v1/staff").path("staff").size());

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a person")).click();
        Locator form = page.locator("#add-person");
        form.getByLabel("User name").fill("sophie");
        form.getByLabel("Full name").fill("Sophie Marchand");
        form.getByLabel("PIN").fill("654321");
        register.screenshot(page, "staff-add-desktop");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add person")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Sophie Marchand was added as Associate.");
        assertThat(form).isHidden();
        Locator sophie = page.locator("tr[data-user=sophie]");
        assertThat(sophie).containsText("PIN");
        assertThat(sophie.getByLabel("Role of Sophie Marchand")).hasValue("associate");

        sophie.getByLabel("Role of Sophie Marchand").selectOption("manager");

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Sophie Marchand is now Manager.");
        assertEquals("manager", register.api().staffMember("sophie").path("role").asText());
        register.screenshot(page, "staff-desktop");
    }

    @Test
    void whatTheApplianceRefusesIsShownBesideItsField() {
        Page page = register.open(Viewport.TABLET_LANDSCAPE, "/staff");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a person")).click();
        Locator form = page.locator("#add-person");
        form.getByLabel("User name").fill("marc");
        form.getByLabel("Full name").fill("Marc Olivier");
        form.getByLabel("PIN").fill("12");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add person")).click();

        assertThat(form.locator("#person-pin-error")).isVisible();
        assertThat(form.getByLabel("PIN")).isFocused();
        register.screenshot(page, "staff-refused-pin-tablet-landscape");

        form.getByLabel("User name").fill("owner");
        form.getByLabel("PIN").fill("123456");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add person")).click();

        assertThat(form.locator("#person-user-error")).containsText("owner");
        assertThat(form.locator("#person-pin-error")).isHidden();
    }

    @Test
    void theLastOwnerStaysOwner() {
        Page page = register.open(Viewport.DESKTOP, "/staff");
        Locator ownRole = page.locator("tr[data-user=owner]").getByRole(AriaRole.COMBOBOX);

        ownRole.selectOption("manager");

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("last owner");
        assertThat(ownRole).hasValue("owner");
        assertEquals("owner", register.api().staffMember("owner").path("role").asText());
    }

    @Test
    void aLockedOutPersonIsShownAndTheOwnerUnlocksThem() {
        ApiClient bench = new ApiClient(register.app().httpPort());
        lockOut(bench, "bench");
        Page page = register.open(Viewport.TABLET_PORTRAIT, "/staff");
        Locator row = page.locator("tr[data-user=bench]");
        assertThat(row).containsText("Locked until");
        register.screenshot(page, "staff-tablet-portrait");

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Unlock")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Bruno Moretti can sign in again.");
        assertThat(row).containsText("Active");
        assertEquals(200, bench.signIn("bench", RegisterHarness.person(Role.BENCH).pin()).status());
    }

    @Test
    void aManagerReadsTheStaffButChangesNothing() {
        Page page = register.open(Viewport.DESKTOP, "/staff", Role.MANAGER);

        assertThat(page.locator(".page-subtitle")).containsText("read only");
        assertThat(rows(page)).hasCount(register.api().get("/api/v1/staff").path("staff").size());
        assertThat(page.locator("tr[data-user=owner]")).containsText("Owner");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a person"))).hasCount(0);
        assertThat(page.locator(".staff-table select")).hasCount(0);
    }

    private static Locator rows(Page page) {
        return page.locator(".staff-table tbody tr[data-user]");
    }

    /** Wrong PINs until the appliance locks the account. */
    private static void lockOut(ApiClient client, String user) {
        for (int attempt = 0; attempt < 10; attempt++) {
            if (client.signIn(user, "000000").status() == 423) {
                return;
            }
        }
        throw new AssertionError(user + " was never locked out");
    }
}
