package io.assay.edge.store;

import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.domain.ConflictException;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.json.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriterTest {

    @TempDir
    Path dir;
    WriteRig rig;

    @BeforeEach
    void openStoreWithACase() throws Exception {
        rig = new WriteRig(dir, 256);
        rig.writer.submit("system", w -> rig.inventory.createLocation(w, location("case-1", "case"))).get();
    }

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void anAcknowledgedPieceIsAlreadyInTheIndexAndTheJournal() throws Exception {
        Piece piece = rig.writer.submit("system", w -> rig.inventory.create(w, ring("R-1", null, "case-1"))).get();

        assertThat(rig.index.bySerial("R-1")).contains(piece);
        assertThat(rig.journal.bySubject("R-1")).singleElement()
                .satisfies(e -> assertThat(e.get("type").asText()).isEqualTo("io.assay.piece.created"));
    }

    @Test
    void sellingAPieceTwiceConcurrentlyFailsOnce() throws Exception {
        rig.writer.submit("system", w -> rig.inventory.create(w, ring("R-2", null, "case-1"))).get();
        ObjectNode sell = Json.mapper().createObjectNode().put("status", "sold");
        int registers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(registers);
        CountDownLatch start = new CountDownLatch(1);
        List<java.util.concurrent.Future<CompletableFuture<Piece>>> calls = new ArrayList<>();
        for (int i = 0; i < registers; i++) {
            calls.add(pool.submit(() -> {
                start.await();
                return rig.writer.submit("register", w -> {
                    Piece current = w.inventory().piece("R-2").orElseThrow();
                    if (current.status() == PieceStatus.SOLD) {
                        throw new ConflictException("R-2 is already sold");
                    }
                    return rig.inventory.update(w, "R-2", sell);
                });
            }));
        }
        start.countDown();
        int sold = 0;
        int refused = 0;
        for (var call : calls) {
            try {
                call.get().get(10, TimeUnit.SECONDS);
                sold++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                refused++;
            }
        }
        pool.shutdown();

        assertThat(sold).isEqualTo(1);
        assertThat(refused).isEqualTo(registers - 1);
        assertThat(rig.journal.bySubject("R-2")).hasSize(2);
    }

    @Test
    void aRefusedCommandLeavesNoTraceAndDoesNotDisturbItsBatch() throws Exception {
        List<CompletableFuture<Piece>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            // Every fifth piece points at a location that does not exist.
            String location = i % 5 == 0 ? "nowhere" : "case-1";
            ObjectNode json = ring("B-" + i, null, location);
            results.add(rig.writer.submit("system", w -> rig.inventory.create(w, json)));
        }
        int ok = 0;
        for (CompletableFuture<Piece> r : results) {
            try {
                r.get(10, TimeUnit.SECONDS);
                ok++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(InvalidInputException.class);
            }
        }

        assertThat(ok).isEqualTo(40);
        assertThat(rig.db.pieces()).hasSize(40);
        assertThat(rig.journal.lastSeq()).isEqualTo(1 + 40);
        assertThat(rig.journal.verify().ok()).isTrue();
    }

    @Test
    void aCommandThatFailsAfterWritingIsRolledBackAndTheOthersStillCommit() throws Exception {
        CompletableFuture<Piece> before = rig.writer.submit("system", w -> rig.inventory.create(w, ring("C-1", null, "case-1")));
        CompletableFuture<Piece> broken = rig.writer.submit("system", w -> {
            rig.inventory.create(w, ring("C-2", null, "case-1"));
            throw new IllegalStateException("disk on fire after the write");
        });
        CompletableFuture<Piece> after = rig.writer.submit("system", w -> rig.inventory.create(w, ring("C-3", null, "case-1")));

        assertThat(before.get(10, TimeUnit.SECONDS).serial()).isEqualTo("C-1");
        assertThatThrownBy(() -> broken.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(after.get(10, TimeUnit.SECONDS).serial()).isEqualTo("C-3");
        assertThat(rig.db.pieces().keySet()).containsExactly("C-1", "C-3");
        assertThat(rig.journal.bySubject("C-2")).isEmpty();
        assertThat(rig.journal.verify().ok()).isTrue();
    }

    @Test
    void queuedCommandsShareCommits() throws Exception {
        rig.close();
        java.util.concurrent.atomic.AtomicInteger commits = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger committed = new java.util.concurrent.atomic.AtomicInteger();
        rig = new WriteRig(dir, 256, new StoreMetrics() {
            @Override
            public void committed(int commands, long nanos) {
                commits.incrementAndGet();
                committed.addAndGet(commands);
            }

            @Override
            public void refused() {
            }
        });
        int count = 2_000;
        List<CompletableFuture<Piece>> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode json = ring("G-" + i, null, "case-1");
            results.add(rig.writer.submit("system", w -> rig.inventory.create(w, json)));
        }
        CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        assertThat(rig.db.pieces()).hasSize(count);
        assertThat(rig.index.size()).isEqualTo(count);
        assertThat(committed.get()).isEqualTo(count);
        assertThat(commits.get()).isLessThan(count);
    }

    @Test
    void aClosedWriterRefusesNewCommandsButFinishesQueuedOnes() throws Exception {
        List<CompletableFuture<Piece>> queued = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ObjectNode json = ring("Q-" + i, null, "case-1");
            queued.add(rig.writer.submit("system", w -> rig.inventory.create(w, json)));
        }
        rig.writer.close();

        for (CompletableFuture<Piece> q : queued) {
            assertThat(q).isCompleted();
            assertThat(q.isCompletedExceptionally()).isFalse();
        }
        assertThat(rig.writer.submit("system", w -> rig.inventory.create(w, ring("Q-late", null, "case-1"))))
                .failsWithin(1, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(ShuttingDownException.class);
        assertThat(rig.db.pieces()).hasSize(100);
    }
}
