package io.assay.edge.hq;

import io.assay.edge.clock.DueWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What falls due on HQ's orders: price changes whose time has come, reservations whose time has run out. */
public final class HqDue implements DueWork.Source {

    private final HqBook book;
    private final PriceChanges prices;
    private final ClickAndCollect reservations;

    public HqDue(HqBook book, PriceChanges prices, ClickAndCollect reservations) {
        this.book = book;
        this.prices = prices;
        this.reservations = reservations;
    }

    @Override
    public List<DueWork.Task> dueBy(Instant now) {
        List<DueWork.Task> due = new ArrayList<>();
        for (ScheduledPriceChange change : book.priceChangesDueBy(now)) {
            due.add(new DueWork.Task("price:" + change.id(), work -> prices.applyIfDue(work, change.id())));
        }
        for (Reservation reservation : book.reservationsEndedBy(now)) {
            due.add(new DueWork.Task("reservation:" + reservation.serial(), work -> reservations.expireIfDue(work, reservation.serial())));
        }
        return due;
    }
}
