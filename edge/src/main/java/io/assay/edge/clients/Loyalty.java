package io.assay.edge.clients;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The store's loyalty terms: how many points a unit of currency earns in each tier, and what a point is worth
 * when it pays.
 *
 * @param earnPerUnit points per unit of the store's currency spent, by tier
 * @param pointValue  what one point pays, in the store's currency
 */
public record Loyalty(Map<String, BigDecimal> earnPerUnit, BigDecimal pointValue) {

    /** A point per dollar, half again for loyal clients, double for VIPs; a hundred points pay one dollar. */
    public static final Loyalty DEFAULTS = new Loyalty(Map.of(Tiers.NEW, BigDecimal.ONE, Tiers.LOYAL, new BigDecimal("1.5"), Tiers.VIP,
            new BigDecimal("2"), Tiers.LAPSED, BigDecimal.ONE), new BigDecimal("0.01"));

    public Loyalty {
        earnPerUnit = Map.copyOf(earnPerUnit);
    }

    public BigDecimal rate(String tier) {
        return earnPerUnit.getOrDefault(tier, BigDecimal.ONE);
    }
}
