package io.assay.edge.clients;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The ring sizing systems an associate meets, each read to and from the inner circumference in millimetres,
 * the one measure they all share (ISO 8653). US sizes step 0.032 in (0.8128 mm) of diameter from 11.63 mm at
 * size 0, in quarters; UK letters step 1.25 mm of circumference from A at 37.8 mm, in halves; EU/ISO sizes are
 * the circumference itself; JP (JIS) sizes step a third of a millimetre of diameter from 13 mm at size 1 and
 * are approximate by nature, as the JIS table itself is.
 */
public enum RingSystem {
    US, UK, EU, JP;

    private static final double US_ZERO_DIAMETER = 11.63;
    private static final double US_STEP_DIAMETER = 0.8128;
    private static final double UK_A_CIRCUMFERENCE = 37.8;
    private static final double UK_STEP_CIRCUMFERENCE = 1.25;
    private static final double JP_ONE_DIAMETER = 13.0;
    private static final double JP_STEP_DIAMETER = 1.0 / 3.0;

    public static Optional<RingSystem> parse(String name) {
        String wanted = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        if (wanted.equals("ISO")) {
            return Optional.of(EU);
        }
        return Arrays.stream(values()).filter(s -> s.name().equals(wanted)).findFirst();
    }

    /** The inner circumference in mm of {@code size} in this system, or empty when it is not a size of it. */
    public Optional<Double> circumference(String size) {
        String value = size == null ? "" : size.trim().toUpperCase(Locale.ROOT);
        try {
            return switch (this) {
                case US -> number(value, 0, 16, 4).map(n -> Math.PI * (US_ZERO_DIAMETER + US_STEP_DIAMETER * n));
                case EU -> number(value, 36, 76, 2);
                case JP -> number(value, 1, 30, 1).map(n -> Math.PI * (JP_ONE_DIAMETER + JP_STEP_DIAMETER * (n - 1)));
                case UK -> ukSteps(value).map(steps -> UK_A_CIRCUMFERENCE + UK_STEP_CIRCUMFERENCE * steps);
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The size of this system nearest to {@code circumference} mm, written as this system writes it. */
    public String nearest(double circumference) {
        return switch (this) {
            case US -> decimal(Math.round((circumference / Math.PI - US_ZERO_DIAMETER) / US_STEP_DIAMETER * 4) / 4.0);
            case EU -> decimal(Math.round(circumference * 2) / 2.0);
            case JP -> decimal(Math.max(1, Math.round((circumference / Math.PI - JP_ONE_DIAMETER) / JP_STEP_DIAMETER) + 1));
            case UK -> uk(Math.round((circumference - UK_A_CIRCUMFERENCE) / UK_STEP_CIRCUMFERENCE * 2) / 2.0);
        };
    }

    /** What sizes look like in this system, for an error message. */
    public String expectation() {
        return switch (this) {
            case US -> "a US size from 0 to 16 in quarters, such as 6 or 6.25";
            case EU -> "an EU/ISO size, the inner circumference in mm from 36 to 76, such as 52 or 52.5";
            case JP -> "a JP size, a whole number from 1 to 30";
            case UK -> "a UK letter from A to Z with an optional half, such as L or L½ (L1/2)";
        };
    }

    private static Optional<Double> number(String value, double min, double max, int fractions) {
        double n = Double.parseDouble(value);
        boolean onStep = Math.abs(n * fractions - Math.rint(n * fractions)) < 1e-9;
        return n >= min && n <= max && onStep ? Optional.of(n) : Optional.empty();
    }

    /** Half-letter steps from A: "A" 0, "A½" 0.5, "B" 1... */
    private static Optional<Double> ukSteps(String value) {
        String letter = value.replace("½", "").replace("1/2", "").replace(" ", "").replace(".5", "");
        boolean half = !letter.equals(value.replace(" ", ""));
        if (letter.length() != 1 || letter.charAt(0) < 'A' || letter.charAt(0) > 'Z' || (half && letter.charAt(0) == 'Z')) {
            return Optional.empty();
        }
        return Optional.of(letter.charAt(0) - 'A' + (half ? 0.5 : 0));
    }

    private static String uk(double steps) {
        double clamped = Math.max(0, Math.min(25, steps));
        char letter = (char) ('A' + (int) Math.floor(clamped));
        return clamped % 1 == 0 ? String.valueOf(letter) : letter + "½";
    }

    private static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
