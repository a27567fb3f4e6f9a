package io.assay.edge.sales;

import io.assay.edge.inventory.Money;
import java.util.HashMap;
import java.util.Map;

/**
 * What has come back from one sale so far: quantities by line (its index in the sale) and the amounts
 * refunded to each of its tenders (by index), so nothing is returned or refunded twice.
 */
public record ReturnLedger(String sale, Map<Integer, Integer> returned, Map<Integer, Money> refunded, long version) {

    public ReturnLedger {
        returned = Map.copyOf(returned);
        refunded = Map.copyOf(refunded);
    }

    static ReturnLedger empty(String sale) {
        return new ReturnLedger(sale, Map.of(), Map.of(), 0);
    }

    int returned(int line) {
        return returned.getOrDefault(line, 0);
    }

    Money refunded(int tender, Money zero) {
        return refunded.getOrDefault(tender, zero);
    }

    ReturnLedger after(Map<Integer, Integer> lines, Map<Integer, Money> refunds) {
        Map<Integer, Integer> nextReturned = new HashMap<>(returned);
        lines.forEach((line, quantity) -> nextReturned.merge(line, quantity, Integer::sum));
        Map<Integer, Money> nextRefunded = new HashMap<>(refunded);
        refunds.forEach((tender, amount) -> nextRefunded.merge(tender, amount, Money::plus));
        return new ReturnLedger(sale, nextReturned, nextRefunded, version + 1);
    }
}
