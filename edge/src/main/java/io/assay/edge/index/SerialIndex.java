package io.assay.edge.index;

import io.assay.edge.inventory.Piece;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Supplier;

/**
 * The in-memory serial index: lookups by serial, EPC and style, and counts, searches and facet counts
 * over bitmaps (see {@link IndexedStock}). What matches, how pages are ordered and how facets are
 * labelled is exactly what {@link QueryMatcher} says; the property tests hold the two together.
 *
 * <p>Threading: one writer (the store's writer thread, after each commit) calls {@link #upsertAll};
 * any thread may read concurrently. A {@link StampedLock} guards the structures: a batch is applied
 * under the write lock, so a reader sees all of a committed batch or none of it, never a piece half
 * moved between bitmaps; reads take the read lock (they last microseconds, and a batch of a group
 * commit takes about as long), except the EPC lookup, an optimistic read validated afterwards, so the
 * RFID hot path writes no shared memory. Copy-on-write was the alternative; it would copy bitmaps of
 * a hundred kilobytes on every sale at a million pieces. A read that starts after {@code upsertAll}
 * returns sees its pieces.
 */
public final class SerialIndex {

    private final StampedLock lock = new StampedLock();
    private final IndexedStock stock;
    /** The range buckets of the last large batch, being built aside; only the writer reads or sets it. */
    private CompletableFuture<Void> rangesAside = CompletableFuture.completedFuture(null);

    public SerialIndex() {
        this(ValueBuckets.Shape.DEFAULT);
    }

    /** An index whose price and weight buckets are cut as {@code rangeShape} says (tests cut them small). */
    SerialIndex(ValueBuckets.Shape rangeShape) {
        this.stock = new IndexedStock(rangeShape);
    }

    /**
     * Adds or replaces pieces (by serial), all of them visible at once. Pieces are never removed: they
     * change status instead. Called by one thread at a time (the method is synchronized to make that so).
     *
     * @throws IllegalArgumentException (or ArithmeticException) when a piece's EPC, price or weight
     *                                  cannot be indexed; the index is then unchanged
     */
    public synchronized void upsertAll(Collection<Piece> changed) {
        List<IndexedStock.Entry> entries = new ArrayList<>(changed.size());
        for (Piece p : changed) {
            entries.add(IndexedStock.Entry.of(p));
        }
        // The buckets built aside read the values only this writer changes: they are done before it
        // changes them again.
        rangesAside.join();
        long stamp = lock.writeLock();
        try {
            stock.upsertAll(entries);
        } finally {
            lock.unlockWrite(stamp);
        }
        if (entries.size() >= IndexedStock.TEXT_THREAD_BATCH) {
            // As the words of such a batch (IndexedStock#upsertAll): the load at start need not wait for
            // them. Until they are in, a range is counted exactly from the values, only more slowly.
            rangesAside = CompletableFuture.runAsync(this::refreshRangeBuckets,
                    task -> new Thread(task, "assay-index-ranges").start());
        } else {
            refreshRangeBuckets();
        }
    }

    /**
     * Waits until what the last large batch left running aside (its words, its range buckets) is done:
     * for benchmarks that time the whole build, and tests that look at the finished structures.
     */
    public synchronized void awaitAsideWork() {
        rangesAside.join();
        read(() -> {
            stock.awaitWords();
            return null;
        });
    }

    public int size() {
        return read(() -> stock.count());
    }

    public Optional<Piece> bySerial(String serial) {
        return read(() -> Optional.ofNullable(stock.bySerial(serial)));
    }

    /** The piece whose tag has this EPC ({@link io.assay.drivers.epc.Epc96}'s two longs); no strings involved. */
    public Optional<Piece> byEpc(long high, long low) {
        long stamp = lock.tryOptimisticRead();
        if (stamp != 0) {
            Piece found = stock.byEpc(high, low);
            if (lock.validate(stamp)) {
                return Optional.ofNullable(found);
            }
        }
        // A commit ran meanwhile: read again under the lock.
        return read(() -> Optional.ofNullable(stock.byEpc(high, low)));
    }

    /** Every style some piece has, in no order. */
    public List<String> styles() {
        return read(stock::styles);
    }

    /** The pieces of a style, by serial. */
    public List<Piece> byStyle(String style) {
        Piece[] found = read(() -> stock.piecesOfStyle(style));
        Arrays.sort(found, Comparator.comparing(Piece::serial));
        return List.of(found);
    }

    public int count(PieceQuery query) {
        return read(() -> stock.countMatching(query));
    }

    /** Every piece matching {@code query}, in no particular order. */
    public List<Piece> matching(PieceQuery query) {
        return List.of(read(() -> stock.piecesMatching(query)));
    }

    /** One page of the matching pieces; a page past the end is empty and still tells the total. */
    public PieceResults search(PieceQuery query, SortOrder sort, int page, int size) {
        Piece[] matches = read(() -> stock.piecesMatching(query));
        // Ordered outside the lock: pieces are immutable, and a sort over many matches should not hold up
        // the writer's next commit.
        return SortedPage.of(matches, sort, page, size);
    }

    /** Pieces matching {@code query} by value of {@code facet}; values with no piece are left out. */
    public Map<String, Integer> countBy(Facet facet, PieceQuery query) {
        return read(() -> stock.countBy(facet, query));
    }

    /** Runs {@code reading} under the read lock: it sees whole commits only. */
    private <T> T read(Supplier<T> reading) {
        long stamp = lock.readLock();
        try {
            return reading.get();
        } finally {
            lock.unlockRead(stamp);
        }
    }

    private void refreshRangeBuckets() {
        // Built outside the lock (only this writer changes what it reads), swapped in under it: readers
        // wait for a pointer swap, not for a rebuild over every piece.
        for (RangeColumn column : stock.staleRanges()) {
            ValueBuckets buckets = column.buildBuckets();
            long stamp = lock.writeLock();
            try {
                column.install(buckets);
            } finally {
                lock.unlockWrite(stamp);
            }
        }
    }
}
