package io.assay.edge.demo;

import io.assay.edge.inventory.Stone;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Coloured stones and pearls as a boutique stocks them: each species with its trade colours, the
 * origins it is sourced from and the treatments it usually carries (most sapphires and rubies heated,
 * most emeralds oiled, Akoya pearls bleached, blue topaz irradiated).
 */
final class Gemstones {

    /** A species' colours, origins, treatments and shapes. */
    private record Species(Odds<String> colours, Odds<String> origins, Odds<String> treatments, Odds<String> shapes) {
    }

    /** The pearl types, by the name a client asks for them. */
    enum Pearl {
        AKOYA("Akoya", "Japan", "white rosé", "6.0", "8.5"),
        SOUTH_SEA("South Sea", "Australia", "white", "9.0", "15.0"),
        GOLDEN_SOUTH_SEA("golden South Sea", "Philippines", "golden", "9.0", "14.0"),
        TAHITIAN("Tahitian", "French Polynesia", "peacock", "8.0", "14.0"),
        FRESHWATER("freshwater", "China", "white", "6.0", "11.0");

        final String tradeName;
        final String origin;
        final String colour;
        final BigDecimal smallestMm;
        final BigDecimal largestMm;

        Pearl(String tradeName, String origin, String colour, String smallestMm, String largestMm) {
            this.tradeName = tradeName;
            this.origin = origin;
            this.colour = colour;
            this.smallestMm = new BigDecimal(smallestMm);
            this.largestMm = new BigDecimal(largestMm);
        }
    }

    /** A strand or a pair of pearls of one type and size. */
    record Pearls(Stone stone, Pearl kind, BigDecimal millimetres) {
    }

    private static final Odds<String> FACETED = Odds.of("oval", 35).or("cushion", 25).or("round", 15)
            .or("emerald", 10).or("pear", 10).or("heart", 2).or("trillion", 3).build();
    private static final Map<String, Species> SPECIES = Map.ofEntries(
            Map.entry("sapphire", new Species(
                    Odds.of("blue", 40).or("royal blue", 15).or("cornflower blue", 10).or("pink", 12)
                            .or("yellow", 8).or("padparadscha", 3).or("purple", 4).or("teal", 8).build(),
                    Odds.of("Sri Lanka", 40).or("Madagascar", 25).or("Myanmar", 10).or("Thailand", 8)
                            .or("Australia", 7).or("Montana, USA", 7).or("Kashmir", 1).or("Tanzania", 2).build(),
                    Odds.of("heat", 75).or("none", 24).or("diffusion", 1).build(), FACETED)),
            Map.entry("ruby", new Species(
                    Odds.of("red", 45).or("pigeon blood red", 10).or("purplish red", 30).or("pinkish red", 15).build(),
                    Odds.of("Mozambique", 45).or("Myanmar", 25).or("Thailand", 15).or("Madagascar", 10)
                            .or("Tanzania", 5).build(),
                    Odds.of("heat", 78).or("none", 20).or("fracture filled", 2).build(), FACETED)),
            Map.entry("emerald", new Species(
                    Odds.of("green", 55).or("vivid green", 20).or("bluish green", 20).or("light green", 5).build(),
                    Odds.of("Colombia", 50).or("Zambia", 35).or("Brazil", 12).or("Afghanistan", 3).build(),
                    Odds.of("minor oil", 45).or("oil", 30).or("resin", 12).or("none", 13).build(),
                    Odds.of("emerald", 55).or("oval", 15).or("pear", 12).or("cushion", 10).or("cabochon", 8).build())),
            Map.entry("tanzanite", new Species(Odds.of("violetish blue", 60).or("bluish violet", 40).build(),
                    Odds.of("Tanzania", 1).build(), Odds.of("heat", 97).or("none", 3).build(), FACETED)),
            Map.entry("tourmaline", new Species(
                    Odds.of("pink", 35).or("green", 30).or("bicolour", 15).or("neon blue (Paraíba type)", 5)
                            .or("rubellite red", 15).build(),
                    Odds.of("Brazil", 45).or("Mozambique", 25).or("Nigeria", 20).or("Afghanistan", 10).build(),
                    Odds.of("none", 70).or("heat", 30).build(), FACETED)),
            Map.entry("aquamarine", new Species(Odds.of("light blue", 60).or("santa maria blue", 15).or("blue", 25).build(),
                    Odds.of("Brazil", 60).or("Mozambique", 25).or("Nigeria", 15).build(),
                    Odds.of("heat", 70).or("none", 30).build(), FACETED)),
            Map.entry("spinel", new Species(Odds.of("red", 35).or("hot pink", 30).or("grey-blue", 20).or("lavender", 15).build(),
                    Odds.of("Myanmar", 40).or("Sri Lanka", 30).or("Tanzania", 30).build(),
                    Odds.of("none", 95).or("heat", 5).build(), FACETED)),
            Map.entry("morganite", new Species(Odds.of("peach pink", 70).or("pink", 30).build(),
                    Odds.of("Brazil", 60).or("Madagascar", 40).build(),
                    Odds.of("heat", 60).or("none", 40).build(), FACETED)),
            Map.entry("amethyst", new Species(Odds.of("purple", 60).or("deep purple", 40).build(),
                    Odds.of("Brazil", 45).or("Uruguay", 35).or("Zambia", 20).build(),
                    Odds.of("none", 85).or("heat", 15).build(), FACETED)),
            Map.entry("citrine", new Species(Odds.of("golden yellow", 60).or("madeira orange", 40).build(),
                    Odds.of("Brazil", 80).or("Bolivia", 20).build(), Odds.of("heat", 90).or("none", 10).build(), FACETED)),
            Map.entry("topaz", new Species(Odds.of("London blue", 40).or("Swiss blue", 35).or("imperial", 25).build(),
                    Odds.of("Brazil", 80).or("Nigeria", 20).build(),
                    Odds.of("irradiation", 75).or("none", 25).build(), FACETED)),
            Map.entry("tsavorite", new Species(Odds.of("green", 70).or("vivid green", 30).build(),
                    Odds.of("Kenya", 55).or("Tanzania", 45).build(), Odds.of("none", 1).build(), FACETED)),
            Map.entry("peridot", new Species(Odds.of("yellowish green", 70).or("green", 30).build(),
                    Odds.of("Arizona, USA", 40).or("Pakistan", 35).or("Myanmar", 25).build(),
                    Odds.of("none", 1).build(), FACETED)),
            Map.entry("garnet", new Species(Odds.of("red", 40).or("rhodolite purple-red", 35).or("mandarin orange", 25).build(),
                    Odds.of("Mozambique", 50).or("Tanzania", 30).or("Namibia", 20).build(),
                    Odds.of("none", 1).build(), FACETED)),
            Map.entry("opal", new Species(Odds.of("white with play of colour", 55).or("black with play of colour", 25)
                    .or("boulder", 20).build(), Odds.of("Australia", 80).or("Ethiopia", 20).build(),
                    Odds.of("none", 1).build(), Odds.of("cabochon", 1).build())),
            Map.entry("onyx", new Species(Odds.of("black", 1).build(), Odds.of("Brazil", 60).or("Uruguay", 40).build(),
                    Odds.of("dyed", 90).or("none", 10).build(), Odds.of("cabochon", 70).or("other", 30).build())),
            Map.entry("alexandrite", new Species(Odds.of("green to red colour change", 1).build(),
                    Odds.of("Brazil", 45).or("Sri Lanka", 35).or("Russia", 20).build(),
                    Odds.of("none", 1).build(), Odds.of("cushion", 50).or("oval", 50).build())));

    private Gemstones() {
    }

    /** A single faceted (or cabochon) coloured stone of {@code type} with its colour, origin and treatment. */
    static Stone gem(Dice dice, String type, BigDecimal carats) {
        Species species = species(type);
        return gem(dice, type, species.shapes().roll(dice), carats);
    }

    /** {@link #gem(Dice, String, BigDecimal)} in a given shape (matched pairs, a cut the design needs). */
    static Stone gem(Dice dice, String type, String shape, BigDecimal carats) {
        Species species = species(type);
        return new Stone(type, shape, 1, carats, species.colours().roll(dice), null, null, null, null, null,
                species.origins().roll(dice), species.treatments().roll(dice));
    }

    /** Small matched coloured stones set as accents or a line, described as one parcel. */
    static Stone accents(Dice dice, String type, String shape, int count, BigDecimal totalCarats) {
        Species species = species(type);
        return new Stone(type, shape, count, totalCarats, species.colours().roll(dice), null, null, null, null, null,
                species.origins().roll(dice), species.treatments().roll(dice));
    }

    /** {@code count} matched pearls of one type, their size drawn within the type's usual range. */
    static Pearls pearls(Dice dice, Pearl kind, int count) {
        return pearls(dice, kind, count, dice.between(kind.smallestMm, kind.largestMm, 1));
    }

    /** A strand of {@code inches}: as many pearls of one size as fit its length. */
    static Pearls strand(Dice dice, Pearl kind, int inches) {
        BigDecimal mm = dice.between(kind.smallestMm, kind.largestMm, 1);
        int count = new BigDecimal("25.4").multiply(BigDecimal.valueOf(inches)).divide(mm, 0, RoundingMode.HALF_UP).intValueExact();
        return pearls(dice, kind, count, mm);
    }

    private static Pearls pearls(Dice dice, Pearl kind, int count, BigDecimal mm) {
        // A round pearl of density 2.7 weighs about 0.00707 × d³ carats (d in mm).
        BigDecimal each = mm.pow(3).multiply(new BigDecimal("0.00707"));
        BigDecimal total = each.multiply(BigDecimal.valueOf(count)).setScale(2, RoundingMode.HALF_UP);
        String treatment = kind == Pearl.AKOYA || (kind == Pearl.FRESHWATER && dice.chance(0.5)) ? "bleached" : "none";
        Stone stone = new Stone("pearl", "round", count, total, kind.colour, null, null, null, null, null, kind.origin,
                treatment);
        return new Pearls(stone, kind, mm);
    }

    private static Species species(String type) {
        Species species = SPECIES.get(type);
        if (species == null) {
            throw new IllegalArgumentException("no demo stock of " + type);
        }
        return species;
    }
}
