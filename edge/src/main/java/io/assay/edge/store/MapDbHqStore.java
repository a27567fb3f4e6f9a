package io.assay.edge.store;

import io.assay.edge.hq.HqAnswer;
import io.assay.edge.hq.HqStore;
import io.assay.edge.hq.MarketPrices;
import io.assay.edge.hq.OnlineInterest;
import io.assay.edge.hq.PriceSource;
import io.assay.edge.hq.Reservation;
import io.assay.edge.hq.ScheduledPriceChange;
import io.assay.edge.hq.Transfer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** {@link HqStore} on MapDB document maps, for the writer's transaction; reports each saved document. */
public final class MapDbHqStore implements HqStore {

    private static final String MARKET_KEY = "market";

    private final DocumentMap documents;

    MapDbHqStore(Database db, Consumer<Object> onSave) {
        this.documents = new DocumentMap(db, onSave);
    }

    @Override
    public Optional<HqAnswer> answer(String id) {
        return documents.get(DocumentCollection.HQ_ANSWERS, id, HqAnswer.class);
    }

    @Override
    public void save(HqAnswer answer) {
        documents.putQuietly(DocumentCollection.HQ_ANSWERS, answer.id(), answer);
    }

    @Override
    public Optional<Reservation> reservation(String serial) {
        return documents.get(DocumentCollection.RESERVATIONS, serial, Reservation.class);
    }

    @Override
    public void save(Reservation reservation) {
        documents.put(DocumentCollection.RESERVATIONS, reservation.serial(), reservation);
    }

    @Override
    public Optional<ScheduledPriceChange> priceChange(String id) {
        return documents.get(DocumentCollection.PRICE_CHANGES, id, ScheduledPriceChange.class);
    }

    @Override
    public void save(ScheduledPriceChange change) {
        documents.put(DocumentCollection.PRICE_CHANGES, change.id(), change);
    }

    @Override
    public Optional<PriceSource> priceSource(String serial) {
        return documents.get(DocumentCollection.PRICE_SOURCES, serial, PriceSource.class);
    }

    @Override
    public void save(PriceSource source) {
        documents.putQuietly(DocumentCollection.PRICE_SOURCES, source.serial(), source);
    }

    @Override
    public Optional<Transfer> transfer(String serial) {
        return documents.get(DocumentCollection.TRANSFERS, serial, Transfer.class);
    }

    @Override
    public void save(Transfer transfer) {
        documents.put(DocumentCollection.TRANSFERS, transfer.serial(), transfer);
    }

    @Override
    public MarketPrices market() {
        return documents.get(DocumentCollection.MARKET, MARKET_KEY, MarketPrices.class).orElse(MarketPrices.NONE);
    }

    @Override
    public void save(MarketPrices market) {
        documents.put(DocumentCollection.MARKET, MARKET_KEY, market);
    }

    @Override
    public Optional<OnlineInterest> onlineInterest(String command) {
        return documents.get(DocumentCollection.ONLINE_INTEREST, command, OnlineInterest.class);
    }

    @Override
    public void save(OnlineInterest interest) {
        documents.put(DocumentCollection.ONLINE_INTEREST, interest.command(), interest);
    }

    /** Everything the HQ read model holds: for loading it at start. */
    public static List<Object> everything(Database db) {
        DocumentMap map = new DocumentMap(db, saved -> { });
        List<Object> all = new ArrayList<>(map.all(DocumentCollection.RESERVATIONS, Reservation.class));
        all.addAll(map.all(DocumentCollection.PRICE_CHANGES, ScheduledPriceChange.class));
        all.addAll(map.all(DocumentCollection.TRANSFERS, Transfer.class));
        all.addAll(map.all(DocumentCollection.MARKET, MarketPrices.class));
        all.addAll(map.all(DocumentCollection.ONLINE_INTEREST, OnlineInterest.class));
        return all;
    }
}
