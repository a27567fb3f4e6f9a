package io.assay.edge.ui;

import static io.assay.edge.ui.RegisterScreens.assertFits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;

/** What the client book's screen tests share: the fit of a screen, and pictures of the whole of it. */
final class ClientScreens {

    private ClientScreens() {
    }

    /**
     * {@link RegisterScreens#assertFits}, and the page laid out at the device's own width: a phone's browser
     * widens its layout to whatever is too wide, which then scrolls nothing sideways but shows everything small.
     */
    static void fits(Page page, Viewport viewport, String state) {
        assertFits(page, viewport, state);
        assertEquals(viewport.width(), ((Number) page.evaluate("() => innerWidth")).intValue(),
                viewport.name() + " " + state + " is laid out wider than the screen");
    }

    /** Saves what the screen shows as {@code name}, then the whole page at the screen's width as {@code name-whole}. */
    static void pictures(RegisterHarness register, Page page, Viewport viewport, String name) {
        register.screenshot(page, name);
        page.setViewportSize(viewport.width(), ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue());
        register.screenshot(page, name + "-whole");
        page.setViewportSize(viewport.width(), viewport.height());
    }
}
