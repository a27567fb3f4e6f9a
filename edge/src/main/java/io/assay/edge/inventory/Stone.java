package io.assay.edge.inventory;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A stone set in a piece (or the piece itself, for a loose stone). Diamonds carry the GIA grades;
 * coloured stones carry colour, origin and treatment. Absent grades are null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Stone(
        String type,
        String shape,
        int count,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal caratWeight,
        String colour,
        String clarity,
        String cut,
        String polish,
        String symmetry,
        String fluorescence,
        String origin,
        String treatment) {
}
