package io.assay.edge.clients;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * A client's points, and the rate each of her sales earned at: a return takes back what that sale earned,
 * at its rate, whatever her tier is since.
 */
public record LoyaltyAccount(String client, long points, Map<String, BigDecimal> rates,
        long version) {

    public LoyaltyAccount {
        rates = rates == null ? Map.of() : Map.copyOf(rates);
    }

    static LoyaltyAccount empty(String client) {
        return new LoyaltyAccount(client, 0, Map.of(), 0);
    }

    LoyaltyAccount with(long newPoints, String sale, BigDecimal rate) {
        Map<String, BigDecimal> next = new HashMap<>(rates);
        if (sale != null && rate != null) {
            next.put(sale, rate);
        }
        return new LoyaltyAccount(client, newPoints, next, version + 1);
    }
}
