package io.assay.edge.demo;

import io.assay.edge.inventory.Category;
import io.assay.edge.inventory.Money;
import io.assay.edge.inventory.PieceStatus;
import java.math.BigDecimal;

/**
 * Where a piece of the demo stock is and how it stands: most in stock in their case, a few in the window
 * or the safe, some consigned by a dealer, held for a client, sold and awaiting collection, out on memo,
 * at the bench or on their way in.
 *
 * <p>A piece can only be entered in one of {@link PieceStatus#initial()}; a reserved or sold piece is
 * entered in stock and then changed, so its history reads as it happened.
 *
 * @param arrival  the status it is entered with
 * @param location where it is entered
 * @param notes    its notes on entry
 * @param later    the status it then moves to (reserved, sold), or null
 * @param laterAt  where it goes then
 * @param laterNotes its notes after that change
 */
record Placement(PieceStatus arrival, String location, String notes, PieceStatus later, String laterAt, String laterNotes) {

    private static final BigDecimal WINDOW_WORTHY = new BigDecimal("8000");
    private static final BigDecimal SAFE_WORTHY = new BigDecimal("60000");
    private static final String[] CLIENTS = {"Mrs H. Castellane", "Dr R. Okafor", "Mr and Mrs J. Lindqvist",
        "Ms P. Arvanitis", "Mr T. Nakashima", "Mrs E. Whitcombe", "Ms L. Ferreira", "Mr D. Abernathy"};
    private static final String[] DEALERS = {"Beaumont Estate Buyers", "Rue Cadet Gem Traders", "Vantwerp Diamond Co.",
        "Linden & Pryce Antiques", "Marchmont Fine Watches"};

    /** Decides where a priced draft is and how it stands. */
    static Placement of(Dice dice, Draft draft, Money retail) {
        String home = home(dice, draft, retail.amount());
        double consigned = draft.usuallyConsigned ? 0.35 : 0.04;
        double x = dice.fraction();
        String previous = draft.notes.isEmpty() ? "" : draft.notes + "; ";
        if (x < consigned) {
            return new Placement(PieceStatus.ON_MEMO_IN, home,
                    previous + "Consigned by " + dice.pick(DEALERS) + ", memo M-" + dice.between(1000, 4999), null, null, null);
        }
        x = dice.fraction();
        if (x < 0.04) {
            String where = retail.amount().compareTo(SAFE_WORTHY) >= 0 ? BoutiqueLayout.SAFE : BoutiqueLayout.BACK_OFFICE;
            return inStockThen(home, draft.notes, PieceStatus.RESERVED, where,
                    previous + "Held for " + dice.pick(CLIENTS) + "; deposit taken");
        }
        if (x < 0.085) {
            return inStockThen(home, draft.notes, PieceStatus.SOLD, BoutiqueLayout.BACK_OFFICE,
                    previous + "Sold to " + dice.pick(CLIENTS) + "; awaiting collection after "
                            + dice.pick("engraving", "cleaning", "gift wrapping", draft.category.isRing() ? "sizing" : "polishing"));
        }
        if (x < 0.11) {
            return new Placement(PieceStatus.ON_MEMO_OUT, BoutiqueLayout.BACK_OFFICE,
                    previous + "On approval with " + dice.pick(CLIENTS) + ", memo O-" + dice.between(100, 999), null, null, null);
        }
        if (x < 0.135 && draft.category != Category.LOOSE_STONE) {
            return new Placement(PieceStatus.IN_REPAIR, BoutiqueLayout.BACK_OFFICE, previous + repair(dice, draft.category),
                    null, null, null);
        }
        if (x < 0.145) {
            return new Placement(PieceStatus.IN_TRANSIT, BoutiqueLayout.BACK_OFFICE,
                    previous + "Arriving from " + dice.pick(DEALERS) + " by insured courier", null, null, null);
        }
        return new Placement(PieceStatus.IN_STOCK, home, draft.notes, null, null, null);
    }

    private static Placement inStockThen(String home, String notes, PieceStatus later, String laterAt, String laterNotes) {
        return new Placement(PieceStatus.IN_STOCK, home, notes, later, laterAt, laterNotes);
    }

    /** The tray of its design, the case's top shelf, the window for a showpiece, the safe for the most valuable. */
    private static String home(Dice dice, Draft draft, BigDecimal retail) {
        if (draft.category == Category.LOOSE_STONE || (retail.compareTo(SAFE_WORTHY) >= 0 && dice.chance(0.7))) {
            return BoutiqueLayout.SAFE;
        }
        if (retail.compareTo(WINDOW_WORTHY) >= 0 && dice.chance(0.08)) {
            return BoutiqueLayout.WINDOW;
        }
        int tray = draft.display.indexOf("-tray-");
        return tray > 0 && dice.chance(0.15) ? draft.display.substring(0, tray) : draft.display;
    }

    private static String repair(Dice dice, Category category) {
        return switch (category) {
            case WATCH -> "At the watchmaker: " + dice.pick("full service", "new crystal", "bracelet adjustment", "water-resistance test");
            case RING, ENGAGEMENT_RING, BAND -> "At the bench: " + dice.pick("sizing", "re-tipping prongs", "rhodium plating",
                    "tightening the centre stone");
            default -> "At the bench: " + dice.pick("new clasp", "restringing", "soldering a link", "polishing", "replacing a post");
        };
    }
}
