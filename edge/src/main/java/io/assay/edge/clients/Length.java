package io.assay.edge.clients;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** A wrist or necklace length: the value as measured, in {@code cm}, {@code mm} or {@code in}. */
public record Length(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value, String unit) {
}
