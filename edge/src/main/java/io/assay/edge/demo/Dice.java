package io.assay.edge.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

/**
 * The demo's only source of chance. Everything the generator decides goes through one seeded
 * {@link Random} in a fixed order, so one seed always gives the same boutique. Not thread-safe.
 */
final class Dice {

    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** A decimal from {@code min} to {@code max} with {@code scale} decimals, evenly spread. */
    BigDecimal between(BigDecimal min, BigDecimal max, int scale) {
        BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
        long steps = max.subtract(min).divide(step, 0, RoundingMode.FLOOR).longValueExact();
        return min.add(step.multiply(BigDecimal.valueOf((long) (random.nextDouble() * (steps + 1)))))
                .setScale(scale, RoundingMode.UNNECESSARY);
    }

    /** {@link #between(BigDecimal, BigDecimal, int)} for literals: {@code between("0.50", "0.69")}. */
    BigDecimal between(String min, String max) {
        BigDecimal low = new BigDecimal(min);
        return between(low, new BigDecimal(max), low.scale());
    }

    /** A fraction from 0 (included) to 1 (excluded). */
    double fraction() {
        return random.nextDouble();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** A string of {@code n} decimal digits, leading zeros allowed. */
    String digits(int n) {
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }
}
