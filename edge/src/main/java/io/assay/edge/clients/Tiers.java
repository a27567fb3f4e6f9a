package io.assay.edge.clients;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where a client stands by what she spent and how often she came: the thresholds are the store's
 * (configuration), a manager may set a tier by hand.
 *
 * @param vipSpend      lifetime net spend (store currency) from which a client is VIP
 * @param loyalSpend    lifetime net spend from which she is loyal
 * @param loyalVisits   visits (days she bought) from which she is loyal, whatever she spent
 * @param lapsedMonths  months without a purchase after which a client who bought is lapsed
 * @param risingMonths  the window compared with the one before it to find rising clients
 */
public record Tiers(BigDecimal vipSpend, BigDecimal loyalSpend, int loyalVisits, int lapsedMonths, int risingMonths) {

    public static final String NEW = "new";
    public static final String LOYAL = "loyal";
    public static final String VIP = "vip";
    public static final String LAPSED = "lapsed";
    public static final List<String> NAMES = List.of(NEW, LOYAL, VIP, LAPSED);

    public static final Tiers DEFAULTS = new Tiers(new BigDecimal("25000"), new BigDecimal("5000"), 3, 18, 6);

    /** The tier the thresholds give; lapsed wins over the others, since it is what the associate must act on. */
    public String of(BigDecimal spend, int visits, boolean lapsed) {
        if (lapsed) {
            return LAPSED;
        }
        if (spend.compareTo(vipSpend) >= 0) {
            return VIP;
        }
        if (spend.compareTo(loyalSpend) >= 0 || visits >= loyalVisits) {
            return LOYAL;
        }
        return NEW;
    }
}
