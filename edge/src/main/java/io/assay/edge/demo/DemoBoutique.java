package io.assay.edge.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.inventory.Category;
import io.assay.edge.inventory.Weight;
import io.assay.edge.inventory.WeightUnit;
import io.assay.edge.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The demo boutique's stock, generated from a seed: its locations and its pieces, as the API takes them.
 * The same seed always gives the same boutique. Generating touches no store; {@link DemoSeeder} writes
 * the result through the one write path.
 */
public final class DemoBoutique {

    /** The seed {@code --demo} uses. */
    public static final long SEED = 1_887L;
    /** How many pieces {@code --demo} stocks. */
    public static final int PIECES = 1_800;

    private static final Odds<Category> STOCK_MIX = Odds.of(Category.ENGAGEMENT_RING, 20).or(Category.EARRINGS, 13)
            .or(Category.RING, 12).or(Category.PENDANT, 10).or(Category.BAND, 9).or(Category.NECKLACE, 7)
            .or(Category.BRACELET, 7).or(Category.WATCH, 7).or(Category.LOOSE_STONE, 8).or(Category.OTHER, 4)
            .or(Category.BROOCH, 3).build();
    /** The share of each category that comes from the estate case. */
    private static final Map<Category, Double> ESTATE_SHARE = Map.of(Category.RING, 0.12, Category.BRACELET, 0.10,
            Category.NECKLACE, 0.08, Category.PENDANT, 0.08, Category.EARRINGS, 0.06, Category.BROOCH, 0.55);
    private static final BigDecimal GRAMS_PER_CARAT = new BigDecimal("0.2");
    private static final int FIRST_SERIAL_NUMBER = 10_001;

    private final List<ObjectNode> locations;
    private final List<DemoPiece> pieces;

    private DemoBoutique(List<ObjectNode> locations, List<DemoPiece> pieces) {
        this.locations = locations;
        this.pieces = pieces;
    }

    /**
     * Generates a boutique of {@code count} pieces priced in {@code currency}.
     *
     * @param seed the seed of every decision: the same seed gives the same boutique
     */
    public static DemoBoutique generate(long seed, int count, Currency currency) {
        Dice dice = new Dice(seed);
        StoneSupply supply = new StoneSupply(dice);
        BridalBench bridal = new BridalBench(dice, supply);
        JewelryBench jewelry = new JewelryBench(dice, supply);
        SpecialtyBench specialty = new SpecialtyBench(dice, supply);
        EstateBench estate = new EstateBench(dice, supply);
        PriceBook prices = new PriceBook(currency);
        TagRoll tags = new TagRoll();
        Map<Category, Integer> numbers = new EnumMap<>(Category.class);
        ObjectMapper mapper = Json.mapper();

        List<DemoPiece> pieces = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Category category = STOCK_MIX.roll(dice);
            Draft draft = dice.chance(ESTATE_SHARE.getOrDefault(category, 0.0))
                    ? estate.piece(category)
                    : switch (category) {
                        case ENGAGEMENT_RING -> bridal.engagementRing();
                        case BAND -> bridal.band();
                        case RING -> bridal.ring();
                        case NECKLACE -> jewelry.necklace();
                        case PENDANT -> jewelry.pendant();
                        case BRACELET -> jewelry.bracelet();
                        case EARRINGS -> jewelry.earrings();
                        case WATCH -> specialty.watch();
                        case LOOSE_STONE -> specialty.looseStone();
                        case BROOCH -> specialty.brooch();
                        case OTHER -> specialty.other();
                    };
            BigDecimal metal = draft.alloy == null ? BigDecimal.ZERO
                    : prices.metal(draft.alloy.metal(), draft.alloy.fineness(), draft.metalGrams);
            PriceBook.Quote quote = prices.quote(dice, category, metal, draft.stones,
                    PriceBook.workmanship(dice, category, draft.stonesSet()));
            Placement placement = Placement.of(dice, draft, quote.retail());
            int number = numbers.merge(category, FIRST_SERIAL_NUMBER, (a, b) -> a + 1);
            // Most pieces carry a tag; loose stones mostly travel in their parcel paper instead.
            boolean tagged = dice.chance(category == Category.LOOSE_STONE ? 0.25 : 0.92);

            ObjectNode entry = entry(draft, number, tagged ? tags.next(category, draft.model) : null, quote, placement);
            ObjectNode change = null;
            if (placement.later() != null) {
                change = mapper.createObjectNode().put("status", placement.later().label())
                        .put("location", placement.laterAt()).put("notes", placement.laterNotes());
            }
            pieces.add(new DemoPiece(entry, change));
        }
        return new DemoBoutique(BoutiqueLayout.locations(), List.copyOf(pieces));
    }

    /** The locations, parents before the trays inside them. */
    public List<ObjectNode> locations() {
        return locations;
    }

    public List<DemoPiece> pieces() {
        return pieces;
    }

    /** The piece as the API takes it. */
    private static ObjectNode entry(Draft draft, int number, String epc, PriceBook.Quote quote, Placement placement) {
        ObjectMapper mapper = Json.mapper();
        ObjectNode entry = mapper.createObjectNode();
        entry.put("serial", draft.categoryCode + "-" + number);
        if (epc != null) {
            entry.put("epc", epc);
        }
        if (draft.line != null) {
            entry.put("style", draft.line.style(draft.categoryCode, draft.model));
        }
        entry.put("category", draft.category.label());
        entry.put("description", Words.capitalised(draft.description));
        if (draft.line != null && draft.line.designer() != null) {
            entry.put("designer", draft.line.designer());
        }
        if (draft.line != null) {
            entry.put("collection", draft.line.collection());
        }
        if (draft.alloy != null) {
            entry.put("metal", draft.alloy.metal().label());
            if (draft.alloy.fineness() != null) {
                entry.put("fineness", draft.alloy.fineness());
            }
            entry.put("metalColour", draft.alloy.colour());
        }
        entry.set("weight", mapper.valueToTree(weight(draft)));
        if (draft.ringSize != null) {
            entry.set("ringSize", mapper.valueToTree(draft.ringSize));
        }
        if (!draft.stones.isEmpty()) {
            entry.set("stones", mapper.valueToTree(draft.stones));
        }
        if (!draft.certificates.isEmpty()) {
            entry.set("certificates", mapper.valueToTree(draft.certificates));
        }
        entry.set("cost", mapper.valueToTree(quote.cost()));
        entry.set("retailPrice", mapper.valueToTree(quote.retail()));
        entry.put("location", placement.location());
        entry.put("status", placement.arrival().label());
        entry.put("notes", placement.notes());
        return entry;
    }

    /** The gross weight: metal, stones and (for a watch) movement; a loose stone in carats. */
    private static Weight weight(Draft draft) {
        if (draft.category == Category.LOOSE_STONE) {
            return new Weight(draft.stoneCarats(), WeightUnit.CARAT);
        }
        BigDecimal grams = draft.metalGrams.add(draft.otherGrams).add(draft.stoneCarats().multiply(GRAMS_PER_CARAT));
        if (draft.weighedInPennyweight) {
            return new Weight(grams.divide(WeightUnit.PENNYWEIGHT.grams(), 2, RoundingMode.HALF_UP), WeightUnit.PENNYWEIGHT);
        }
        return new Weight(grams.setScale(2, RoundingMode.HALF_UP), WeightUnit.GRAM);
    }
}
