package io.assay.edge.demo;

import io.assay.edge.inventory.Stone;
import io.assay.edge.inventory.StoneGrades;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Grades the diamonds of the demo stock on GIA's scales, in the proportions a boutique buyer ends up
 * with: most centre stones F to I and VS to SI, few D-flawless, cut mostly excellent, fluorescence mostly
 * none. Lab-grown stones come whiter and cleaner, as growers sell them. Only round brilliants carry a cut
 * grade, as on a GIA report; AGS states its top cut grade as "ideal".
 */
final class DiamondGrading {

    static final String NATURAL = "diamond";
    static final String LAB_GROWN = "lab-grown diamond";

    private static final Odds<String> COLOUR = Odds.of("D", 4).or("E", 9).or("F", 16).or("G", 22).or("H", 20)
            .or("I", 14).or("J", 8).or("K", 4).or("L", 1.5).or("M", 0.5).build();
    private static final Odds<String> LAB_GROWN_COLOUR = Odds.of("D", 22).or("E", 30).or("F", 28).or("G", 14)
            .or("H", 6).build();
    private static final Odds<String> FANCY = Odds.of("fancy yellow", 4).or("fancy intense yellow", 3)
            .or("fancy light pink", 1).or("fancy light yellowish brown", 1).or("fancy vivid yellow", 1).build();
    private static final Odds<String> CLARITY = Odds.of("FL", 0.5).or("IF", 2).or("VVS1", 7).or("VVS2", 11)
            .or("VS1", 20).or("VS2", 24).or("SI1", 20).or("SI2", 12).or("I1", 3).or("I2", 0.4).or("I3", 0.1).build();
    private static final Odds<String> LAB_GROWN_CLARITY = Odds.of("IF", 4).or("VVS1", 22).or("VVS2", 28)
            .or("VS1", 28).or("VS2", 14).or("SI1", 4).build();
    /** Old mine and old European cuts survive in the estate trade mostly warmer and less clean. */
    private static final Odds<String> OLD_CUT_COLOUR = Odds.of("F", 5).or("G", 12).or("H", 18).or("I", 20).or("J", 18)
            .or("K", 15).or("L", 7).or("M", 5).build();
    private static final Odds<String> OLD_CUT_CLARITY = Odds.of("VVS2", 4).or("VS1", 14).or("VS2", 22).or("SI1", 26)
            .or("SI2", 20).or("I1", 10).or("I2", 4).build();
    private static final Odds<String> CUT = Odds.of("excellent", 62).or("very good", 25).or("good", 9)
            .or("fair", 3).or("poor", 1).build();
    private static final Odds<String> FINISH_OF_FANCY_SHAPE = Odds.of("excellent", 55).or("very good", 35)
            .or("good", 10).build();
    private static final Odds<String> FLUORESCENCE = Odds.of("none", 60).or("faint", 20).or("medium", 12)
            .or("strong", 7).or("very strong", 1).build();
    private static final Odds<String> MELEE_COLOUR = Odds.of("F-G", 35).or("G-H", 50).or("H-I", 15).build();
    private static final Odds<String> MELEE_CLARITY = Odds.of("VVS2", 10).or("VS1", 30).or("VS2", 40)
            .or("SI1", 20).build();

    private DiamondGrading() {
    }

    /**
     * A fully graded stone: a centre stone, a stud, a loose stone.
     *
     * @param agsScale whether the stone is graded for an AGS report (top cut grade "ideal")
     */
    static Stone graded(Dice dice, String shape, BigDecimal carats, boolean labGrown, boolean agsScale) {
        boolean oldCut = shape.startsWith("old");
        String colour = !labGrown && dice.chance(0.015) ? FANCY.roll(dice)
                : (labGrown ? LAB_GROWN_COLOUR : oldCut ? OLD_CUT_COLOUR : COLOUR).roll(dice);
        String clarity = (labGrown ? LAB_GROWN_CLARITY : oldCut ? OLD_CUT_CLARITY : CLARITY).roll(dice);
        String cut = null;
        String polish;
        String symmetry;
        if (shape.equals("round")) {
            cut = labGrown && dice.chance(0.8) ? "excellent" : CUT.roll(dice);
            polish = finishNear(dice, cut);
            symmetry = finishNear(dice, cut);
            if (agsScale && cut.equals("excellent")) {
                cut = "ideal";
            }
        } else {
            polish = FINISH_OF_FANCY_SHAPE.roll(dice);
            symmetry = FINISH_OF_FANCY_SHAPE.roll(dice);
        }
        String fluorescence = labGrown ? (dice.chance(0.9) ? "none" : "faint") : FLUORESCENCE.roll(dice);
        return new Stone(labGrown ? LAB_GROWN : NATURAL, shape, 1, carats, colour, clarity, cut, polish, symmetry,
                fluorescence, null, null);
    }

    /**
     * Small accent diamonds (pavé, halo, side stones) described as a parcel: a total weight, a colour
     * range and a typical clarity, without per-stone grades.
     */
    static Stone melee(Dice dice, String shape, int count, BigDecimal totalCarats) {
        return new Stone(NATURAL, shape, count, totalCarats.setScale(2, RoundingMode.HALF_UP), MELEE_COLOUR.roll(dice),
                MELEE_CLARITY.roll(dice), null, null, null, null, null, null);
    }

    /** A cut grade's polish or symmetry: usually the same grade, sometimes one better or worse. */
    private static String finishNear(Dice dice, String cut) {
        int at = switch (cut) {
            case "excellent" -> 0;
            case "very good" -> 1;
            case "good" -> 2;
            case "fair" -> 3;
            default -> 4;
        };
        double x = dice.fraction();
        // An excellent cut needs at least very good polish and symmetry (GIA), so it never goes two down.
        int grade = x < 0.7 ? at : x < 0.85 ? at - 1 : at + 1;
        grade = Math.max(0, Math.min(4, grade));
        return StoneGrades.FINISH.get(grade);
    }
}
