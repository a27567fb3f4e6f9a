package io.assay.edge.demo;

import io.assay.edge.demo.BoutiqueLayout.Showcase;
import io.assay.edge.inventory.Category;
import io.assay.edge.inventory.Stone;
import java.math.BigDecimal;

/** Designs what is worn on a finger: engagement rings, bands and fashion rings. */
final class BridalBench {

    private static final Odds<String> ENGAGEMENT_STYLE = Odds.of("solitaire", 40).or("halo", 25).or("three-stone", 15)
            .or("pavé", 15).or("hidden halo", 5).build();
    private static final Odds<String> BAND_STYLE = Odds.of("wedding", 35).or("gents wedding", 25).or("eternity", 20)
            .or("half-eternity", 12).or("channel-set", 8).build();
    private static final Odds<String> COCKTAIL_GEM = Odds.of("sapphire", 25).or("ruby", 15).or("emerald", 15)
            .or("tanzanite", 8).or("aquamarine", 8).or("tourmaline", 8).or("morganite", 6).or("amethyst", 5)
            .or("spinel", 5).or("citrine", 3).or("opal", 2).build();

    private final Dice dice;
    private final StoneSupply supply;

    BridalBench(Dice dice, StoneSupply supply) {
        this.dice = dice;
        this.supply = supply;
    }

    Draft engagementRing() {
        Draft d = new Draft(Category.ENGAGEMENT_RING);
        d.line = dice.pick(Houses.BRIDAL);
        d.model = dice.between(100, 160);
        d.alloy = Alloys.BRIDAL.roll(dice);
        d.metalGrams = dice.between("2.60", "5.50");
        d.ringSize = Words.ladiesSize(dice);
        String style = ENGAGEMENT_STYLE.roll(dice);
        String centre;
        if (dice.chance(0.08)) {
            Stone sapphire = supply.gem(d, "sapphire", dice.between("1.00", "3.20"), 0.85);
            centre = sapphire.colour() + " sapphire, " + Words.carats(sapphire.caratWeight());
        } else {
            boolean labGrown = dice.chance(0.15);
            BigDecimal carats = supply.centreCarats();
            Stone diamond = supply.diamond(d, StoneSupply.CENTRE_SHAPE.roll(dice), carats, labGrown, labGrown ? 0.92 : 0.97);
            centre = (labGrown ? "lab-grown " : "") + Words.shape(diamond.shape()) + " diamond, "
                    + Words.carats(carats) + " " + diamond.colour() + " " + diamond.clarity();
        }
        switch (style) {
            case "halo", "hidden halo" -> supply.melee(d, "round", dice.between(14, 32), "0.010", "0.020");
            case "three-stone" -> supply.melee(d, dice.pick("pear", "baguette", "trillion", "round"), 2, "0.15", "0.50");
            case "pavé" -> supply.melee(d, "round", dice.between(16, 40), "0.005", "0.015");
            default -> {
                // A solitaire carries the centre stone alone.
            }
        }
        d.description = Words.capitalised(style) + " engagement ring in " + d.alloy.words() + ", " + centre;
        d.display = Showcase.BRIDAL.tray(style.equals("solitaire") ? 0 : 1);
        return d;
    }

    Draft band() {
        Draft d = new Draft(Category.BAND);
        d.line = dice.pick(Houses.BRIDAL);
        d.model = dice.between(200, 260);
        String style = BAND_STYLE.roll(dice);
        boolean gents = style.equals("gents wedding");
        d.alloy = (gents ? Alloys.MENS_BAND : Alloys.BRIDAL).roll(dice);
        d.ringSize = gents ? Words.gentsSize(dice) : Words.ladiesSize(dice);
        switch (style) {
            case "wedding" -> {
                d.metalGrams = dice.between("2.50", "5.00");
                d.description = dice.between(2, 4) + " mm comfort-fit wedding band in " + d.alloy.words();
            }
            case "gents wedding" -> {
                d.metalGrams = dice.between("6.00", "14.00");
                d.description = "Gentleman's " + dice.between(5, 8) + " mm " + dice.pick("brushed", "polished", "hammered", "milgrain")
                        + " wedding band in " + d.alloy.words();
            }
            case "eternity" -> {
                d.metalGrams = dice.between("2.80", "4.50");
                int count = dice.between(15, 24);
                Stone parcel = supply.melee(d, dice.pick("round", "round", "emerald", "oval"), count, "0.05", "0.25");
                reportParcel(d, parcel, 0.5);
                d.description = "Diamond eternity band, " + count + " " + Words.shape(parcel.shape()) + " diamonds "
                        + Words.carats(parcel.caratWeight()) + " total, in " + d.alloy.words();
            }
            case "half-eternity" -> {
                d.metalGrams = dice.between("2.50", "4.00");
                int count = dice.between(7, 11);
                Stone parcel = supply.melee(d, "round", count, "0.05", "0.20");
                d.description = "Half-eternity band with " + count + " round brilliant diamonds, "
                        + Words.carats(parcel.caratWeight()) + " total, in " + d.alloy.words();
            }
            default -> {
                d.metalGrams = dice.between("3.50", "6.50");
                Stone parcel = supply.melee(d, "princess", dice.between(9, 15), "0.04", "0.10");
                d.description = "Channel-set princess-cut diamond band, " + Words.carats(parcel.caratWeight())
                        + " total, in " + d.alloy.words();
            }
        }
        d.display = Showcase.BRIDAL.tray(2);
        return d;
    }

    /** A fashion ring: a coloured-stone cocktail ring, a diamond ring or a gold ring. */
    Draft ring() {
        Draft d = new Draft(Category.RING);
        d.model = dice.between(300, 380);
        d.ringSize = Words.ladiesSize(dice);
        double x = dice.fraction();
        if (x < 0.42) {
            d.line = dice.pick(Houses.COLOUR);
            d.alloy = Alloys.FINE.roll(dice);
            d.metalGrams = dice.between("3.50", "8.50");
            String type = COCKTAIL_GEM.roll(dice);
            boolean precious = isPrecious(type);
            BigDecimal carats = precious ? dice.between("1.00", "5.50") : dice.between("2.00", "12.00");
            Stone gem = supply.gem(d, type, carats, precious ? 0.8 : 0.1);
            boolean halo = dice.chance(0.6);
            if (halo) {
                supply.melee(d, "round", dice.between(16, 36), "0.010", "0.025");
            }
            d.description = Words.capitalised(gem.colour()) + " " + type + " " + (halo ? "halo " : "") + "cocktail ring, "
                    + Words.carats(carats) + " " + Words.gemShape(gem.shape()) + ", in " + d.alloy.words();
            d.display = Showcase.GEMS.tray(precious ? 1 : 2);
        } else if (x < 0.66) {
            d.line = dice.pick(Houses.DIAMOND);
            d.alloy = Alloys.FINE.roll(dice);
            d.metalGrams = dice.between("3.00", "7.50");
            String design = dice.pick("pavé dome", "cluster", "crossover", "stacking", "bypass");
            Stone parcel = supply.melee(d, "round", dice.between(12, 60), "0.010", "0.030");
            d.description = Words.capitalised(design) + " diamond ring, " + Words.carats(parcel.caratWeight())
                    + " total, in " + d.alloy.words();
            d.display = Showcase.DIAMONDS.tray(2);
        } else if (x < 0.76) {
            d.line = dice.pick(Houses.DIAMOND);
            d.alloy = Alloys.FINE.roll(dice);
            d.metalGrams = dice.between("2.80", "5.00");
            BigDecimal carats = dice.between("0.50", "1.60");
            Stone diamond = supply.diamond(d, StoneSupply.FASHION_SHAPE.roll(dice), carats, false, 0.9);
            d.description = Words.capitalised(Words.shape(diamond.shape())) + " diamond right-hand ring, "
                    + Words.carats(carats) + " " + diamond.colour() + " " + diamond.clarity() + ", in " + d.alloy.words();
            d.display = Showcase.DIAMONDS.tray(2);
        } else {
            d.line = dice.pick(Houses.GOLD);
            d.alloy = Alloys.GOLD.roll(dice);
            boolean signet = dice.chance(0.35);
            d.metalGrams = signet ? dice.between("8.00", "18.00") : dice.between("4.00", "10.00");
            if (signet && dice.chance(0.5)) {
                d.ringSize = Words.gentsSize(dice);
            }
            String design = signet ? "oval signet ring" : dice.pick("dome ring", "knot ring", "wide band ring", "twisted rope ring");
            if (!signet && dice.chance(0.3)) {
                supply.melee(d, "round", dice.between(3, 9), "0.010", "0.030");
                design += " with diamond accents";
            }
            d.description = Words.capitalised(d.alloy.words()) + " " + design;
            d.display = Showcase.GOLD.tray(2);
        }
        return d;
    }

    /** Whether a coloured stone is one of the "big three" (or spinel) a client expects a report for. */
    static boolean isPrecious(String type) {
        return type.equals("sapphire") || type.equals("ruby") || type.equals("emerald") || type.equals("spinel");
    }

    private void reportParcel(Draft d, Stone parcel, double odds) {
        if (dice.chance(odds)) {
            supply.reportOn(d, parcel);
        }
    }
}
