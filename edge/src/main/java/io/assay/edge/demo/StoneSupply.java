package io.assay.edge.demo;

import io.assay.edge.inventory.Stone;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Where the benches get their stones: picks a stone's shape and size the way a boutique buys them,
 * has it graded, sends the important ones to a laboratory and sets them in the draft with their
 * reports.
 */
final class StoneSupply {

    /** Reports in the demo are dated within this window (fixed, so the demo is the same every day). */
    private static final LocalDate FIRST_REPORT = LocalDate.of(2021, 9, 1);
    private static final int REPORT_DAYS = 1350;

    static final Odds<String> CENTRE_SHAPE = Odds.of("round", 50).or("oval", 12).or("cushion", 10).or("emerald", 8)
            .or("pear", 6).or("princess", 6).or("radiant", 4).or("marquise", 2).or("asscher", 2).build();
    static final Odds<String> FASHION_SHAPE = Odds.of("oval", 25).or("pear", 20).or("marquise", 15).or("round", 20)
            .or("emerald", 10).or("cushion", 10).build();
    /** Centre stone sizes as they sell: a bump at one carat, a long tail of important stones. */
    private static final Odds<String[]> CENTRE_CARATS = Odds.of(new String[] {"0.50", "0.69"}, 20)
            .or(new String[] {"0.70", "0.89"}, 18).or(new String[] {"0.90", "0.99"}, 9).or(new String[] {"1.00", "1.09"}, 18)
            .or(new String[] {"1.10", "1.49"}, 14).or(new String[] {"1.50", "1.99"}, 12).or(new String[] {"2.00", "2.99"}, 6)
            .or(new String[] {"3.00", "4.20"}, 2).or(new String[] {"4.21", "6.50"}, 1).build();

    private final Dice dice;
    private final Laboratory laboratory = new Laboratory();

    StoneSupply(Dice dice) {
        this.dice = dice;
    }

    /** A centre stone's size in carats, from the usual mix. */
    BigDecimal centreCarats() {
        String[] band = CENTRE_CARATS.roll(dice);
        return dice.between(band[0], band[1]);
    }

    /**
     * Sets a graded diamond (natural or lab-grown) and, with probability {@code reportOdds}, its report.
     */
    Stone diamond(Draft draft, String shape, BigDecimal carats, boolean labGrown, double reportOdds) {
        boolean reported = dice.chance(reportOdds);
        String lab = reported ? Laboratory.forDiamond(dice, labGrown) : null;
        Stone stone = DiamondGrading.graded(dice, shape, carats, labGrown, "AGS".equals(lab));
        draft.stones.add(stone);
        if (reported) {
            draft.certificates.add(laboratory.report(dice, lab, stone, reportDate()));
        }
        return stone;
    }

    /** Sets a coloured stone of {@code type} and, with probability {@code reportOdds}, its report. */
    Stone gem(Draft draft, String type, BigDecimal carats, double reportOdds) {
        Stone stone = Gemstones.gem(dice, type, carats);
        setWithReport(draft, stone, reportOdds);
        return stone;
    }

    /** Sets matched pearls and, with probability {@code reportOdds}, a pearl report. */
    Gemstones.Pearls pearls(Draft draft, Gemstones.Pearl kind, int count, double reportOdds) {
        Gemstones.Pearls pearls = Gemstones.pearls(dice, kind, count);
        setWithReport(draft, pearls.stone(), reportOdds);
        return pearls;
    }

    /** Sets a strand of pearls {@code inches} long and, with probability {@code reportOdds}, a pearl report. */
    Gemstones.Pearls strand(Draft draft, Gemstones.Pearl kind, int inches, double reportOdds) {
        Gemstones.Pearls pearls = Gemstones.strand(dice, kind, inches);
        setWithReport(draft, pearls.stone(), reportOdds);
        return pearls;
    }

    /** Sets {@code count} accent diamonds of about {@code eachFrom}–{@code eachTo} carats each, as a parcel. */
    Stone melee(Draft draft, String shape, int count, String eachFrom, String eachTo) {
        BigDecimal each = dice.between(eachFrom, eachTo);
        Stone stone = DiamondGrading.melee(dice, shape, count, each.multiply(BigDecimal.valueOf(count)));
        draft.stones.add(stone);
        return stone;
    }

    /** Sets accent coloured stones as a parcel. */
    Stone accents(Draft draft, String type, String shape, int count, String eachFrom, String eachTo) {
        BigDecimal total = dice.between(eachFrom, eachTo).multiply(BigDecimal.valueOf(count)).setScale(2, RoundingMode.HALF_UP);
        Stone stone = Gemstones.accents(dice, type, shape, count, total);
        draft.stones.add(stone);
        return stone;
    }

    /** Sends stones already set (a parcel of accent diamonds, a matched pair) for a report. */
    void reportOn(Draft draft, Stone stone) {
        boolean diamond = DiamondGrading.NATURAL.equals(stone.type()) || DiamondGrading.LAB_GROWN.equals(stone.type());
        String lab = diamond ? Laboratory.forDiamond(dice, DiamondGrading.LAB_GROWN.equals(stone.type()))
                : Laboratory.forColouredStone(dice, stone.type());
        draft.certificates.add(laboratory.report(dice, lab, stone, reportDate()));
    }

    private void setWithReport(Draft draft, Stone stone, double reportOdds) {
        draft.stones.add(stone);
        if (dice.chance(reportOdds)) {
            draft.certificates.add(laboratory.report(dice, Laboratory.forColouredStone(dice, stone.type()), stone, reportDate()));
        }
    }

    private LocalDate reportDate() {
        return FIRST_REPORT.plusDays(dice.between(0, REPORT_DAYS));
    }
}
