package io.assay.edge.clients;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The store's loyalty terms: how many points a unit of currency earns in each tier, and what a point is worth
 * when it pays.
 *
 * @param earnPerUnit points per unit of the store's currency spent, by tier
 * @param redeemFrom  the points a client must hold, by tier, before they pay
 * @param pointValue  what one point pays, in the store's currency
 */
public record Loyalty(Map<String, BigDecimal> earnPerUnit, Map<String, Long> redeemFrom, BigDecimal pointValue) {

    /**
     * A point per dollar, half again for loyal clients, double for VIPs; a hundred points pay one dollar, once a
     * new or lapsed client holds five hundred.
     */
    public static final Loyalty DEFAULTS = new Loyalty(Map.of(Tiers.NEW, BigDecimal.ONE, Tiers.LOYAL, new BigDecimal("1.5"), Tiers.VIP,
            new BigDecimal("2"), Tiers.LAPSED, BigDecimal.ONE), Map.of(Tiers.NEW, 500L, Tiers.LOYAL, 0L, Tiers.VIP, 0L, Tiers.LAPSED, 500L),
            new BigDecimal("0.01"));

    public Loyalty {
        earnPerUnit = Map.copyOf(earnPerUnit);
        redeemFrom = Map.copyOf(redeemFrom);
    }

    public BigDecimal rate(String tier) {
        return earnPerUnit.getOrDefault(tier, BigDecimal.ONE);
    }

    public long redeemFrom(String tier) {
        return redeemFrom.getOrDefault(tier, 0L);
    }
}
