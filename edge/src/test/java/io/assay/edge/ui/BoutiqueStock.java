package io.assay.edge.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.json.Json;
import io.assay.edge.support.TestPieces;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A small boutique entered through the API as staff would: cases with trays, a window and a safe, and a
 * few dozen varied pieces (every metal, coloured stones and diamonds, certificates, consignment and
 * repair, reservations and sales), plus one fully documented engagement ring with a photo, a scanned
 * GIA report and a history. Deterministic, so a failing screenshot shows the same stock every run.
 */
public final class BoutiqueStock {

    /** The fully documented piece. */
    public static final String SHOWCASE = "ER-1001";
    public static final String SHOWCASE_REPORT = "2141438171";
    /** Enough filler pieces for three pages at 25 per page. */
    public static final int FILLER = 72;
    /** A watch consigned by a Geneva dealer, priced in Swiss francs in a dollar boutique. */
    public static final String CONSIGNED = "W-3001";
    public static final String CONSIGNED_WORD = "chronograph";

    /** The tagged price of every ring of {@link #plainRings} and {@link #certifiedRings}, in dollars. */
    public static final String RING_PRICE = "2450.00";

    /** SKU, name, price, quantity on hand: what the counter sells by quantity, as the demo boutique does. */
    public static final String[][] COUNTER_ITEMS = {{"CLOTH-01", "Polishing cloth", "12.00", "40"},
        {"BOX-RING", "Ring box, navy leather", "18.00", "60"}, {"BOX-GIFT", "Gift box with ribbon", "8.00", "120"},
        {"BATT-377", "Watch battery SR626SW (377)", "15.00", "80"}, {"CLEAN-KIT", "Jewelry cleaning kit", "34.00", "25"}};

    private static final String[] CATEGORIES = {"ring", "band", "necklace", "pendant", "bracelet", "earrings", "brooch",
        "watch", "engagement ring", "loose stone"};
    private static final String[] LOCATIONS = {"tray-1a", "case-1", "tray-2a", "case-2", "window-1", "safe-1"};
    private static final String[] DESIGNERS = {"Maison Assay", "Elena Varga", "Oro Fino"};
    private static final String[] COLLECTIONS = {"Lumière", "Aurora", "Venezia"};
    private static final String[][] METALS = {{"gold", "18k", "yellow"}, {"platinum", "950", "white"},
        {"silver", "925", "white"}, {"gold", "14k", "rose"}};

    /** What was entered, for tests that need an id the API made. */
    public record Entered(String scanId, String photoId, int pieces) {
    }

    private BoutiqueStock() {
    }

    public static Entered enterInto(ApplianceApi api) {
        location(api, "case-1", "Bridal case", "case", null);
        location(api, "tray-1a", "Solitaires", "tray", "case-1");
        location(api, "case-2", "High jewellery", "case", null);
        location(api, "tray-2a", "Necklaces", "tray", "case-2");
        location(api, "window-1", "Rue window", "window", null);
        location(api, "safe-1", "Main safe", "safe", null);
        for (int i = 0; i < FILLER; i++) {
            JsonNode entered = api.post("/api/v1/items", filler(i));
            String serial = entered.path("serial").asText();
            if (i % 7 == 3 && entered.path("status").asText().equals("in stock")) {
                api.patch("/api/v1/items/" + serial, Json.mapper().createObjectNode().put("status", "reserved"));
                if (i % 14 == 3) {
                    api.patch("/api/v1/items/" + serial, Json.mapper().createObjectNode().put("status", "sold"));
                }
            }
        }
        String scan = api.upload(("%PDF-1.4\n% GIA report " + SHOWCASE_REPORT + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII), "application/pdf");
        String photo = api.upload(photo(), "image/png");
        api.post("/api/v1/items", showcase(scan, photo));
        api.patch("/api/v1/items/" + SHOWCASE, Json.mapper().createObjectNode().put("status", "reserved")
                .put("notes", "Held for Mme Laurent until Saturday"));
        ObjectNode newPrice = Json.mapper().createObjectNode();
        newPrice.putObject("retailPrice").put("amount", "13250.00").put("currency", "USD");
        api.patch("/api/v1/items/" + SHOWCASE, newPrice);
        api.post("/api/v1/items", consigned());
        return new Entered(scan, photo, FILLER + 2);
    }

    /** A bridal case holding plain rings with {@code serials}: stock for tests about something other than the stock. */
    public static void plainRings(ApplianceApi api, String... serials) {
        bridalCase(api, false, serials);
    }

    /**
     * A bridal case holding rings with {@code serials} at {@link #RING_PRICE}, each with a GIA report
     * numbered {@link #reportOf(String)}: what a register sells and prints on the receipt.
     */
    public static void certifiedRings(ApplianceApi api, String... serials) {
        bridalCase(api, true, serials);
    }

    /** The GIA report number of a ring of {@link #certifiedRings}. */
    public static String reportOf(String serial) {
        return "21" + String.format("%08d", Math.abs(serial.hashCode()) % 100_000_000);
    }

    /** Enters the {@link #COUNTER_ITEMS} as the owner would. */
    public static void counterItems(ApplianceApi api) {
        for (String[] line : COUNTER_ITEMS) {
            ObjectNode item = Json.mapper().createObjectNode().put("sku", line[0]).put("name", line[1])
                    .put("category", line[0].startsWith("BOX") ? "packaging" : "accessory").put("quantity", Integer.parseInt(line[3]));
            item.set("price", ApplianceApi.dollars(line[2]));
            api.post("/api/v1/stock-items", item);
        }
    }

    private static void bridalCase(ApplianceApi api, boolean certified, String... serials) {
        location(api, "case-1", "Bridal case", "case", null);
        for (String serial : serials) {
            ObjectNode ring = TestPieces.ring(serial, null, "case-1");
            if (certified) {
                ring.putArray("certificates").addObject().put("lab", "GIA").put("number", reportOf(serial)).put("date", "2025-02-11");
            }
            api.post("/api/v1/items", ring);
        }
    }

    private static void location(ApplianceApi api, String id, String name, String kind, String parent) {
        ObjectNode location = TestPieces.location(id, kind).put("name", name);
        if (parent != null) {
            location.put("parent", parent);
        }
        api.post("/api/v1/locations", location);
    }

    private static ObjectNode filler(int i) {
        String category = CATEGORIES[i % CATEGORIES.length];
        String serial = category.substring(0, 1).toUpperCase() + "-" + (2000 + i);
        ObjectNode piece = TestPieces.ring(serial, null, LOCATIONS[i % LOCATIONS.length]);
        piece.put("category", category);
        piece.put("designer", DESIGNERS[i % DESIGNERS.length]);
        piece.put("collection", COLLECTIONS[(i / 3) % COLLECTIONS.length]);
        boolean sapphire = i % 5 == 0;
        String[] metal = METALS[i % METALS.length];
        if (category.equals("loose stone")) {
            piece.remove(List.of("metal", "fineness"));
            piece.putObject("weight").put("value", "1.52").put("unit", "ct");
            piece.put("description", "Loose " + (sapphire ? "cushion sapphire" : "round diamond"));
        } else {
            piece.put("metal", metal[0]).put("fineness", metal[1]).put("metalColour", metal[2]);
            piece.putObject("weight").put("value", new BigDecimal("2.00").add(new BigDecimal("0.37").multiply(BigDecimal.valueOf(i))).toPlainString()).put("unit", "g");
            String stone = i % 3 == 0 && !sapphire ? "" : sapphire ? " with a cushion sapphire" : " with a round diamond";
            piece.put("description", metal[1] + " " + metal[2] + " " + metal[0] + " " + category + stone);
        }
        ArrayNode stones = piece.putArray("stones");
        if (sapphire) {
            stones.addObject().put("type", "sapphire").put("shape", "cushion").put("count", 1).put("caratWeight", "1.52")
                    .put("colour", "royal blue").put("origin", "Sri Lanka").put("treatment", "heat");
        } else if (i % 3 != 0 || category.equals("loose stone")) {
            stones.addObject().put("type", "diamond").put("shape", "round").put("count", 1).put("caratWeight", "0.72")
                    .put("colour", "G").put("clarity", "VS2").put("cut", "excellent");
            if (i % 6 == 1 && !category.equals("loose stone")) {
                // Ruby side stones beside the diamond: the piece counts under both stone types.
                stones.addObject().put("type", "ruby").put("shape", "round").put("count", 6).put("caratWeight", "0.48")
                        .put("colour", "pigeon blood red").put("origin", "Myanmar").put("treatment", "heat");
            }
        }
        if (i % 4 == 1 && !stones.isEmpty()) {
            piece.putArray("certificates").addObject().put("lab", i % 8 == 1 ? "GIA" : "IGI")
                    .put("number", String.valueOf(2_100_000_000L + i)).put("date", "2024-05-" + (10 + i % 18));
        }
        if (List.of("ring", "engagement ring", "band").contains(category)) {
            piece.putObject("ringSize").put("value", "6.5").put("system", "US");
        } else {
            piece.remove("ringSize");
        }
        piece.putObject("retailPrice").put("amount", (900 + (i * 7919L) % 60_000) + ".00").put("currency", "USD");
        piece.put("status", i % 9 == 4 ? "on memo in" : i % 11 == 5 ? "in repair" : "in stock");
        return piece;
    }

    private static ObjectNode showcase(String scan, String photo) {
        ObjectNode piece = TestPieces.ring(SHOWCASE, "3034257BF7194E4000001A85", "tray-1a");
        piece.put("style", "SOL-RD-100").put("category", "engagement ring")
                .put("description", "Round brilliant solitaire").put("designer", "Maison Assay").put("collection", "Lumière")
                .put("metal", "platinum").put("fineness", "950").put("metalColour", "white");
        piece.putObject("weight").put("value", "4.12").put("unit", "g");
        piece.putObject("ringSize").put("value", "6.5").put("system", "US");
        ArrayNode stones = piece.putArray("stones");
        stones.addObject().put("type", "diamond").put("shape", "round").put("count", 1).put("caratWeight", "1.01")
                .put("colour", "F").put("clarity", "VS1").put("cut", "excellent").put("polish", "excellent")
                .put("symmetry", "very good").put("fluorescence", "none");
        stones.addObject().put("type", "diamond").put("shape", "round").put("count", 24).put("caratWeight", "0.36")
                .put("colour", "G").put("clarity", "VS2");
        ObjectNode certificate = piece.putArray("certificates").addObject().put("lab", "GIA").put("number", SHOWCASE_REPORT)
                .put("date", "2024-03-18").put("scan", scan);
        certificate.putObject("grades").put("colour", "F").put("clarity", "VS1").put("cut", "excellent").put("caratWeight", "1.01");
        piece.putObject("cost").put("amount", "5200.00").put("currency", "USD");
        piece.putObject("retailPrice").put("amount", "12500.00").put("currency", "USD");
        piece.putArray("photos").add(photo);
        piece.put("status", "in stock");
        return piece;
    }

    private static ObjectNode consigned() {
        ObjectNode piece = TestPieces.ring(CONSIGNED, null, "safe-1");
        piece.put("category", "watch").put("description", "Rose gold " + CONSIGNED_WORD + " on consignment from Geneva")
                .put("designer", "Oro Fino").put("metal", "gold").put("fineness", "18k").put("metalColour", "rose");
        piece.putObject("weight").put("value", "98.40").put("unit", "g");
        piece.putObject("retailPrice").put("amount", "18400.00").put("currency", "CHF");
        piece.put("status", "on memo in");
        return piece;
    }

    /** A small real PNG: a platinum-grey gradient standing in for a product photo. */
    private static byte[] photo() {
        BufferedImage image = new BufferedImage(160, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(236, 233, 228), 160, 160, new Color(150, 146, 140)));
        g.fillRect(0, 0, 160, 160);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
