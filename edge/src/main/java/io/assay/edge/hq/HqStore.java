package io.assay.edge.hq;

import java.util.Optional;

/** What HQ's commands keep, as a command on the writer sees it. */
public interface HqStore {

    Optional<HqAnswer> answer(String id);

    void save(HqAnswer answer);

    /** The latest reservation of {@code serial}, active or ended. */
    Optional<Reservation> reservation(String serial);

    void save(Reservation reservation);

    Optional<ScheduledPriceChange> priceChange(String id);

    void save(ScheduledPriceChange change);

    Optional<PriceSource> priceSource(String serial);

    void save(PriceSource source);

    /** The latest transfer of {@code serial}. */
    Optional<Transfer> transfer(String serial);

    void save(Transfer transfer);

    MarketPrices market();

    void save(MarketPrices market);

    Optional<OnlineInterest> onlineInterest(String command);

    void save(OnlineInterest interest);
}
