package io.assay.edge.inventory;

/**
 * A ring size in a sizing system: US and JP are numbers (US in quarter sizes), UK letters with an
 * optional half ("N", "N½"), EU/ISO the inner circumference in millimetres.
 */
public record RingSize(String value, String system) {
}
