package io.assay.edge.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * A weighted table: each value comes up in proportion to its weight, the way a buyer's stock follows
 * what sells (many G-H colours, few D-flawless). Immutable once built.
 */
final class Odds<T> {

    private final List<T> values;
    private final double[] cumulative;

    private Odds(List<T> values, List<Double> weights) {
        this.values = List.copyOf(values);
        this.cumulative = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < weights.size(); i++) {
            sum += weights.get(i);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    static <T> Builder<T> of(T value, double weight) {
        return new Builder<T>().or(value, weight);
    }

    T roll(Dice dice) {
        double x = dice.fraction();
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    /** Collects values and weights; weights need not add up to anything. */
    static final class Builder<T> {
        private final List<T> values = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder<T> or(T value, double weight) {
            if (weight <= 0) {
                throw new IllegalArgumentException("a weight is positive, got " + weight + " for " + value);
            }
            values.add(value);
            weights.add(weight);
            return this;
        }

        Odds<T> build() {
            return new Odds<>(values, weights);
        }
    }
}
