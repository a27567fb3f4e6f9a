package io.assay.edge.inventory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** Units a jeweler weighs in, with their exact size in grams (NIST SP 811). */
public enum WeightUnit {
    GRAM("g", new BigDecimal("1")),
    CARAT("ct", new BigDecimal("0.2")),
    PENNYWEIGHT("dwt", new BigDecimal("1.55517384")),
    TROY_OUNCE("ozt", new BigDecimal("31.1034768")),
    GRAIN("gr", new BigDecimal("0.06479891"));

    private final String symbol;
    private final BigDecimal grams;

    WeightUnit(String symbol, BigDecimal grams) {
        this.symbol = symbol;
        this.grams = grams;
    }

    @JsonValue
    public String symbol() {
        return symbol;
    }

    /** How many grams one of this unit is, exactly. */
    public BigDecimal grams() {
        return grams;
    }

    public static Optional<WeightUnit> fromSymbol(String symbol) {
        return Arrays.stream(values()).filter(u -> u.symbol.equalsIgnoreCase(symbol)).findFirst();
    }

    @JsonCreator
    static WeightUnit of(String symbol) {
        return fromSymbol(symbol).orElseThrow(() -> new IllegalArgumentException("unknown weight unit " + symbol));
    }
}
