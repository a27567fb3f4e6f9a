package io.assay.edge.demo;

import io.assay.edge.inventory.Category;
import io.assay.edge.inventory.Metal;
import io.assay.edge.inventory.Money;
import io.assay.edge.inventory.Stone;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * What a piece of the demo stock cost the boutique and what it retails for. Cost is the metal (grams ×
 * the price of pure metal × purity), the stones (carats × a price per carat that rises with size,
 * colour, clarity, cut, origin and the absence of treatment) and the workmanship; retail is cost times
 * the markup of the category, rounded up to the steps a jeweler prices in (…25, …50, …00).
 *
 * <p>The figures are a fixed, plausible book in the store's currency, not market quotes: the demo must
 * give the same prices on every run. All arithmetic is exact ({@link BigDecimal}).
 */
final class PriceBook {

    /** Price of one gram of the pure metal. */
    private static final Map<Metal, BigDecimal> PURE_PER_GRAM = Map.of(
            Metal.GOLD, new BigDecimal("100.00"), Metal.PLATINUM, new BigDecimal("34.00"),
            Metal.PALLADIUM, new BigDecimal("33.00"), Metal.SILVER, new BigDecimal("1.10"),
            Metal.OTHER, new BigDecimal("0.05"));
    /** Natural diamond, per carat, for a G VS2 round of excellent cut without fluorescence, by size. */
    private static final List<Band> DIAMOND_PER_CARAT = List.of(
            new Band("0.30", "1400"), new Band("0.50", "2300"), new Band("0.70", "3300"), new Band("0.90", "4300"),
            new Band("1.00", "5600"), new Band("1.50", "8000"), new Band("2.00", "11500"), new Band("3.00", "17000"),
            new Band("4.00", "27000"), new Band("5.00", "34000"), new Band("999", "42000"));
    private static final Map<String, String> COLOUR = Map.ofEntries(Map.entry("D", "1.55"), Map.entry("E", "1.35"),
            Map.entry("F", "1.20"), Map.entry("G", "1.00"), Map.entry("H", "0.88"), Map.entry("I", "0.76"),
            Map.entry("J", "0.66"), Map.entry("K", "0.56"), Map.entry("L", "0.48"), Map.entry("M", "0.42"),
            Map.entry("fancy yellow", "1.10"), Map.entry("fancy intense yellow", "1.60"),
            Map.entry("fancy vivid yellow", "2.50"), Map.entry("fancy light pink", "4.00"),
            Map.entry("fancy light yellowish brown", "0.50"), Map.entry("F-G", "1.30"), Map.entry("G-H", "1.00"),
            Map.entry("H-I", "0.80"));
    private static final Map<String, String> CLARITY = Map.ofEntries(Map.entry("FL", "1.80"), Map.entry("IF", "1.55"),
            Map.entry("VVS1", "1.35"), Map.entry("VVS2", "1.22"), Map.entry("VS1", "1.10"), Map.entry("VS2", "1.00"),
            Map.entry("SI1", "0.85"), Map.entry("SI2", "0.72"), Map.entry("I1", "0.50"), Map.entry("I2", "0.35"),
            Map.entry("I3", "0.25"));
    private static final Map<String, String> CUT = Map.of("ideal", "1.00", "excellent", "1.00", "very good", "0.88",
            "good", "0.78", "fair", "0.65", "poor", "0.50");
    private static final Map<String, String> FLUORESCENCE = Map.of("none", "1.00", "faint", "0.98", "medium", "0.93",
            "strong", "0.85", "very strong", "0.80");
    /** Small accent diamonds, per carat, for a G-H colour range. */
    private static final BigDecimal MELEE_PER_CARAT = new BigDecimal("900");
    private static final BigDecimal LAB_GROWN_SHARE = new BigDecimal("0.10");
    private static final BigDecimal FANCY_SHAPE_SHARE = new BigDecimal("0.85");
    /** Coloured stones per carat at about one carat, for a commercial colour, treated as usual. */
    private static final Map<String, String> GEM_PER_CARAT = Map.ofEntries(Map.entry("sapphire", "900"),
            Map.entry("ruby", "1500"), Map.entry("emerald", "1000"), Map.entry("tanzanite", "350"),
            Map.entry("tourmaline", "200"), Map.entry("aquamarine", "180"), Map.entry("spinel", "700"),
            Map.entry("morganite", "90"), Map.entry("amethyst", "20"), Map.entry("citrine", "18"),
            Map.entry("topaz", "12"), Map.entry("tsavorite", "500"), Map.entry("peridot", "45"),
            Map.entry("garnet", "40"), Map.entry("opal", "150"), Map.entry("alexandrite", "6000"),
            Map.entry("onyx", "2"));
    /** Per-carat size premium of a coloured stone: a 5-carat sapphire is far rarer than five 1-carat ones. */
    private static final List<Band> GEM_SIZE = List.of(new Band("0.50", "0.60"), new Band("1.00", "0.80"),
            new Band("2.00", "1.00"), new Band("3.00", "1.30"), new Band("5.00", "1.60"), new Band("999", "2.00"));
    private static final Map<String, String> PEARL_PER_CARAT = Map.of("Japan", "22", "Australia", "26",
            "Philippines", "28", "French Polynesia", "18", "China", "4");
    /** Per-carat size premium of a pearl, by the carats of one pearl. */
    private static final List<Band> PEARL_SIZE = List.of(new Band("2", "0.80"), new Band("4", "1.00"),
            new Band("8", "1.30"), new Band("15", "1.70"), new Band("999", "2.20"));

    private final Currency currency;

    PriceBook(Currency currency) {
        this.currency = currency;
    }

    /** The metal's value: grams × purity × the price of a gram of the pure metal. */
    BigDecimal metal(Metal metal, String fineness, BigDecimal grams) {
        return grams.multiply(purity(metal, fineness)).multiply(PURE_PER_GRAM.get(metal));
    }

    /** The value of one stone entry (all {@code count} stones of it). */
    BigDecimal stone(Stone stone) {
        BigDecimal carats = stone.caratWeight();
        if (DiamondGrading.NATURAL.equals(stone.type()) || DiamondGrading.LAB_GROWN.equals(stone.type())) {
            return diamond(stone, carats);
        }
        if (stone.type().equals("pearl")) {
            BigDecimal each = carats.divide(BigDecimal.valueOf(stone.count()), 3, RoundingMode.HALF_UP);
            return carats.multiply(new BigDecimal(PEARL_PER_CARAT.get(stone.origin()))).multiply(band(PEARL_SIZE, each));
        }
        BigDecimal each = carats.divide(BigDecimal.valueOf(stone.count()), 3, RoundingMode.HALF_UP);
        BigDecimal perCarat = new BigDecimal(GEM_PER_CARAT.get(stone.type())).multiply(band(GEM_SIZE, each))
                .multiply(gemColour(stone.colour())).multiply(gemTreatment(stone.type(), stone.treatment()))
                .multiply(gemOrigin(stone.type(), stone.origin()));
        return carats.multiply(perCarat);
    }

    /**
     * Prices a piece: cost (metal, stones, workmanship) and retail (cost × markup, rounded up to a
     * jeweler's step), both in the store's currency.
     */
    Quote quote(Dice dice, Category category, BigDecimal metalValue, List<Stone> stones, BigDecimal workmanship) {
        BigDecimal cost = metalValue.add(workmanship);
        for (Stone stone : stones) {
            cost = cost.add(stone(stone));
        }
        cost = cost.setScale(digits(), RoundingMode.HALF_UP);
        BigDecimal retail = roundUpLikeAJeweler(cost.multiply(markup(dice, category)));
        return new Quote(new Money(cost, currency), new Money(retail.setScale(digits(), RoundingMode.UNNECESSARY), currency));
    }

    /** What the bench or the maker charges for the work, by category; a watch's movement is most of it. */
    static BigDecimal workmanship(Dice dice, Category category, int stonesSet) {
        BigDecimal making = switch (category) {
            case RING -> dice.between("150", "600");
            case ENGAGEMENT_RING -> dice.between("250", "900");
            case BAND -> dice.between("120", "500");
            case NECKLACE, BRACELET -> dice.between("200", "1500");
            case PENDANT -> dice.between("80", "400");
            case EARRINGS -> dice.between("100", "600");
            case BROOCH -> dice.between("300", "1500");
            case WATCH -> dice.between("2500", "18000");
            case LOOSE_STONE -> BigDecimal.ZERO;
            case OTHER -> dice.between("60", "400");
        };
        return making.add(BigDecimal.valueOf(12L * stonesSet));
    }

    /** Up to the next step: 25 below 1,000; 50 below 5,000; 100 below 25,000; 500 below 100,000; else 1,000. */
    static BigDecimal roundUpLikeAJeweler(BigDecimal amount) {
        BigDecimal step = amount.compareTo(new BigDecimal("1000")) < 0 ? new BigDecimal("25")
                : amount.compareTo(new BigDecimal("5000")) < 0 ? new BigDecimal("50")
                : amount.compareTo(new BigDecimal("25000")) < 0 ? new BigDecimal("100")
                : amount.compareTo(new BigDecimal("100000")) < 0 ? new BigDecimal("500")
                : new BigDecimal("1000");
        return amount.divide(step, 0, RoundingMode.CEILING).multiply(step);
    }

    private BigDecimal diamond(Stone stone, BigDecimal carats) {
        BigDecimal each = carats.divide(BigDecimal.valueOf(stone.count()), 3, RoundingMode.HALF_UP);
        BigDecimal perCarat;
        // Accent diamonds are sold as a parcel, by colour range and clarity; only graded stones state fluorescence.
        if (stone.fluorescence() == null) {
            perCarat = MELEE_PER_CARAT.multiply(factor(COLOUR, stone.colour())).multiply(factor(CLARITY, stone.clarity()));
        } else {
            perCarat = band(DIAMOND_PER_CARAT, each).multiply(factor(COLOUR, stone.colour()))
                    .multiply(factor(CLARITY, stone.clarity())).multiply(factor(FLUORESCENCE, stone.fluorescence()));
            perCarat = stone.cut() != null ? perCarat.multiply(factor(CUT, stone.cut()))
                    : perCarat.multiply(FANCY_SHAPE_SHARE);
        }
        if (DiamondGrading.LAB_GROWN.equals(stone.type())) {
            perCarat = perCarat.multiply(LAB_GROWN_SHARE);
        }
        return carats.multiply(perCarat);
    }

    private static BigDecimal markup(Dice dice, Category category) {
        return switch (category) {
            case LOOSE_STONE -> dice.between("1.35", "1.60");
            case WATCH -> dice.between("1.55", "1.75");
            case ENGAGEMENT_RING -> dice.between("1.80", "2.20");
            default -> dice.between("2.20", "2.80");
        };
    }

    private static BigDecimal purity(Metal metal, String fineness) {
        if (metal == Metal.GOLD) {
            return new BigDecimal(fineness.replace("k", "")).divide(new BigDecimal("24"), 6, RoundingMode.HALF_UP);
        }
        if (metal == Metal.OTHER) {
            return BigDecimal.ONE;
        }
        return new BigDecimal(fineness).movePointLeft(3);
    }

    private static BigDecimal gemColour(String colour) {
        return switch (colour) {
            case "royal blue", "pigeon blood red", "vivid green", "padparadscha", "neon blue (Paraíba type)" -> new BigDecimal("2.00");
            case "cornflower blue", "santa maria blue", "black with play of colour", "imperial" -> new BigDecimal("1.50");
            case "light green", "light blue" -> new BigDecimal("0.70");
            default -> BigDecimal.ONE;
        };
    }

    /** Untreated corundum and emerald fetch a premium; filled or diffused stones a fraction. */
    private static BigDecimal gemTreatment(String type, String treatment) {
        boolean premiumSpecies = type.equals("sapphire") || type.equals("ruby") || type.equals("emerald");
        return switch (treatment) {
            case "none" -> premiumSpecies ? new BigDecimal("1.80") : BigDecimal.ONE;
            case "resin" -> new BigDecimal("0.60");
            case "diffusion" -> new BigDecimal("0.20");
            case "fracture filled" -> new BigDecimal("0.15");
            default -> BigDecimal.ONE;
        };
    }

    private static BigDecimal gemOrigin(String type, String origin) {
        if (origin.equals("Kashmir")) {
            return new BigDecimal("4.00");
        }
        if (origin.equals("Myanmar") && (type.equals("ruby") || type.equals("sapphire"))) {
            return new BigDecimal("1.80");
        }
        return origin.equals("Colombia") && type.equals("emerald") ? new BigDecimal("1.30") : BigDecimal.ONE;
    }

    private static BigDecimal factor(Map<String, String> table, String grade) {
        String value = grade == null ? null : table.get(grade);
        if (value == null) {
            throw new IllegalArgumentException("no price factor for grade '" + grade + "'");
        }
        return new BigDecimal(value);
    }

    /** The value of the first band whose upper bound {@code x} is below. */
    private static BigDecimal band(List<Band> bands, BigDecimal x) {
        for (Band band : bands) {
            if (x.compareTo(band.below()) < 0) {
                return band.value();
            }
        }
        return bands.get(bands.size() - 1).value();
    }

    private int digits() {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    /** A value that applies below an upper bound. */
    private record Band(BigDecimal below, BigDecimal value) {
        Band(String below, String value) {
            this(new BigDecimal(below), new BigDecimal(value));
        }
    }

    /** A piece's cost and retail price. */
    record Quote(Money cost, Money retail) {
    }
}
