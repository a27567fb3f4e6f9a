package io.assay.edge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.assay.edge.inventory.Category;
import io.assay.edge.inventory.Location;
import io.assay.edge.inventory.LocationKind;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.journal.ChainVerification;
import io.assay.edge.store.MapDbInventoryStore;
import io.assay.edge.store.StoreMetrics;
import io.assay.edge.store.WriteRig;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo boutique written through the real write path (MapDB file in a temp dir, the writer, the
 * journal): what a jeweler sees after {@code --demo}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSeederTest {

    private static final Currency USD = Currency.getInstance("USD");

    WriteRig rig;
    SeedReport report;
    List<Piece> pieces;
    final AtomicInteger commits = new AtomicInteger();
    long writerCpuMillis;

    @BeforeAll
    void seedAnEmptyStore(@TempDir Path dir) throws Exception {
        rig = new WriteRig(dir, 256, new StoreMetrics() {
            @Override
            public void committed(int commands, long nanos) {
                commits.incrementAndGet();
            }

            @Override
            public void refused() {
            }
        });
        Thread writerThread = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("assay-writer") && t.isAlive()).reduce((a, b) -> b).orElseThrow();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long writerCpuBefore = threads.getThreadCpuTime(writerThread.getId());
        long testCpuBefore = threads.getCurrentThreadCpuTime();
        report = DemoSeeder.seedIfEmpty(rig.writer, rig.inventory, true, USD);
        writerCpuMillis = (threads.getThreadCpuTime(writerThread.getId()) - writerCpuBefore) / 1_000_000;
        System.out.printf("CPU: writer thread %d ms, seeding thread %d ms%n", writerCpuMillis,
                (threads.getCurrentThreadCpuTime() - testCpuBefore) / 1_000_000);
        pieces = MapDbInventoryStore.allPieces(rig.db);
        System.out.printf("demo seeded: %d locations, %d pieces, %d changes in %d ms, %d commits%n",
                report.locations(), report.pieces(), report.changes(), report.millis(), commits.get());
    }

    @AfterAll
    void close() {
        rig.close();
    }

    @Test
    void noPieceOrLocationIsRefusedAndAtLeast1500PiecesAreIn() {
        assertThat(report.seeded()).isTrue();
        assertThat(report.refused()).isEmpty();
        assertThat(report.pieces()).isEqualTo(DemoBoutique.PIECES).isGreaterThanOrEqualTo(1500);
        assertThat(pieces).hasSize(report.pieces());
        assertThat(rig.index.size()).isEqualTo(report.pieces());
    }

    @Test
    void seedingUsesGroupCommitNotOneFsyncPerPiece() {
        int commands = report.locations() + report.pieces() + report.changes();
        // The time is reported, not asserted: it depends on the machine's load (see the printed figures).
        assertThat(commits.get()).isLessThan(commands / 20);
    }

    @Test
    void theFloorHasCasesWithTraysAWindowASafeAndABackOffice() {
        Map<String, Location> locations = MapDbInventoryStore.allLocations(rig.db).stream()
                .collect(Collectors.toMap(Location::id, l -> l));
        assertThat(locations.values().stream().map(Location::kind).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(LocationKind.class));
        assertThat(locations.get("case-1").kind()).isEqualTo(LocationKind.CASE);
        assertThat(locations.get("case-1").name()).isEqualTo("Bridal");
        assertThat(locations).containsKeys("case-6", "window-1", "safe", "back-office");
        locations.values().stream().filter(l -> l.kind() == LocationKind.TRAY)
                .forEach(tray -> assertThat(locations.get(tray.parent()).kind()).isEqualTo(LocationKind.CASE));
        // Every place holds stock.
        Set<String> used = pieces.stream().map(Piece::location).collect(Collectors.toSet());
        assertThat(used).containsAll(locations.keySet());
    }

    @Test
    void everyCategoryIsStocked() {
        assertThat(pieces.stream().map(Piece::category).collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(Category.class));
    }

    @Test
    void atLeast40PercentCarryALabReport() {
        long reported = pieces.stream().filter(p -> !p.certificates().isEmpty()).count();
        System.out.printf("with a lab report: %d of %d (%.1f %%)%n", reported, pieces.size(), 100.0 * reported / pieces.size());
        assertThat(reported * 100).isGreaterThanOrEqualTo(pieces.size() * 40L);
    }

    @Test
    void mostPiecesAreInStockAndTheRestInABelievableMix() {
        Map<PieceStatus, Long> byStatus = pieces.stream()
                .collect(Collectors.groupingBy(Piece::status, () -> new EnumMap<>(PieceStatus.class), Collectors.counting()));
        System.out.println("by status: " + byStatus);
        assertThat(byStatus.get(PieceStatus.IN_STOCK)).isGreaterThan(pieces.size() * 7L / 10);
        assertThat(byStatus).containsKeys(PieceStatus.RESERVED, PieceStatus.SOLD, PieceStatus.ON_MEMO_OUT,
                PieceStatus.ON_MEMO_IN, PieceStatus.IN_REPAIR);
        // Reserved and sold pieces got there by a legal change after entry, recorded in the journal.
        pieces.stream().filter(p -> p.status() == PieceStatus.SOLD || p.status() == PieceStatus.RESERVED).forEach(p -> {
            assertThat(p.version()).isEqualTo(2);
            assertThat(rig.journal.bySubject(p.serial())).extracting(e -> e.get("type").asText())
                    .containsExactly("io.assay.piece.created", "io.assay.piece.status-changed");
        });
        pieces.stream().filter(p -> p.status() == PieceStatus.SOLD)
                .forEach(p -> assertThat(p.location()).isEqualTo("back-office"));
    }

    @Test
    void everyPieceCostsLessThanItRetailsForWithinItsCategorysRange() {
        Map<Category, BigDecimal[]> plausible = new EnumMap<>(Category.class);
        plausible.put(Category.ENGAGEMENT_RING, range("800", "900000"));
        plausible.put(Category.RING, range("300", "500000"));
        plausible.put(Category.BAND, range("300", "80000"));
        plausible.put(Category.NECKLACE, range("400", "500000"));
        plausible.put(Category.PENDANT, range("100", "500000"));
        plausible.put(Category.BRACELET, range("600", "300000"));
        plausible.put(Category.EARRINGS, range("150", "300000"));
        plausible.put(Category.BROOCH, range("800", "200000"));
        plausible.put(Category.WATCH, range("4000", "250000"));
        plausible.put(Category.LOOSE_STONE, range("300", "2000000"));
        plausible.put(Category.OTHER, range("75", "20000"));
        Map<Category, BigDecimal[]> seen = new TreeMap<>();
        for (Piece piece : pieces) {
            assertThat(piece.cost().currency()).isEqualTo(USD);
            assertThat(piece.retailPrice().currency()).isEqualTo(USD);
            assertThat(piece.cost().amount()).as("cost of %s", piece.serial()).isLessThan(piece.retailPrice().amount());
            assertThat(piece.retailPrice().amount()).as("retail of %s (%s)", piece.serial(), piece.description())
                    .isBetween(plausible.get(piece.category())[0], plausible.get(piece.category())[1]);
            seen.merge(piece.category(), new BigDecimal[] {piece.retailPrice().amount(), piece.retailPrice().amount()},
                    (a, b) -> new BigDecimal[] {a[0].min(b[0]), a[1].max(b[1])});
        }
        seen.forEach((category, r) -> System.out.printf("retail %-16s %12s .. %12s%n", category.label(), r[0], r[1]));
    }

    @Test
    void weightsFitTheirCategory() {
        Map<Category, BigDecimal[]> grams = new EnumMap<>(Category.class);
        grams.put(Category.ENGAGEMENT_RING, range("2", "10"));
        grams.put(Category.RING, range("2", "25"));
        grams.put(Category.BAND, range("2", "20"));
        grams.put(Category.NECKLACE, range("3", "160"));
        grams.put(Category.PENDANT, range("1", "20"));
        grams.put(Category.BRACELET, range("5", "100"));
        grams.put(Category.EARRINGS, range("1", "20"));
        grams.put(Category.BROOCH, range("5", "40"));
        grams.put(Category.WATCH, range("40", "220"));
        grams.put(Category.LOOSE_STONE, range("0.06", "2"));
        grams.put(Category.OTHER, range("1", "50"));
        for (Piece piece : pieces) {
            assertThat(piece.weight().grams()).as("weight of %s (%s)", piece.serial(), piece.description())
                    .isBetween(grams.get(piece.category())[0], grams.get(piece.category())[1]);
        }
    }

    @Test
    void theJournalVerifiesAfterSeeding() {
        ChainVerification verification = rig.journal.verify();
        assertThat(verification.ok()).isTrue();
        assertThat(verification.count()).isEqualTo(report.locations() + report.pieces() + report.changes());
    }

    private static BigDecimal[] range(String low, String high) {
        return new BigDecimal[] {new BigDecimal(low), new BigDecimal(high)};
    }
}
