package io.assay.edge.sales;

import io.assay.edge.inventory.Money;
import java.time.Instant;

/**
 * Cash put into or taken out of a register's drawer other than by a sale: change brought from the safe,
 * a courier paid, the banking run. Counted in what the drawer should hold.
 *
 * @param direction "in" or "out"
 */
public record CashMovement(String direction, Money amount, String reason, String by, Instant at) {

    public static final String IN = "in";
    public static final String OUT = "out";

    /** The movement's effect on the drawer: plus for in, minus for out. */
    Money signed() {
        return IN.equals(direction) ? amount : Money.zero(amount.currency()).minus(amount);
    }
}
