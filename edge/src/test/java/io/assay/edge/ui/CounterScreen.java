package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** The register screen at the counter, as a test finds its parts and works them as an associate would. */
final class CounterScreen {

    private CounterScreen() {
    }

    /** Chooses which register this tablet is, on the screen's first visit in a browser profile. */
    static void choose(Page page, String registerName) {
        page.locator(".choice-button").filter(new Locator.FilterOptions().setHasText(registerName)).click();
        assertThat(page.locator(".register-name")).hasText(registerName);
    }

    /** Opens the chosen register, closed, with {@code amount} counted in as its float. */
    static void openWithFloat(Page page, String amount) {
        Locator form = page.locator(".open-form");
        form.getByLabel("Float (USD)").fill(amount);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open register")).click();
        assertThat(page.locator(".register-bar .chip")).hasText("Open");
    }

    /** Types or scans {@code text} into the big field and presses Enter, as a scanner does. */
    static void scan(Page page, String text) {
        Locator field = page.getByLabel("Scan or search");
        field.fill(text);
        field.press("Enter");
    }

    /** The sale's line for a serial, a SKU, or ({@code service-1}…) a service. */
    static Locator cartLine(Page page, String key) {
        return page.locator(".cart-line[data-key='" + key + "']");
    }

    /** The payment sheet, once Charge is pressed. */
    static Locator paymentSheet(Page page) {
        return page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Take payment"));
    }

    /** Presses Charge and answers the payment sheet. */
    static Locator charge(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Charge").setExact(true)).click();
        Locator sheet = paymentSheet(page);
        assertThat(sheet).isVisible();
        return sheet;
    }

    /** Adds a card payment of {@code amount} on the sheet, as the terminal printed it. */
    static void addCard(Locator sheet, String amount, String scheme, String last4, String authCode) {
        sheet.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+ Card")).click();
        Locator row = sheet.locator(".tender-row").last();
        row.getByLabel("Amount (USD)").fill(amount);
        row.getByLabel("Card scheme").selectOption(scheme);
        row.getByLabel("Last 4 digits").fill(last4);
        row.getByLabel("Auth code").fill(authCode);
    }

    /** Adds a cash payment: {@code amount} handed over, or null to keep what the sheet offers (what is left to pay). */
    static void addCash(Locator sheet, String amount) {
        sheet.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+ Cash")).click();
        if (amount != null) {
            sheet.locator(".tender-cash").last().getByLabel("Amount (USD)").fill(amount);
        }
    }

    static void completeSale(Locator sheet) {
        sheet.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Complete sale")).click();
    }

    /** The receipt shown once the appliance made the sale. */
    static Locator receipt(Page page) {
        return page.locator(".receipt");
    }

    /** The sale whose receipt is shown, as the appliance answers GET /api/v1/sales/{id}. */
    static JsonNode saleOnReceipt(Page page, ApplianceApi api) {
        assertThat(receipt(page)).isVisible();
        return api.get("/api/v1/sales/" + receipt(page).getAttribute("data-sale"));
    }

    /** {"amount": "1234.50", …} as a receipt shows it: "$1,234.50". */
    static String dollars(JsonNode money) {
        return NumberFormat.getCurrencyInstance(Locale.US).format(new BigDecimal(money.path("amount").asText()));
    }
}
