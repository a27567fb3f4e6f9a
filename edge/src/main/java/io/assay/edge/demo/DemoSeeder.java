package io.assay.edge.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.domain.DomainException;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.inventory.InventoryService;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceReader;
import io.assay.edge.store.Writer;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds an empty data directory with the demo boutique, through the one write path: every location and
 * piece is a command of the {@link InventoryService} submitted to the {@link Writer} as actor
 * {@code system}, so it is validated, journaled and indexed like a clerk's entry.
 *
 * <p>Each step queues all its commands before waiting for any, so the writer groups them into commits of
 * up to its batch size instead of paying one fsync per piece. Steps run in order (locations, pieces,
 * then the pieces reserved or sold since), because each needs the previous one committed.
 */
public final class DemoSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
    private static final String ACTOR = "system";
    private static final long STEP_TIMEOUT_SECONDS = 120;
    private static final PieceReader READER = new PieceReader();

    private DemoSeeder() {
    }

    /**
     * Seeds the {@link DemoBoutique#SEED standard demo} only when {@code empty}: a restart keeps what is there.
     * Called once at start, before the HTTP server opens.
     *
     * @param currency the store's currency, which the demo prices are stated in
     * @throws IllegalStateException when the write path fails (not when a piece is refused: see the report)
     */
    public static SeedReport seedIfEmpty(Writer writer, InventoryService inventory, boolean empty, Currency currency) {
        if (!empty) {
            LOG.info("demo: the data directory already holds stock; nothing seeded");
            return SeedReport.skipped();
        }
        return seed(writer, inventory, DemoBoutique.generate(DemoBoutique.SEED, DemoBoutique.PIECES, currency));
    }

    /**
     * Writes {@code boutique} through {@code writer}. A refused location, piece or change is logged and
     * listed in the report; the others still go in.
     *
     * @throws IllegalStateException when the write path fails or does not answer in time
     */
    public static SeedReport seed(Writer writer, InventoryService inventory, DemoBoutique boutique) {
        long started = System.nanoTime();
        List<String> refused = new ArrayList<>();

        List<Submitted> locations = new ArrayList<>();
        for (ObjectNode location : boutique.locations()) {
            locations.add(new Submitted("location " + location.get("id").asText(),
                    writer.submit(ACTOR, work -> inventory.createLocation(work, location))));
        }
        int locationsIn = await(locations, refused);

        List<Submitted> pieces = new ArrayList<>();
        for (DemoPiece piece : boutique.pieces()) {
            pieces.add(new Submitted(piece.serial(), submitEntry(writer, inventory, piece)));
        }
        int piecesIn = await(pieces, refused);

        List<Submitted> changes = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            DemoPiece piece = boutique.pieces().get(i);
            if (piece.change() != null && !pieces.get(i).result().isCompletedExceptionally()) {
                changes.add(new Submitted(piece.serial() + " change",
                        writer.submit(ACTOR, work -> inventory.update(work, piece.serial(), piece.change()))));
            }
        }
        int changesIn = await(changes, refused);

        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        LOG.info("demo: seeded {} locations, {} pieces and {} later changes in {} ms ({} refused)",
                locationsIn, piecesIn, changesIn, millis, refused.size());
        return new SeedReport(true, locationsIn, piecesIn, changesIn, refused, millis);
    }

    /**
     * Reads the piece with the same {@link PieceReader} the service uses, here on the caller's thread, so
     * the single writer only runs the store's rules; a piece the reader refuses is refused like any other.
     */
    private static CompletableFuture<Piece> submitEntry(Writer writer, InventoryService inventory, DemoPiece piece) {
        Piece draft;
        try {
            draft = READER.read(piece.entry());
        } catch (InvalidInputException refusal) {
            return CompletableFuture.failedFuture(refusal);
        }
        return writer.submit(ACTOR, work -> inventory.create(work, draft));
    }

    /** Waits for every command of a step; returns how many went in and adds each refusal to {@code refused}. */
    private static int await(List<Submitted> step, List<String> refused) {
        int accepted = 0;
        for (Submitted submitted : step) {
            try {
                submitted.result().get(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                accepted++;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof DomainException refusal)) {
                    throw new IllegalStateException("demo seeding failed at " + submitted.what() + ": " + e.getCause(), e.getCause());
                }
                String reason = submitted.what() + ": " + reasons(refusal);
                LOG.error("demo: refused {}", reason);
                refused.add(reason);
            } catch (TimeoutException e) {
                throw new IllegalStateException("demo seeding: the writer did not answer for " + submitted.what()
                        + " within " + STEP_TIMEOUT_SECONDS + " s", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("demo seeding interrupted at " + submitted.what(), e);
            }
        }
        return accepted;
    }

    private static String reasons(DomainException refusal) {
        if (refusal instanceof InvalidInputException invalid) {
            return refusal.getMessage() + " " + invalid.errors().stream()
                    .map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; "));
        }
        return refusal.getMessage();
    }

    /** A queued command and what it enters, for the report. */
    private record Submitted(String what, CompletableFuture<?> result) {
    }
}
