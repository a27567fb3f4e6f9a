package io.assay.edge.demo;

import io.assay.edge.demo.BoutiqueLayout.Showcase;
import io.assay.edge.inventory.Category;
import io.assay.edge.inventory.Stone;
import java.math.BigDecimal;

/** Designs the counter's specialties: watches, loose stones, brooches and gifts (cufflinks, clips, charms). */
final class SpecialtyBench {

    private static final Odds<String> LOOSE_GEM = Odds.of("sapphire", 35).or("ruby", 20).or("emerald", 20).or("spinel", 8)
            .or("tanzanite", 8).or("tsavorite", 5).or("alexandrite", 4).build();

    private final Dice dice;
    private final StoneSupply supply;

    SpecialtyBench(Dice dice, StoneSupply supply) {
        this.dice = dice;
        this.supply = supply;
    }

    Draft watch() {
        Draft d = new Draft(Category.WATCH);
        d.line = dice.pick(Houses.WATCH);
        d.model = dice.between(800, 880);
        d.alloy = Alloys.WATCH.roll(dice);
        boolean steel = d.alloy.fineness() == null;
        boolean onBracelet = steel || dice.chance(0.35);
        d.metalGrams = steel ? dice.between("110.00", "165.00")
                : onBracelet ? dice.between("105.00", "175.00") : dice.between("32.00", "68.00");
        d.otherGrams = steel ? dice.between("8.00", "14.00") : dice.between("12.00", "24.00");
        boolean sport = d.line == Houses.MAREE || d.line == Houses.FJORD;
        int mm = sport ? dice.between(39, 44) : dice.between(34, 40);
        String movement = d.line == Houses.MAREE ? "automatic chronograph" : d.line == Houses.FJORD ? "automatic GMT"
                : dice.pick("automatic", "hand-wound", "automatic moon phase");
        String setting = "";
        if (!steel && dice.chance(0.18)) {
            supply.melee(d, "round", dice.between(40, 64), "0.015", "0.030");
            setting = ", diamond-set bezel";
        }
        d.description = d.line.collection() + " " + movement + ", " + mm + " mm " + d.alloy.words() + " case" + setting + ", "
                + (onBracelet ? "matching bracelet" : dice.pick("alligator strap", "calfskin strap", "rubber strap"));
        d.notes = "Reference " + d.line.style(d.categoryCode, d.model) + "; box, papers and a "
                + dice.pick(2, 3, 5) + "-year warranty";
        d.display = Showcase.WATCHES.tray(sport ? 1 : 0);
        d.usuallyConsigned = dice.chance(0.25);
        return d;
    }

    /** A stone sold to be set: mostly diamonds with their report, some important coloured stones. */
    Draft looseStone() {
        Draft d = new Draft(Category.LOOSE_STONE);
        d.display = BoutiqueLayout.SAFE;
        double x = dice.fraction();
        Stone stone;
        String report;
        if (x < 0.83) {
            boolean labGrown = x >= 0.75;
            BigDecimal carats = labGrown ? dice.between("1.00", "4.00") : supply.centreCarats().max(dice.between("0.70", "1.20"));
            stone = supply.diamond(d, StoneSupply.CENTRE_SHAPE.roll(dice), carats, labGrown, 1.0);
            report = d.certificates.get(0).lab();
            d.description = "Loose " + (labGrown ? "lab-grown " : "") + Words.shape(stone.shape()) + " diamond, "
                    + Words.carats(carats) + " " + stone.colour() + " " + stone.clarity() + ", " + report + " report";
        } else {
            String type = LOOSE_GEM.roll(dice);
            BigDecimal carats = dice.between("1.00", type.equals("alexandrite") ? "3.00" : "8.00");
            stone = supply.gem(d, type, carats, 0.9);
            report = d.certificates.isEmpty() ? null : d.certificates.get(0).lab();
            d.description = "Loose " + stone.colour() + " " + type + ", " + Words.carats(carats) + " " + Words.gemShape(stone.shape())
                    + ", " + stone.origin() + (stone.treatment().equals("none") ? ", no indication of treatment" : "")
                    + (report == null ? "" : ", " + report + " report");
        }
        return d;
    }

    Draft brooch() {
        Draft d = new Draft(Category.BROOCH);
        d.line = dice.pick(Houses.COLOUR);
        d.model = dice.between(900, 940);
        d.alloy = Alloys.FINE.roll(dice);
        d.metalGrams = dice.between("8.00", "24.00");
        String motif = dice.pick("bee", "dragonfly", "floral spray", "bow", "leaf", "starburst", "owl");
        if (dice.chance(0.5)) {
            String type = dice.pick("sapphire", "ruby", "emerald", "tsavorite", "amethyst");
            supply.accents(d, type, "round", dice.between(6, 20), "0.02", "0.08");
            supply.melee(d, "round", dice.between(20, 60), "0.010", "0.025");
            d.description = Words.capitalised(motif) + " brooch in " + d.alloy.words() + " with " + type + "s and diamonds";
        } else {
            supply.melee(d, "round", dice.between(20, 80), "0.010", "0.025");
            d.description = Words.capitalised(motif) + " brooch in " + d.alloy.words() + ", pavé diamonds";
        }
        d.display = Showcase.GEMS.tray(2);
        return d;
    }

    /** Gifts and gentlemen's pieces. */
    Draft other() {
        Draft d = new Draft(Category.OTHER);
        d.line = dice.pick(Houses.GOLD);
        d.model = dice.between(950, 990);
        double x = dice.fraction();
        if (x < 0.40) {
            d.alloy = dice.chance(0.6) ? Alloys.GOLD.roll(dice) : Alloys.SILVER.roll(dice);
            d.metalGrams = dice.between("10.00", "24.00");
            String design = dice.pick("oval", "knot", "square", "barrel", "engine-turned");
            if (dice.chance(0.3)) {
                supply.accents(d, "onyx", "cabochon", 2, "1.50", "3.00");
                design += " onyx";
            }
            d.description = Words.capitalised(d.alloy.words()) + " " + design + " cufflinks";
        } else if (x < 0.60) {
            d.alloy = Alloys.SILVER.roll(dice);
            d.metalGrams = dice.between("18.00", "40.00");
            d.description = Words.capitalised(d.alloy.words()) + " " + dice.pick("money clip", "key ring", "card case");
        } else if (x < 0.80) {
            d.alloy = Alloys.GOLD.roll(dice);
            d.metalGrams = dice.between("4.00", "10.00");
            d.description = Words.capitalised(d.alloy.words()) + " tie bar";
        } else {
            d.alloy = Alloys.GOLD.roll(dice);
            d.metalGrams = dice.between("1.50", "6.00");
            d.description = Words.capitalised(d.alloy.words()) + " " + dice.pick("heart", "anchor", "clover", "bee", "zodiac")
                    + " charm";
        }
        d.display = Showcase.GOLD.tray(2);
        return d;
    }
}
