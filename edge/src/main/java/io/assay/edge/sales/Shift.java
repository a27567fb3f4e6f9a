package io.assay.edge.sales;

import io.assay.edge.inventory.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A register from its opening to its close: the float counted in, and what each tender has taken since.
 *
 * @param taken  by tender type (its label): what the register holds for it now, net of change given (cash) or as
 *               charged (card)
 * @param sales  how many sales the shift rang up
 */
public record Shift(String openedBy, Instant openedAt, Money openingFloat, Map<String, Money> taken, int sales,
        List<CashMovement> movements, Map<String, Money> foreign) {

    public Shift {
        taken = new TreeMap<>(taken);
        movements = movements == null ? List.of() : List.copyOf(movements);
        foreign = foreign == null ? Map.of() : new TreeMap<>(foreign);
    }

    static Shift opened(String by, Instant at, Money openingFloat) {
        return new Shift(by, at, openingFloat, Map.of(), 0, List.of(), Map.of());
    }

    /** The foreign notes {@code tenders} bring in (or, with {@code sign} -1, hand back), by currency. */
    private Map<String, Money> foreignAfter(Iterable<Tender> tenders, int sign) {
        Map<String, Money> next = new TreeMap<>(foreign);
        for (Tender tender : tenders) {
            if (tender.foreign() != null) {
                Money notes = tender.foreign().amount();
                next.merge(notes.currency().getCurrencyCode(), sign > 0 ? notes : Money.zero(notes.currency()).minus(notes), Money::plus);
            }
        }
        return next;
    }

    /** This shift after {@code movement}. */
    Shift with(CashMovement movement) {
        List<CashMovement> next = new ArrayList<>(movements);
        next.add(movement);
        return new Shift(openedBy, openedAt, openingFloat, taken, sales, next, foreign);
    }

    /** The cash moved in and out other than by sales, by direction. */
    public Money moved(String direction) {
        return movements.stream().filter(m -> m.direction().equals(direction)).map(CashMovement::amount)
                .reduce(Money.zero(openingFloat.currency()), Money::plus);
    }

    /** This shift after a sale paid with {@code tenders}, {@code change} given back in cash. */
    Shift after(Iterable<Tender> tenders, Money change) {
        Map<String, Money> next = new TreeMap<>(taken);
        for (Tender tender : tenders) {
            next.merge(tender.type().label(), tender.amount(), Money::plus);
        }
        if (change.signum() != 0) {
            next.merge(TenderType.CASH.label(), Money.zero(change.currency()).minus(change), Money::plus);
        }
        return new Shift(openedBy, openedAt, openingFloat, next, sales + 1, movements, foreignAfter(tenders, 1));
    }

    /** This shift after {@code refunds} were paid out (cash from the drawer, back to cards). */
    Shift afterRefunds(Iterable<Tender> refunds) {
        Map<String, Money> next = new TreeMap<>(taken);
        for (Tender refund : refunds) {
            next.merge(refund.type().label(), Money.zero(refund.amount().currency()).minus(refund.amount()), Money::plus);
        }
        return new Shift(openedBy, openedAt, openingFloat, next, sales, movements, foreignAfter(refunds, -1));
    }

    /** This shift with a sale of it undone: its tenders given back, its change returned to the drawer. */
    Shift afterVoid(Iterable<Tender> tenders, Money change) {
        Shift refunded = afterRefunds(tenders);
        Map<String, Money> next = new TreeMap<>(refunded.taken());
        if (change.signum() != 0) {
            next.merge(TenderType.CASH.label(), change, Money::plus);
        }
        return new Shift(openedBy, openedAt, openingFloat, next, Math.max(0, sales - 1), movements, refunded.foreign());
    }

    /** What should be in the register for {@code type}: for cash, the float, the cash taken and the cash moved. */
    public Money expected(TenderType type) {
        Currency currency = openingFloat.currency();
        Money takenFor = taken.getOrDefault(type.label(), Money.zero(currency));
        if (type != TenderType.CASH) {
            return takenFor;
        }
        Money cash = openingFloat.plus(takenFor);
        for (CashMovement movement : movements) {
            cash = cash.plus(movement.signed());
        }
        return cash;
    }
}
