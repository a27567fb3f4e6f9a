package io.assay.edge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.assay.edge.ui.CounterScreen.addCard;
import static io.assay.edge.ui.CounterScreen.addCash;
import static io.assay.edge.ui.CounterScreen.charge;
import static io.assay.edge.ui.CounterScreen.completeSale;
import static io.assay.edge.ui.CounterScreen.receipt;
import static io.assay.edge.ui.CounterScreen.saleOnReceipt;
import static io.assay.edge.ui.CounterScreen.scan;
import static io.assay.edge.ui.RegisterScreens.assertFits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.assay.edge.staff.Role;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Old gold toward a sale: the payment sheet takes its metal, fineness, weight and seller, and leaves the
 * valuing to the appliance. The store has today's gold spot price, so 18k gold is valued and pays part of
 * the ring; it has no platinum price, so platinum is refused under the trade-in and nothing is sold.
 */
class TradeInTest {

    @RegisterExtension
    static final RegisterHarness register = new RegisterHarness();

    private static final String SOLD_FOR_GOLD = "R-8901";
    private static final String NOT_SOLD = "R-8902";

    /** 10.00 g of 18k gold: 7.5 fine grams at $2,480.00 a troy ounce, 70% paid out, rounded down. */
    private static final String TEN_GRAMS_18K = "418.60";

    @BeforeAll
    static void openTheRegister() {
        BoutiqueStock.certifiedRings(register.api(), SOLD_FOR_GOLD, NOT_SOLD);
        register.api().openRegister("reg-1", "200.00");
    }

    @Test
    void oldGoldIsValuedAtSpotAndACardPaysTheRest() throws ParseException {
        Page page = register.open(Viewport.DESKTOP, "/register", Role.ASSOCIATE);
        Locator row = tradeInRow(page, SOLD_FOR_GOLD);
        Locator sheet = CounterScreen.paymentSheet(page);
        assertThat(sheet.locator(".quote-total dd")).hasText("$2,667.44");
        assertThat(row.getByLabel("Metal")).hasValue("gold");
        assertThat(row.getByLabel("Fineness")).hasValue("18k");
        row.getByLabel("Weight", new Locator.GetByLabelOptions().setExact(true)).fill("10.00");
        row.getByLabel("Seller").fill("Margaret Okafor");
        BigDecimal total = new BigDecimal(NumberFormat.getCurrencyInstance(Locale.US)
                .parse(sheet.locator(".quote-total dd").textContent()).toString());
        String rest = total.subtract(new BigDecimal(TEN_GRAMS_18K)).setScale(2).toPlainString();
        addCard(sheet, rest, "visa", "4242", "GOLD18");
        register.screenshot(page, "trade-in-desktop");
        completeSale(sheet);

        JsonNode sale = saleOnReceipt(page, register.api());
        assertThat(receipt(page)).containsText("Trade-in 10.00 g 18k gold from Margaret Okafor");
        assertThat(receipt(page)).containsText("$418.60");
        register.screenshot(page, "trade-in-receipt-desktop");
        JsonNode tradeIn = sale.path("tenders").findParents("type").stream()
                .filter(t -> t.path("type").asText().equals("trade-in")).findFirst().orElseThrow();
        assertEquals(TEN_GRAMS_18K, tradeIn.path("amount").path("amount").asText());
        assertEquals("Margaret Okafor", tradeIn.path("tradeIn").path("seller").asText());
        assertEquals(total.toPlainString(), sale.path("total").path("amount").asText());
        assertEquals("sold", register.api().get("/api/v1/items/" + SOLD_FOR_GOLD).path("status").asText());
    }

    @Test
    void withoutASpotPriceTheTradeInIsRefusedUnderItsMetal() {
        Page page = register.open(Viewport.DESKTOP, "/register", Role.ASSOCIATE);
        Locator row = tradeInRow(page, NOT_SOLD);
        Locator sheet = CounterScreen.paymentSheet(page);
        assertThat(sheet.locator(".quote-total dd")).hasText("$2,667.44");
        row.getByLabel("Metal").selectOption("platinum");
        assertThat(row.getByLabel("Fineness")).hasValue("950");
        row.getByLabel("Weight", new Locator.GetByLabelOptions().setExact(true)).fill("10.00");
        row.getByLabel("Seller").fill("Margaret Okafor");
        addCash(sheet, "2300.00");
        completeSale(sheet);

        assertThat(row.locator("#" + row.getByLabel("Metal").getAttribute("id") + "-error")).containsText("No spot price for platinum today");
        register.screenshot(page, "trade-in-refused-desktop");
        assertEquals("in stock", register.api().get("/api/v1/items/" + NOT_SOLD).path("status").asText());
    }

    @Test
    void theTradeInFitsATabletStoodUpright() {
        Page page = register.open(Viewport.TABLET_PORTRAIT, "/register", Role.ASSOCIATE);
        Locator row = tradeInRow(page, NOT_SOLD);
        row.getByLabel("Metal").selectOption("silver");
        assertThat(row.getByLabel("Fineness")).hasValue("999");
        row.getByLabel("Fineness").selectOption("925");
        assertFits(page, Viewport.TABLET_PORTRAIT, "trade-in payment");
        register.screenshot(page, "trade-in-tablet-portrait");
    }

    /** {@code serial} in the sale, the payment sheet open and a trade-in added to it: answers the trade-in's row. */
    private static Locator tradeInRow(Page page, String serial) {
        CounterScreen.choose(page, "Register 1");
        scan(page, serial);
        Locator sheet = charge(page);
        sheet.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+ Trade-in")).click();
        return sheet.locator(".tender-trade-in");
    }
}
