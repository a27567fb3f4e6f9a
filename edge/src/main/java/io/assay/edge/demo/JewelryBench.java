package io.assay.edge.demo;

import io.assay.edge.demo.BoutiqueLayout.Showcase;
import io.assay.edge.demo.Gemstones.Pearl;
import io.assay.edge.inventory.Category;
import io.assay.edge.inventory.Stone;
import java.math.BigDecimal;

/** Designs what is worn at the neck, wrist and ear: necklaces, pendants, bracelets and earrings. */
final class JewelryBench {

    private static final Odds<Pearl> STRAND = Odds.of(Pearl.AKOYA, 40).or(Pearl.SOUTH_SEA, 15).or(Pearl.GOLDEN_SOUTH_SEA, 10)
            .or(Pearl.TAHITIAN, 20).or(Pearl.FRESHWATER, 15).build();
    private static final Odds<String> PENDANT_GEM = Odds.of("sapphire", 25).or("emerald", 15).or("ruby", 12)
            .or("tanzanite", 10).or("aquamarine", 10).or("morganite", 8).or("tourmaline", 8).or("amethyst", 6)
            .or("opal", 6).build();
    private static final Odds<String> LINE_GEM = Odds.of("sapphire", 50).or("ruby", 25).or("emerald", 25).build();

    private final Dice dice;
    private final StoneSupply supply;

    JewelryBench(Dice dice, StoneSupply supply) {
        this.dice = dice;
        this.supply = supply;
    }

    Draft necklace() {
        Draft d = new Draft(Category.NECKLACE);
        d.model = dice.between(400, 470);
        double x = dice.fraction();
        if (x < 0.30) {
            d.line = dice.pick(Houses.DIAMOND);
            d.alloy = Alloys.FINE.roll(dice);
            int count = dice.between(60, 140);
            d.metalGrams = dice.between("12.00", "30.00");
            Stone parcel = supply.melee(d, "round", count, "0.04", "0.15");
            if (dice.chance(0.5)) {
                supply.reportOn(d, parcel);
            }
            d.description = "Diamond rivière necklace, " + count + " round brilliants " + Words.carats(parcel.caratWeight())
                    + " total, in " + d.alloy.words() + ", 16 in";
            d.display = Showcase.DIAMONDS.tray(0);
        } else if (x < 0.55) {
            d.line = dice.pick(Houses.PEARL);
            d.alloy = Alloys.FINE.roll(dice);
            d.metalGrams = dice.between("1.50", "4.00");
            Pearl kind = STRAND.roll(dice);
            int inches = dice.pick(16, 17, 18, 18, 20);
            Gemstones.Pearls pearls = supply.strand(d, kind, inches, 0.3);
            d.description = Words.capitalised(kind.tradeName) + " pearl strand, " + pearls.millimetres().toPlainString()
                    + " mm, " + inches + " in, " + d.alloy.words() + " clasp";
            d.display = Showcase.GEMS.tray(0);
        } else if (x < 0.85) {
            d.line = dice.pick(Houses.GOLD);
            d.alloy = Alloys.GOLD.roll(dice);
            d.metalGrams = dice.between("8.00", "60.00");
            d.description = Words.capitalised(d.alloy.words()) + " " + dice.pick("paperclip", "rope", "box", "curb", "Figaro",
                    "herringbone", "Cuban link", "wheat") + " chain, " + dice.pick(16, 18, 20, 22, 24) + " in";
            d.display = Showcase.GOLD.tray(0);
        } else {
            d.line = dice.pick(Houses.COLOUR);
            d.alloy = Alloys.FINE.roll(dice);
            d.metalGrams = dice.between("10.00", "28.00");
            String type = LINE_GEM.roll(dice);
            int stations = dice.between(5, 15);
            Stone gems = supply.accents(d, type, dice.pick("oval", "pear", "cushion"), stations, "0.40", "1.50");
            supply.melee(d, "round", stations * dice.between(8, 14), "0.010", "0.020");
            if (dice.chance(0.25)) {
                supply.reportOn(d, gems);
            }
            d.description = Words.capitalised(type) + " and diamond station necklace, " + stations + " " + type + "s "
                    + Words.carats(gems.caratWeight()) + ", in " + d.alloy.words();
            d.display = Showcase.GEMS.tray(1);
        }
        return d;
    }

    Draft pendant() {
        Draft d = new Draft(Category.PENDANT);
        d.model = dice.between(500, 570);
        double x = dice.fraction();
        if (x < 0.45) {
            d.line = dice.pick(Houses.DIAMOND);
            d.alloy = Alloys.FINE.roll(dice);
            d.metalGrams = dice.between("1.80", "4.50");
            boolean labGrown = dice.chance(0.12);
            BigDecimal carats = dice.between("0.30", "2.10");
            Stone diamond = supply.diamond(d, StoneSupply.CENTRE_SHAPE.roll(dice), carats, labGrown,
                    carats.compareTo(new BigDecimal("0.50")) >= 0 ? 0.85 : 0.35);
            d.description = (labGrown ? "Lab-grown " : "") + Words.shape(diamond.shape()) + " diamond solitaire pendant, "
                    + Words.carats(carats) + " " + diamond.colour() + " " + diamond.clarity() + ", on an 18 in "
                    + d.alloy.words() + " chain";
            d.display = Showcase.DIAMONDS.tray(2);
        } else if (x < 0.70) {
            d.line = dice.pick(Houses.COLOUR);
            d.alloy = Alloys.FINE.roll(dice);
            d.metalGrams = dice.between("2.00", "6.00");
            String type = PENDANT_GEM.roll(dice);
            boolean precious = BridalBench.isPrecious(type);
            BigDecimal carats = dice.between("1.00", precious ? "4.50" : "9.00");
            Stone gem = supply.gem(d, type, carats, precious ? 0.6 : 0.05);
            supply.melee(d, "round", dice.between(12, 28), "0.010", "0.020");
            d.description = Words.capitalised(gem.colour()) + " " + type + " and diamond halo pendant, " + Words.carats(carats)
                    + ", in " + d.alloy.words();
            d.display = Showcase.GEMS.tray(precious ? 1 : 2);
        } else if (x < 0.80) {
            d.line = dice.pick(Houses.PEARL);
            d.alloy = Alloys.FINE.roll(dice);
            d.metalGrams = dice.between("1.50", "3.50");
            Pearl kind = dice.pick(Pearl.SOUTH_SEA, Pearl.GOLDEN_SOUTH_SEA, Pearl.TAHITIAN);
            Gemstones.Pearls pearl = supply.pearls(d, kind, 1, 0.05);
            d.description = Words.capitalised(kind.tradeName) + " pearl pendant, " + pearl.millimetres().toPlainString()
                    + " mm, with a diamond bail in " + d.alloy.words();
            supply.melee(d, "round", dice.between(3, 8), "0.010", "0.020");
            d.display = Showcase.GEMS.tray(0);
        } else {
            d.line = dice.pick(Houses.GOLD);
            d.alloy = dice.chance(0.2) ? Alloys.SILVER.roll(dice) : Alloys.GOLD.roll(dice);
            d.metalGrams = dice.between("2.50", "12.00");
            d.description = Words.capitalised(d.alloy.words()) + " " + dice.pick("coin medallion", "initial disc", "heart locket",
                    "St Christopher medal", "horseshoe charm", "star pendant") + " on a " + dice.pick(16, 18, 20) + " in chain";
            d.display = Showcase.GOLD.tray(2);
        }
        return d;
    }

    Draft bracelet() {
        Draft d = new Draft(Category.BRACELET);
        d.model = dice.between(600, 670);
        double x = dice.fraction();
        if (x < 0.35) {
            d.line = dice.pick(Houses.DIAMOND);
            d.alloy = Alloys.FINE.roll(dice);
            d.metalGrams = dice.between("8.00", "16.00");
            int count = dice.between(40, 70);
            Stone parcel = supply.melee(d, "round", count, "0.04", "0.15");
            if (dice.chance(0.5)) {
                supply.reportOn(d, parcel);
            }
            d.description = "Diamond tennis bracelet, " + count + " round brilliants " + Words.carats(parcel.caratWeight())
                    + " total, in " + d.alloy.words() + ", 7 in";
            d.display = Showcase.DIAMONDS.tray(0);
        } else if (x < 0.50) {
            d.line = dice.pick(Houses.COLOUR);
            d.alloy = Alloys.FINE.roll(dice);
            d.metalGrams = dice.between("9.00", "18.00");
            String type = LINE_GEM.roll(dice);
            int count = dice.between(18, 30);
            Stone gems = supply.accents(d, type, "oval", count, "0.15", "0.45");
            supply.melee(d, "round", count, "0.03", "0.06");
            d.description = Words.capitalised(type) + " and diamond line bracelet, " + Words.carats(gems.caratWeight()) + " of "
                    + type + ", in " + d.alloy.words();
            d.display = Showcase.GEMS.tray(1);
        } else {
            d.line = dice.pick(Houses.GOLD);
            d.alloy = Alloys.GOLD.roll(dice);
            boolean bangle = dice.chance(0.5);
            d.metalGrams = bangle ? dice.between("12.00", "45.00") : dice.between("10.00", "55.00");
            String design = bangle ? dice.pick("hinged bangle", "cuff", "knife-edge bangle", "twisted bangle")
                    : dice.pick("chain link bracelet", "curb bracelet", "mesh bracelet", "charm bracelet");
            if (bangle && dice.chance(0.3)) {
                supply.melee(d, "round", dice.between(10, 30), "0.010", "0.030");
                design += " with a row of pavé diamonds";
            }
            d.description = Words.capitalised(d.alloy.words()) + " " + design;
            d.display = Showcase.GOLD.tray(1);
        }
        return d;
    }

    Draft earrings() {
        Draft d = new Draft(Category.EARRINGS);
        d.model = dice.between(700, 780);
        double x = dice.fraction();
        if (x < 0.40) {
            d.line = dice.pick(Houses.DIAMOND);
            d.alloy = Alloys.FINE.roll(dice);
            d.metalGrams = dice.between("1.20", "2.80");
            String shape = dice.chance(0.75) ? "round" : StoneSupply.CENTRE_SHAPE.roll(dice);
            BigDecimal each = dice.between("0.25", "1.55");
            boolean labGrown = dice.chance(0.15);
            // A matched pair: each stone is graded (and reported) on its own.
            double reportOdds = each.compareTo(new BigDecimal("0.50")) >= 0 ? 0.85 : 0.2;
            Stone left = supply.diamond(d, shape, each, labGrown, reportOdds);
            supply.diamond(d, shape, each, labGrown, reportOdds);
            d.description = (labGrown ? "Lab-grown " : "") + Words.shape(shape) + " diamond stud earrings, "
                    + Words.carats(each.add(each)) + " total, " + left.colour() + " " + left.clarity() + ", in " + d.alloy.words();
            d.display = Showcase.DIAMONDS.tray(1);
        } else if (x < 0.55) {
            d.line = dice.pick(Houses.PEARL);
            d.alloy = Alloys.FINE.roll(dice);
            d.metalGrams = dice.between("1.00", "2.50");
            Pearl kind = dice.pick(Pearl.AKOYA, Pearl.AKOYA, Pearl.SOUTH_SEA, Pearl.TAHITIAN, Pearl.FRESHWATER);
            Gemstones.Pearls pearls = supply.pearls(d, kind, 2, 0.02);
            d.description = Words.capitalised(kind.tradeName) + " pearl stud earrings, " + pearls.millimetres().toPlainString()
                    + " mm, in " + d.alloy.words();
            d.display = Showcase.GEMS.tray(0);
        } else if (x < 0.75) {
            d.line = dice.pick(Houses.COLOUR);
            d.alloy = Alloys.FINE.roll(dice);
            d.metalGrams = dice.between("2.50", "7.00");
            String type = PENDANT_GEM.roll(dice);
            Stone gems = supply.accents(d, type, dice.pick("pear", "oval", "briolette"), 2, "0.80", "3.00");
            supply.melee(d, "round", dice.between(20, 50), "0.010", "0.020");
            if (BridalBench.isPrecious(type) && dice.chance(0.4)) {
                supply.reportOn(d, gems);
            }
            d.description = Words.capitalised(gems.colour()) + " " + type + " and diamond drop earrings, "
                    + Words.carats(gems.caratWeight()) + " the pair, in " + d.alloy.words();
            d.display = Showcase.GEMS.tray(BridalBench.isPrecious(type) ? 1 : 2);
        } else {
            d.line = dice.pick(Houses.GOLD);
            d.alloy = Alloys.GOLD.roll(dice);
            d.metalGrams = dice.between("2.00", "12.00");
            String design = dice.pick("hoop earrings", "huggie hoops", "knot studs", "doorknocker earrings", "ear climbers");
            if (dice.chance(0.35)) {
                supply.melee(d, "round", dice.between(10, 40), "0.005", "0.015");
                design = "diamond " + design;
            }
            d.description = Words.capitalised(d.alloy.words()) + " " + design;
            d.display = Showcase.GOLD.tray(2);
        }
        return d;
    }
}
