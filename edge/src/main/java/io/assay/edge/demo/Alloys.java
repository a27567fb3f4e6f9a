package io.assay.edge.demo;

import io.assay.edge.inventory.Metal;

/**
 * The metal a design is made in: metal, fineness as the hallmark states it, and colour. Each family of
 * designs has its own mix (bridal leans to platinum and white gold, the gold case to 18k and 14k yellow,
 * estate pieces to 900 platinum and 9k).
 */
final class Alloys {

    /** A metal with its fineness (karat for gold, millesimal otherwise) and colour. */
    record Alloy(Metal metal, String fineness, String colour) {

        /** How a price tag names it: "18k rose gold", "platinum 950", "stainless steel". */
        String words() {
            return switch (metal) {
                case GOLD -> fineness + " " + colour + " gold";
                case OTHER -> "stainless steel";
                default -> metal.label() + " " + fineness;
            };
        }
    }

    static final Odds<Alloy> BRIDAL = Odds.of(platinum("950"), 40).or(gold("18k", "white"), 30).or(gold("18k", "yellow"), 12)
            .or(gold("18k", "rose"), 10).or(gold("14k", "white"), 5).or(gold("14k", "yellow"), 3).build();
    static final Odds<Alloy> MENS_BAND = Odds.of(platinum("950"), 25).or(gold("14k", "yellow"), 25).or(gold("18k", "yellow"), 20)
            .or(gold("14k", "white"), 20).or(new Alloy(Metal.PALLADIUM, "950", "white"), 10).build();
    static final Odds<Alloy> FINE = Odds.of(gold("18k", "white"), 45).or(gold("18k", "yellow"), 25).or(gold("18k", "rose"), 12)
            .or(platinum("950"), 8).or(gold("14k", "white"), 6).or(gold("14k", "yellow"), 4).build();
    static final Odds<Alloy> GOLD = Odds.of(gold("18k", "yellow"), 38).or(gold("14k", "yellow"), 20).or(gold("18k", "rose"), 10)
            .or(gold("18k", "white"), 6).or(gold("22k", "yellow"), 6).or(gold("18k", "two-tone"), 5).or(gold("10k", "yellow"), 4)
            .or(gold("18k", "tri-colour"), 3).or(gold("9k", "yellow"), 3).or(gold("14k", "rose"), 3).or(gold("18k", "green"), 2).build();
    static final Odds<Alloy> SILVER = Odds.of(new Alloy(Metal.SILVER, "925", "white"), 80).or(new Alloy(Metal.SILVER, "925", "black"), 5)
            .or(new Alloy(Metal.PALLADIUM, "950", "white"), 15).build();
    static final Odds<Alloy> ESTATE = Odds.of(platinum("900"), 25).or(gold("18k", "yellow"), 25).or(gold("14k", "yellow"), 15)
            .or(gold("9k", "yellow"), 10).or(gold("18k", "white"), 10).or(platinum("950"), 10).or(gold("22k", "yellow"), 5).build();
    static final Odds<Alloy> WATCH = Odds.of(gold("18k", "yellow"), 28).or(gold("18k", "rose"), 30).or(gold("18k", "white"), 20)
            .or(platinum("950"), 8).or(new Alloy(Metal.OTHER, null, "white"), 14).build();

    private Alloys() {
    }

    private static Alloy gold(String karat, String colour) {
        return new Alloy(Metal.GOLD, karat, colour);
    }

    private static Alloy platinum(String fineness) {
        return new Alloy(Metal.PLATINUM, fineness, "white");
    }
}
