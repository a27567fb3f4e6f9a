package io.assay.edge.demo;

import io.assay.edge.inventory.RingSize;
import java.math.BigDecimal;

/** How the boutique writes stones, weights and sizes on a tag, and the ring sizes its clients wear. */
final class Words {

    private static final Odds<String> LADIES_US = Odds.of("4.5", 3).or("4.75", 3).or("5", 8).or("5.25", 7).or("5.5", 11)
            .or("5.75", 10).or("6", 14).or("6.25", 11).or("6.5", 12).or("6.75", 7).or("7", 7).or("7.5", 4).or("8", 3).build();
    private static final Odds<String> GENTS_US = Odds.of("8.5", 6).or("9", 12).or("9.5", 16).or("10", 20).or("10.5", 16)
            .or("11", 14).or("11.5", 8).or("12", 6).or("13", 2).build();
    private static final Odds<String> UK = Odds.of("J", 10).or("K", 15).or("L", 18).or("L½", 10).or("M", 18).or("N", 15)
            .or("O", 9).or("P", 5).build();

    private Words() {
    }

    /** "round brilliant", "emerald-cut", "pear-shaped": a shape as a jeweler says it. */
    static String shape(String shape) {
        return switch (shape) {
            case "round" -> "round brilliant";
            case "princess", "cushion", "emerald", "radiant", "asscher", "old mine" -> shape + "-cut";
            case "old european" -> "old European-cut";
            case "rose cut" -> "rose-cut";
            case "pear", "heart" -> shape + "-shaped";
            default -> shape;
        };
    }

    /** A coloured stone's shape: a round sapphire is a mixed cut, not a "round brilliant". */
    static String gemShape(String shape) {
        return shape.equals("round") ? "round" : shape(shape);
    }

    /** "1.01 ct". */
    static String carats(BigDecimal carats) {
        return carats.toPlainString() + " ct";
    }

    /** The first letter in upper case, for a description that starts with a variable word. */
    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static RingSize ladiesSize(Dice dice) {
        return new RingSize(LADIES_US.roll(dice), "US");
    }

    static RingSize gentsSize(Dice dice) {
        return new RingSize(GENTS_US.roll(dice), "US");
    }

    /** Estate rings often come with a British size stamped on the sizing stick. */
    static RingSize estateSize(Dice dice) {
        return dice.chance(0.4) ? new RingSize(UK.roll(dice), "UK") : ladiesSize(dice);
    }
}
