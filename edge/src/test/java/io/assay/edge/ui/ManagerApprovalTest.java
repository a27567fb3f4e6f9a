package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.RegisterScreens.approval;
import static io.assay.edge.ui.RegisterScreens.pinField;
import static io.assay.edge.ui.RegisterScreens.tapPin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.assay.edge.staff.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A sensitive change asked by someone who may not approve it: a manager steps up to the same register and
 * types their PIN, and the journal names both people. Without a manager, nothing changes.
 */
class ManagerApprovalTest {

    @RegisterExtension
    static final RegisterHarness register = new RegisterHarness();

    @BeforeAll
    static void enterPieces() {
        BoutiqueStock.plainRings(register.api(), "R-6001", "R-6002", "R-6003");
    }

    @Test
    void anAssociateWritesOffAPieceOnceAManagerTypesTheirPin() {
        Locator drawer = askToMove("R-6001", "written off", Role.ASSOCIATE, Viewport.DESKTOP);
        Page page = drawer.page();

        Locator approval = approval(page);
        assertThat(approval).isVisible();
        assertThat(approval.getByLabel("Manager’s user name")).isFocused();
        register.screenshot(page, "approval-desktop");
        approval.getByLabel("Manager’s user name").fill("manager");
        tapPin(approval, "000000");
        approval.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();

        assertThat(approval.getByRole(AriaRole.ALERT)).isVisible();
        assertThat(pinField(approval)).hasValue("");
        register.screenshot(page, "approval-refused-desktop");
        assertEquals("in stock", status("R-6001"));

        tapPin(approval, "222222");
        approval.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();

        assertThat(approval).isHidden();
        assertThat(drawer.locator(".drawer-kicker .chip")).hasText("Written off");
        assertThat(drawer.locator("#piece-history .timeline-entry").first()).containsText("approved by manager");
        JsonNode writtenOff = register.api().latestEvent("R-6001");
        assertEquals("io.assay.piece.status-changed", writtenOff.path("type").asText());
        assertEquals("associate", writtenOff.path("actor").asText());
        assertEquals("manager", writtenOff.path("approver").asText());

        Page audit = register.open(Viewport.DESKTOP, "/audit?subject=R-6001&type=io.assay.piece.status-changed");
        assertThat(audit.locator(".audit-row .approver")).hasText("approved by manager");
    }

    @Test
    void withoutAManagerThePieceStaysAsItWas() {
        Locator drawer = askToMove("R-6002", "missing", Role.ASSOCIATE, Viewport.TABLET_PORTRAIT);
        Page page = drawer.page();
        assertThat(approval(page)).isVisible();
        register.screenshot(page, "approval-tablet-portrait");

        page.keyboard().press("Escape");

        assertThat(approval(page)).isHidden();
        assertThat(drawer.locator(".status-change-error")).hasText("Not done: no manager approved it.");
        assertThat(drawer.locator(".drawer-kicker .chip")).hasText("In stock");
        assertEquals("in stock", status("R-6002"));
    }

    @Test
    void aManagerMarksAPieceMissingWithoutAskingAnyone() {
        Locator drawer = askToMove("R-6003", "missing", Role.MANAGER, Viewport.TABLET_LANDSCAPE);
        Page page = drawer.page();

        assertThat(drawer.locator(".drawer-kicker .chip")).hasText("Missing");
        assertThat(approval(page)).hasCount(0);
        assertEquals("manager", register.api().latestEvent("R-6003").path("actor").asText());
        register.screenshot(page, "piece-status-changed-tablet-landscape");
    }

    /** Opens the piece's drawer with {@code role}'s person signed in and asks for {@code status}; answers the drawer. */
    private static Locator askToMove(String serial, String status, Role role, Viewport viewport) {
        Locator drawer = register.open(viewport, "/inventory?piece=" + serial, role).locator(".drawer");
        drawer.getByLabel("Move to").selectOption(status);
        drawer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change status")).click();
        return drawer;
    }

    private static String status(String serial) {
        return register.api().get("/api/v1/items/" + serial).path("status").asText();
    }
}
