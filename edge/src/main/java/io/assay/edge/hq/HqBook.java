package io.assay.edge.hq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What HQ's commands left, as committed, for the screens and the clock: reservations, pending price
 * changes, transfers, the market prices in force and online interest. Fed from every commit, like the
 * register's book.
 */
public final class HqBook {

    private final ConcurrentMap<String, Reservation> reservations = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ScheduledPriceChange> priceChanges = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Transfer> transfers = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, OnlineInterest> interests = new ConcurrentHashMap<>();
    private volatile MarketPrices market = MarketPrices.NONE;

    /** Takes committed documents; anything that is not HQ's is ignored. */
    public void apply(Collection<?> documents) {
        for (Object document : documents) {
            if (document instanceof Reservation reservation) {
                reservations.merge(reservation.serial(), reservation, (held, next) -> next.version() >= held.version() ? next : held);
            } else if (document instanceof ScheduledPriceChange change) {
                if (change.pending()) {
                    priceChanges.put(change.id(), change);
                } else {
                    priceChanges.remove(change.id());
                }
            } else if (document instanceof Transfer transfer) {
                transfers.put(transfer.serial(), transfer);
            } else if (document instanceof MarketPrices prices) {
                market = prices;
            } else if (document instanceof OnlineInterest interest) {
                interests.put(interest.command(), interest);
            }
        }
    }

    /** Active click-and-collect reservations, the soonest to end first. */
    public List<Reservation> activeReservations() {
        return reservations.values().stream().filter(Reservation::active).sorted(Comparator.comparing(Reservation::until)).toList();
    }

    public List<Reservation> reservationsEndedBy(Instant now) {
        return activeReservations().stream().filter(r -> !r.until().isAfter(now)).toList();
    }

    /** Price changes waiting for their time, the soonest first. */
    public List<ScheduledPriceChange> pendingPriceChanges() {
        return priceChanges.values().stream().sorted(Comparator.comparing(ScheduledPriceChange::effectiveAt)
                .thenComparing(ScheduledPriceChange::id)).toList();
    }

    public List<ScheduledPriceChange> priceChangesDueBy(Instant now) {
        return pendingPriceChanges().stream().filter(c -> c.dueAt(now)).toList();
    }

    /** Transfers in either direction not yet received, and those received, the latest first. */
    public List<Transfer> transfers() {
        List<Transfer> all = new ArrayList<>(transfers.values());
        all.sort(Comparator.comparing(Transfer::at).reversed());
        return all;
    }

    public MarketPrices market() {
        return market;
    }

    /** Online clients' interest, the latest first. */
    public List<OnlineInterest> interests() {
        return interests.values().stream().sorted(Comparator.comparing(OnlineInterest::at).reversed()).toList();
    }
}
