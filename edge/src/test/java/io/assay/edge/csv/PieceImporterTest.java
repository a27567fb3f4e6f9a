package io.assay.edge.csv;

import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;
import static org.assertj.core.api.Assertions.assertThat;

import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.store.StoreMetrics;
import io.assay.edge.store.WriteRig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports through the real writer on a real MapDB store: what is entered, what is refused, in how many commands. */
class PieceImporterTest {

    private static final String HEADER = "serial,epc,category,description,metal,fineness,retailPrice,currency,location,status";

    @TempDir
    Path dir;
    WriteRig rig;
    final AtomicInteger commands = new AtomicInteger();
    final AtomicInteger commits = new AtomicInteger();
    PieceImporter importer;

    @BeforeEach
    void openStoreWithACaseAndOnePiece() throws Exception {
        rig = new WriteRig(dir, 256, new StoreMetrics() {
            @Override
            public void committed(int count, long nanos) {
                commits.incrementAndGet();
                commands.addAndGet(count);
            }

            @Override
            public void refused() {
            }
        });
        rig.writer.submit("system", w -> rig.inventory.createLocation(w, location("case-1", "case"))).get();
        rig.writer.submit("system", w -> rig.inventory.create(w, ring("IN-STORE", "3034257BF7194E4000000001", "case-1"))).get();
        commands.set(0);
        commits.set(0);
        importer = new PieceImporter(rig.writer, rig.inventory, 10, 1000);
    }

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void rowByRowEntersTheGoodRowsInChunksAndReportsEachBadOne() {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (int i = 1; i <= 35; i++) {
            csv.append(row("P-" + i, "")).append("\r\n");
        }
        csv.append(row("P-7", "")).append("\r\n");
        csv.append(row("IN-STORE", "")).append("\r\n");
        csv.append(row("P-40", "3034257BF7194E4000000001")).append("\r\n");
        csv.append("P-41,,ring,Band,gold,18k,100.00,USD,attic,sold\r\n");

        ImportReport report = importer.importCsv("system", bytes(csv), false);

        assertThat(report.imported()).isEqualTo(35);
        assertThat(report.rejected()).isEqualTo(4);
        assertThat(report.serials()).hasSize(35).startsWith("P-1", "P-2").endsWith("P-35");
        assertThat(report.errors()).containsExactly(
                new RowError(37, "serial", "serial", "serial P-7 is already on line 8 of this file"),
                new RowError(38, "serial", "serial", "a piece with serial IN-STORE already exists"),
                new RowError(39, "epc", "epc", "EPC 3034257BF7194E4000000001 is already on piece IN-STORE"),
                new RowError(40, "location", "location", "there is no location 'attic'"),
                new RowError(40, "status", "status", "a new piece cannot be 'sold'; it arrives as one of "
                        + "in stock, on memo out, on memo in, in repair, in transit"));
        assertThat(rig.index.size()).isEqualTo(36);
        assertThat(rig.index.bySerial("P-35")).hasValueSatisfying(p -> assertThat(p.status()).isEqualTo(PieceStatus.IN_STOCK));
        assertThat(commands.get()).as("one writer command per chunk of 10 rows").isEqualTo(4);
    }

    @Test
    void allOrNothingWithOneBadRowEntersNothingAndReportsEveryError() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 25; i++) {
            csv.append(row("A-" + i, "")).append('\n');
        }
        csv.append("A-26,,ring,Band,gold,24x,100.00,USD,attic,\n");
        csv.append(row("A-3", "")).append('\n');
        long journalBefore = rig.journal.lastSeq();

        ImportReport report = importer.importCsv("system", bytes(csv), true);

        assertThat(report.imported()).isZero();
        assertThat(report.serials()).isEmpty();
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(report.errors()).extracting(RowError::line, RowError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(27, "fineness"),
                        org.assertj.core.groups.Tuple.tuple(27, "location"),
                        org.assertj.core.groups.Tuple.tuple(28, "serial"));
        assertThat(rig.index.size()).isEqualTo(1);
        assertThat(rig.journal.lastSeq()).isEqualTo(journalBefore);
    }

    @Test
    void allOrNothingWithGoodRowsEntersThemAllInOneCommand() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 25; i++) {
            csv.append(row("A-" + i, "")).append('\n');
        }

        ImportReport report = importer.importCsv("system", bytes(csv), true);

        assertThat(report.imported()).isEqualTo(25);
        assertThat(report.errors()).isEmpty();
        assertThat(rig.index.size()).isEqualTo(26);
        assertThat(commands.get()).isEqualTo(1);
        assertThat(commits.get()).isEqualTo(1);
        assertThat(rig.journal.verify().ok()).isTrue();
    }

    private static String row(String serial, String epc) {
        return serial + "," + epc + ",ring,\"Band, 18k\",gold,18k,100.00,USD,case-1,";
    }

    private static byte[] bytes(CharSequence csv) {
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
