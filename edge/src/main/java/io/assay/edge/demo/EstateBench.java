package io.assay.edge.demo;

import io.assay.edge.demo.BoutiqueLayout.Showcase;
import io.assay.edge.inventory.Category;
import io.assay.edge.inventory.Stone;
import java.math.BigDecimal;

/**
 * Describes the estate case: signed-by-nobody pieces of a period (Art Deco platinum and old European
 * cuts, Edwardian garlands, Victorian garnets, Retro rose gold), often weighed in pennyweight and often
 * on consignment from a dealer.
 */
final class EstateBench {

    private final Dice dice;
    private final StoneSupply supply;

    EstateBench(Dice dice, StoneSupply supply) {
        this.dice = dice;
        this.supply = supply;
    }

    /** An estate piece of {@code category}: a ring, brooch, bracelet, necklace, pendant or earrings. */
    Draft piece(Category category) {
        Draft d = new Draft(category);
        boolean early = dice.chance(0.6);
        d.line = dice.pick(early ? Houses.ESTATE_EARLY : Houses.ESTATE_LATE);
        d.model = dice.between(100, 999);
        d.alloy = Alloys.ESTATE.roll(dice);
        d.weighedInPennyweight = dice.chance(0.3);
        d.usuallyConsigned = true;
        d.display = Showcase.ESTATE.tray(early ? 0 : 1);
        String period = period(d.line);
        String work = early ? centreOldCut(d) : colouredCentre(d);
        switch (category) {
            case RING -> {
                d.metalGrams = dice.between("2.50", "7.00");
                d.ringSize = Words.estateSize(dice);
                d.description = period + " ring in " + d.alloy.words() + ", " + work;
            }
            case BROOCH -> {
                d.metalGrams = dice.between("6.00", "22.00");
                supply.melee(d, "old european", dice.between(10, 40), "0.010", "0.040");
                d.description = period + " " + dice.pick("bar", "circle", "bow", "crescent", "garland") + " brooch in "
                        + d.alloy.words() + ", " + work;
            }
            case BRACELET -> {
                d.metalGrams = dice.between("15.00", "60.00");
                supply.melee(d, "old european", dice.between(20, 60), "0.010", "0.050");
                d.description = period + " line bracelet in " + d.alloy.words() + ", " + work;
            }
            case NECKLACE -> {
                d.metalGrams = dice.between("10.00", "35.00");
                supply.melee(d, "rose cut", dice.between(15, 45), "0.010", "0.030");
                d.description = period + " festoon necklace in " + d.alloy.words() + ", " + work;
            }
            case PENDANT -> {
                d.metalGrams = dice.between("3.00", "12.00");
                d.description = period + " pendant in " + d.alloy.words() + ", " + work;
            }
            case EARRINGS -> {
                d.metalGrams = dice.between("3.00", "9.00");
                d.description = period + " drop earrings in " + d.alloy.words() + ", " + work;
            }
            default -> throw new IllegalArgumentException("the estate case has no " + category.label());
        }
        d.notes = "Circa " + circa(d.line) + "; " + dice.pick("light wear consistent with age", "recently restored",
                "original fitted box", "hallmarks rubbed", "excellent condition");
        return d;
    }

    private String centreOldCut(Draft d) {
        String shape = dice.pick("old european", "old mine", "old european");
        BigDecimal carats = dice.between("0.40", "2.50");
        Stone diamond = supply.diamond(d, shape, carats, false, carats.compareTo(new BigDecimal("0.70")) >= 0 ? 0.65 : 0.15);
        return Words.shape(shape) + " diamond " + Words.carats(carats) + " " + diamond.colour() + " " + diamond.clarity();
    }

    private String colouredCentre(Draft d) {
        String type = dice.pick("garnet", "sapphire", "citrine", "aquamarine", "amethyst", "ruby");
        BigDecimal carats = dice.between("1.00", type.equals("citrine") || type.equals("aquamarine") ? "15.00" : "4.00");
        Stone gem = supply.gem(d, type, carats, BridalBench.isPrecious(type) ? 0.4 : 0.0);
        return gem.colour() + " " + type + " " + Words.carats(carats);
    }

    private static String period(Houses.Line line) {
        return line.collection().substring("Estate ".length());
    }

    private String circa(Houses.Line line) {
        return switch (line.code()) {
            case "EAD" -> String.valueOf(dice.between(1920, 1935));
            case "EED" -> String.valueOf(dice.between(1901, 1915));
            case "EVI" -> String.valueOf(dice.between(1860, 1895));
            default -> String.valueOf(dice.between(1938, 1952));
        };
    }
}
