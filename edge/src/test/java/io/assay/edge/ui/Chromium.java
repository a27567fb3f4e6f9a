package io.assay.edge.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium driven by Playwright. Playwright's own browser download is switched off:
 * the build machines and the store network cannot reach it, and Debian's build is what a register
 * tablet's kiosk runs.
 */
final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    /** The tablet's own time zone, set apart from the boutique's so that a test sees which one a screen uses. */
    static final String DEVICE_ZONE = "America/Los_Angeles";

    private final Playwright playwright;
    private final Browser browser;

    Chromium() {
        this.playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh browser profile (no cookies, no storage) with a screen of {@code viewport}. */
    BrowserContext newContext(Viewport viewport) {
        return browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(viewport.width(), viewport.height())
                .setHasTouch(viewport.touch())
                .setIsMobile(viewport.touch() && viewport.width() < 700)
                .setLocale("en-US")
                .setTimezoneId(DEVICE_ZONE));
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
