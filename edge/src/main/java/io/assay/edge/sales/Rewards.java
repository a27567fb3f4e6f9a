package io.assay.edge.sales;

import io.assay.edge.domain.UnitOfWork;
import io.assay.edge.inventory.Money;

/**
 * Loyalty points as the register meets them: a client's sale earns them, they pay as a tender
 * ({@link TenderType#LOYALTY_POINTS}), and what comes back takes back what it earned and gives back what
 * points paid. The client book keeps the accounts.
 */
public interface Rewards {

    /**
     * Refuses, before anything is written, points the client cannot pay with: no client, too few points, or
     * an amount that is not a whole number of points.
     *
     * @param field the tender's path, for the refusal
     */
    void checkRedeemable(UnitOfWork work, String client, Money amount, String field);

    /** After the sale is saved: the points it spent and those it earned. */
    void settled(UnitOfWork work, Sale sale);

    /**
     * After goods of {@code sale} came back, or it was voided: the points earned on {@code refunded} are taken
     * back, and {@code pointsPaidBack} (what points had paid of it) goes back to the client as points.
     */
    void reversed(UnitOfWork work, Sale sale, Money refunded, Money pointsPaidBack);

    /** No loyalty programme: points are refused as a tender, and nothing is earned. */
    Rewards NONE = new Rewards() {
        @Override
        public void checkRedeemable(UnitOfWork work, String client, Money amount, String field) {
            throw io.assay.edge.domain.InvalidInputException.of(field, "this store takes no loyalty points");
        }

        @Override
        public void settled(UnitOfWork work, Sale sale) {
        }

        @Override
        public void reversed(UnitOfWork work, Sale sale, Money refunded, Money pointsPaidBack) {
        }
    };
}
