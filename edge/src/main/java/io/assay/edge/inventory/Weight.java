package io.assay.edge.inventory;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A weight as the scale or the supplier gave it, in its own unit. */
public record Weight(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value, WeightUnit unit) {

    public Weight {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    /** The weight in grams, exact. */
    public BigDecimal grams() {
        return value.multiply(unit.grams());
    }

    /** The weight in whole milligrams (half up): the resolution of the index's weight ranges. */
    public long milligrams() {
        return grams().movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
