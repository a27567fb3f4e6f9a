package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.CounterScreen.addCash;
import static io.assay.edge.ui.CounterScreen.cartLine;
import static io.assay.edge.ui.CounterScreen.charge;
import static io.assay.edge.ui.CounterScreen.completeSale;
import static io.assay.edge.ui.CounterScreen.saleOnReceipt;
import static io.assay.edge.ui.CounterScreen.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.assay.edge.staff.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An online client comes for the piece HQ held for them: the register sells it although it is reserved, says
 * on the line whom it is for, and the sale ends the hold. A piece the store reserved itself is still refused.
 * On the demo boutique, which opens with two pieces held for online clients.
 */
class ClickAndCollectSaleTest {

    @RegisterExtension
    static final RegisterHarness register = RegisterHarness.demo();

    @BeforeAll
    static void openTheRegister() {
        register.api().openRegister("reg-1", "200.00");
    }

    @Test
    void anOnlineClientCollectsTheirPieceAtTheRegisterWhileAnyOtherReservedPieceIsStillRefused() {
        JsonNode hold = register.api().get("/api/v1/hq/reservations").path("reservations").get(0);
        String held = hold.path("serial").asText();
        String otherReserved = reservedByTheStore();
        Page page = register.open(Viewport.DESKTOP, "/register", Role.ASSOCIATE);
        CounterScreen.choose(page, "Register 1");

        scan(page, otherReserved);
        assertThat(page.locator(".scan-note")).hasText(otherReserved + " is reserved: only a piece in stock can be sold.");
        scan(page, held);
        assertThat(cartLine(page, held).locator(".cart-line-collect")).hasText("Click & collect for " + hold.path("client").path("name").asText());
        assertThat(page.locator(".layaway-button")).isHidden();
        register.screenshot(page, "register-click-and-collect-desktop");
        Locator sheet = charge(page);
        addCash(sheet, null);
        completeSale(sheet);

        JsonNode sale = saleOnReceipt(page, register.api());
        assertEquals(held, sale.path("lines").get(0).path("serial").asText());
        assertEquals("sold", register.api().get("/api/v1/items/" + held).path("status").asText());
        List<String> stillHeld = new ArrayList<>();
        register.api().get("/api/v1/hq/reservations").path("reservations").forEach(r -> stillHeld.add(r.path("serial").asText()));
        assertFalse(stillHeld.contains(held), "collected, no longer held: " + stillHeld);
    }

    /** A piece the demo's staff reserved themselves (no online client holds it). */
    private static String reservedByTheStore() {
        List<String> online = new ArrayList<>();
        register.api().get("/api/v1/hq/reservations").path("reservations").forEach(r -> online.add(r.path("serial").asText()));
        for (JsonNode piece : register.api().get("/api/v1/items?status=reserved&size=50").path("items")) {
            if (!online.contains(piece.path("serial").asText()) && piece.has("retailPrice")) {
                return piece.path("serial").asText();
            }
        }
        throw new AssertionError("the demo has no piece reserved by the store");
    }
}
