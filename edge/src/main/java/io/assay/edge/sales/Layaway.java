package io.assay.edge.sales;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.assay.edge.inventory.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A piece held for a client who pays for it over time: reserved from the deposit on, completed into a
 * sale when paid in full, or cancelled with a fee and the rest refunded.
 *
 * @param line     the piece as it will be sold, priced and taxed when the layaway was made
 * @param price    what the piece costs the client, tax included: the line's total
 * @param schedule the agreed instalments: by each date, so much paid in all
 * @param status   open, completed or cancelled
 * @param sale     the sale it completed into, or null
 * @param refund   on a cancel: the store credit given back, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Layaway(String id, String number, String client, String serial, SaleLine line, Money price,
        List<Instalment> schedule, List<Payment> payments, String status, String sale, Money fee, Tender refund, String by,
        Instant createdAt, long version) {

    public static final String OPEN = "open";
    public static final String COMPLETED = "completed";
    public static final String CANCELLED = "cancelled";

    /** By {@code due}, {@code amount} more is owed. */
    public record Instalment(LocalDate due, Money amount) {
    }

    /** Money paid toward the layaway at a register. */
    public record Payment(Instant at, String register, String by, List<Tender> tenders, Money amount) {
    }

    public Layaway {
        schedule = List.copyOf(schedule);
        payments = List.copyOf(payments);
    }

    public Money paid() {
        return payments.stream().map(Payment::amount).reduce(Money.zero(price.currency()), Money::plus);
    }

    public Money balance() {
        return price.minus(paid());
    }

    /** Whether, on {@code today}, what the schedule asked by now has not all been paid. */
    @JsonIgnore
    public boolean overdueOn(LocalDate today) {
        if (!OPEN.equals(status)) {
            return false;
        }
        // The deposit was owed from the start: the part of the price the schedule does not spread.
        Money owed = price;
        for (Instalment instalment : schedule) {
            if (!instalment.due().isBefore(today)) {
                owed = owed.minus(instalment.amount());
            }
        }
        return owed.exceeds(paid());
    }

    Layaway with(Payment payment) {
        List<Payment> next = new ArrayList<>(payments);
        next.add(payment);
        return new Layaway(id, number, client, serial, line, price, schedule, next, status, sale, fee, refund, by, createdAt,
                version + 1);
    }

    Layaway completed(String saleId) {
        return new Layaway(id, number, client, serial, line, price, schedule, payments, COMPLETED, saleId, fee, refund, by,
                createdAt, version + 1);
    }

    Layaway cancelled(Money cancellationFee, Tender refunded) {
        return new Layaway(id, number, client, serial, line, price, schedule, payments, CANCELLED, sale, cancellationFee,
                refunded, by, createdAt, version + 1);
    }
}
