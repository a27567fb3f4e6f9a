package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.CounterScreen.addCard;
import static io.assay.edge.ui.CounterScreen.addCash;
import static io.assay.edge.ui.CounterScreen.cartLine;
import static io.assay.edge.ui.CounterScreen.charge;
import static io.assay.edge.ui.CounterScreen.scan;
import static io.assay.edge.ui.RegisterScreens.assertFits;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.assay.edge.staff.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The counter on every screen it runs on, for the owner (whose masthead offers the most screens): the
 * sale being built and the payment sheet never scroll sideways, and every control takes a finger.
 */
class CounterScreenSizesTest {

    @RegisterExtension
    static final RegisterHarness register = new RegisterHarness();

    private static final String RING = "ER-8301";

    @BeforeAll
    static void openARegister() {
        BoutiqueStock.certifiedRings(register.api(), RING);
        BoutiqueStock.counterItems(register.api());
        register.api().openRegister("reg-1", "200.00");
    }

    @Test
    void theSaleAndItsPaymentFitEveryScreenWithFingerSizedControls() {
        for (Viewport viewport : List.of(Viewport.DESKTOP, Viewport.TABLET_LARGE, Viewport.TABLET_LANDSCAPE,
                Viewport.TABLET_PORTRAIT, Viewport.PHONE)) {
            Page page = register.open(viewport, "/register", Role.OWNER);
            CounterScreen.choose(page, "Register 1");
            scan(page, RING);
            page.locator(".quick-button[data-sku='BATT-377']").click();
            assertThat(cartLine(page, "BATT-377")).isVisible();
            assertFits(page, viewport, "counter");
            register.screenshot(page, "register-" + viewport.name());

            Locator sheet = charge(page);
            addCard(sheet, "2000.00", "visa", "4242", "A1B2C3");
            addCash(sheet, null);
            assertFits(page, viewport, "payment");
            register.screenshot(page, "payment-" + viewport.name());
        }
    }
}
