package io.assay.edge.clients;

/**
 * A ring size measured on one finger of one hand, as the associate wrote it.
 *
 * @param hand   {@code left} or {@code right}
 * @param finger {@code thumb}, {@code index}, {@code middle}, {@code ring} or {@code little}
 * @param system US, UK, EU or JP
 */
public record FingerSize(String hand, String finger, String value, String system) {
}
