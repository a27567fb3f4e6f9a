package io.assay.edge.clients;

import io.assay.edge.inventory.Money;
import java.time.Instant;

/**
 * What a client is worth to the store, from her sales less what she brought back.
 *
 * @param lifetimeValue net of returns
 * @param visits        the days she bought something
 * @param averageTicket net spend per sale
 * @param tier          the tier in force: the manager's, or the thresholds'
 * @param computedTier  the thresholds' tier
 * @param lapsedVip     she spent like a VIP and has not bought for the lapse period
 * @param rising        she spent more, and came more often, in the latest window than in the one before
 */
public record ClientValue(Money lifetimeValue, int sales, int visits, Money averageTicket, Instant lastPurchase, Money returned,
        String tier, String computedTier, boolean lapsedVip, boolean rising) {
}
