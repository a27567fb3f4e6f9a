package io.assay.edge.ui;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.ScreenshotAnimations;
import io.assay.edge.AssayApp;
import io.assay.edge.StartupException;
import io.assay.edge.config.AssayConfig;
import io.assay.edge.demo.DemoDevices;
import io.assay.edge.demo.DemoStaff;
import io.assay.edge.inventory.Metal;
import io.assay.edge.sales.SaleTerms;
import io.assay.edge.sales.TradeIn;
import io.assay.edge.staff.Role;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.TempTrees;
import io.assay.edge.support.TestStaff;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Everything a register screen test needs, for one test class: a real appliance on a free port over a
 * fresh data directory, with one person per role (the demo's people and PINs, the owner enrolled with the
 * one-time code as a real store would), its API signed in as the owner for seeding and for checking what
 * the screen shows, and headless Chromium. Its registers reg-1 and reg-2 start closed; sales are taxed
 * {@link #SALES_TAX} percent on top of the tagged prices; old gold is taken in trade at {@link #TRADE_IN_PAYOUT}
 * percent of {@link #GOLD_SPOT}, and no other metal has a spot price; euro notes are taken at {@link #EURO_RATE}. Each test gets fresh browser profiles; a failed
 * test leaves a screenshot of every page it opened under {@code target/screenshots}. A JavaScript error on
 * any page fails the test.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final RegisterHarness register = new RegisterHarness();
 * </pre>
 * Seed stock in a static {@code @BeforeAll} (it runs after the appliance has started), then open pages
 * with {@link #open(Viewport, String)} (the owner signed in), {@link #open(Viewport, String, Role)} or
 * {@link #openSignedOut(Viewport, String)}.
 * <p>
 * {@link #awaitingOwner()} gives instead each test a store of its own on its first start, nobody enrolled:
 * the screen enrols its owner with {@link #enrolmentCode()}, and there is no {@link #api()}.
 */
public final class RegisterHarness implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** Where screenshots go, relative to the edge module (Maven runs tests there). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** The boutique's time zone; the browser's is {@link Chromium#DEVICE_ZONE}. */
    static final ZoneId STORE_ZONE = ZoneId.of("Pacific/Auckland");

    /** The boutique's sales tax, added at the till on every line: the register learns the total from the appliance. */
    static final BigDecimal SALES_TAX = new BigDecimal("8.875");
    /** Today's gold spot price per troy ounce, in dollars: the store values old gold, and only gold, for a trade-in. */
    static final BigDecimal GOLD_SPOT = new BigDecimal("2480.00");

    /** What the store pays for old gold, in percent of its metal's worth at spot. */
    static final BigDecimal TRADE_IN_PAYOUT = new BigDecimal("70");

    /** Dollars the store gives for one euro note: the only foreign currency it takes. */
    static final BigDecimal EURO_RATE = new BigDecimal("1.0850");

    private static final AssayConfig.Sales STORE_SALES = new AssayConfig.Sales(List.of("reg-1", "reg-2"),
            new SaleTerms(false, SALES_TAX, Map.of(), true, BigDecimal.ZERO, BigDecimal.TEN,
                    new TradeIn.Terms(Map.of(Metal.GOLD, GOLD_SPOT), TRADE_IN_PAYOUT), Map.of("EUR", EURO_RATE)), 30);

    private final boolean enrolled;
    private final boolean counterDevices;
    private final boolean demo;
    private DemoDevices devices;
    private Path dataDir;
    private AssayApp app;
    private ApplianceApi api;
    private Chromium chromium;
    private String testName;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> pageErrors = new ArrayList<>();

    /** A store with its owner enrolled and one person per role, shared by the class's tests. */
    public RegisterHarness() {
        this(true);
    }

    private RegisterHarness(boolean enrolled) {
        this(enrolled, false, false);
    }

    private RegisterHarness(boolean enrolled, boolean counterDevices, boolean demo) {
        this.enrolled = enrolled;
        this.counterDevices = counterDevices;
        this.demo = demo;
    }

    /**
     * A store whose register 1 has the demo's counter devices, simulators on loopback TCP driven by the real
     * drivers: an A&D scale, an R2000 pad and an ESC/POS printer with a drawer ({@link #devices()}).
     */
    public static RegisterHarness withCounterDevices() {
        return new RegisterHarness(true, true, false);
    }

    /**
     * The demo boutique as {@code --demo} seeds it (its pieces and people, HQ's work waiting, its simulated
     * counter devices), on this harness's terms and clock.
     */
    public static RegisterHarness demo() {
        return new RegisterHarness(true, false, true);
    }

    /** The simulated counter devices, with {@link #withCounterDevices()}. */
    public DemoDevices devices() {
        return devices;
    }

    /** A new store for each test, on its first start: nobody has enrolled as its owner yet. */
    public static RegisterHarness awaitingOwner() {
        return new RegisterHarness(false);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException, StartupException {
        chromium = new Chromium();
        // Refreshes go through the network and the journal poll; a slow shared build machine needs slack.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        if (enrolled) {
            startAppliance();
            ApiClient owner = TestStaff.owner(app.httpPort(), app.enrolmentCode());
            for (Role role : Role.values()) {
                TestStaff.as(role, app.httpPort(), owner);
            }
            api = new ApplianceApi(baseUrl(), owner);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            stopAppliance();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException, StartupException {
        testName = context.getRequiredTestMethod().getName();
        pageErrors.clear();
        if (!enrolled) {
            startAppliance();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            closeBrowsers(context);
        } finally {
            if (!enrolled) {
                stopAppliance();
            }
        }
        if (context.getExecutionException().isEmpty() && !pageErrors.isEmpty()) {
            throw new AssertionError("the page raised JavaScript errors: " + pageErrors);
        }
    }

    private void startAppliance() throws IOException, StartupException {
        dataDir = Files.createTempDirectory("assay-ui-");
        AssayConfig plain = AssayConfig.forTest(dataDir, demo);
        // The boutique's clock differs from the tablet's (Chromium runs in Los Angeles): times must show the boutique's.
        devices = counterDevices ? DemoDevices.start(dataDir) : null;
        app = AssayApp.start(new AssayConfig(plain.http(), new AssayConfig.StoreIdentity(plain.store().tenant(),
                plain.store().id(), plain.store().name(), plain.store().currency(), STORE_ZONE), dataDir, demo, plain.maxBatch(),
                plain.staff(), STORE_SALES, devices == null ? AssayConfig.Devices.NONE : devices.devices(AssayConfig.Devices.NONE)));
    }

    private void stopAppliance() throws IOException {
        try {
            if (app != null) {
                app.close();
            }
            if (devices != null) {
                devices.close();
                devices = null;
            }
        } finally {
            app = null;
            if (dataDir != null) {
                TempTrees.delete(dataDir);
            }
            dataDir = null;
        }
    }

    /** Leaves a screenshot of every page a failed test opened, then closes the test's browser profiles. */
    private void closeBrowsers(ExtensionContext context) {
        try {
            if (context.getExecutionException().isPresent()) {
                int n = 0;
                for (BrowserContext browser : contexts) {
                    for (Page page : browser.pages()) {
                        screenshot(page, "FAILED-" + testName + (n++ == 0 ? "" : "-" + n));
                    }
                }
            }
        } finally {
            contexts.forEach(BrowserContext::close);
            contexts.clear();
        }
    }

    /** The appliance's address, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + app.httpPort();
    }

    /** The API signed in as the owner; not for a store {@link #awaitingOwner()}. */
    public ApplianceApi api() {
        if (api == null) {
            throw new IllegalStateException("this store has no owner to call the API as: see awaitingOwner()");
        }
        return api;
    }

    /** The one-time code a store {@link #awaitingOwner()} prints in its log, as printed ({@code ABCD-EFGH-JKMN}). */
    public String enrolmentCode() {
        return app.enrolmentCode().orElseThrow(() -> new IllegalStateException("the store has an owner already"));
    }

    public AssayApp app() {
        return app;
    }

    /**
     * Opens the register at {@code hash} (e.g. {@code "/inventory?status=sold"}, or empty for the start
     * screen) in a fresh browser profile on {@code viewport}, with the owner signed in.
     */
    public Page open(Viewport viewport, String hash) {
        return open(viewport, hash, Role.OWNER);
    }

    /**
     * As {@link #open(Viewport, String)}, with {@code role}'s person signed in. The sign-in goes through
     * the API from the browser profile itself (its cookie jar keeps the session), so only the sign-in
     * screen's own tests spend time on the PIN pad.
     */
    public Page open(Viewport viewport, String hash, Role role) {
        BrowserContext browser = newBrowser(viewport);
        APIResponse answer = browser.request().post(baseUrl() + "/api/v1/session", RequestOptions.create()
                .setData(Map.of("user", person(role).user(), "pin", person(role).pin())));
        if (answer.status() != 200) {
            throw new AssertionError("signing in as " + role + " answered " + answer.status() + ": " + answer.text());
        }
        return navigate(browser, viewport, hash);
    }

    /** As {@link #open(Viewport, String)}, with nobody signed in: the register shows its sign-in screen. */
    public Page openSignedOut(Viewport viewport, String hash) {
        return navigate(newBrowser(viewport), viewport, hash);
    }

    /** The person of {@code role} in this store: user name, name and PIN (the README's demo people). */
    public static DemoStaff.Account person(Role role) {
        return DemoStaff.ACCOUNTS.stream().filter(a -> a.role() == role).findFirst().orElseThrow();
    }

    private BrowserContext newBrowser(Viewport viewport) {
        BrowserContext browser = chromium.newContext(viewport);
        contexts.add(browser);
        return browser;
    }

    private Page navigate(BrowserContext browser, Viewport viewport, String hash) {
        Page page = browser.newPage();
        page.onPageError(error -> pageErrors.add(viewport.name() + ": " + error));
        page.navigate(baseUrl() + "/" + (hash.isEmpty() ? "" : "#" + hash));
        return page;
    }

    /** Saves what {@code page} shows as {@code target/screenshots/<name>.png} and answers the file. */
    public Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        // Transitions (the filter sheet sliding in) are finished first, so a picture shows the settled screen.
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setAnimations(ScreenshotAnimations.DISABLED));
        return file;
    }

}
