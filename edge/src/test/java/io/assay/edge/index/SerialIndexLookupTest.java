package io.assay.edge.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.assay.drivers.epc.Epc96;
import io.assay.edge.inventory.Category;
import io.assay.edge.inventory.Metal;
import io.assay.edge.inventory.Money;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.inventory.Weight;
import io.assay.edge.inventory.WeightUnit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SerialIndexLookupTest {

    private static final Instant T0 = Instant.parse("2025-01-02T10:00:00Z");
    private static final String TAG = "3074257BF7194E4000001A85";

    private final SerialIndex index = new SerialIndex();

    @Test
    void aTagReadFindsItsPieceByTheEpcsTwoLongs() {
        index.upsertAll(List.of(ring("R-1", TAG, "SOL-1", "case-1"), ring("R-2", null, "SOL-1", "case-1")));
        Epc96 epc = Epc96.parse(TAG);

        assertThat(index.byEpc(epc.high(), epc.low())).map(Piece::serial).contains("R-1");
        assertThat(index.byEpc(epc.high(), epc.low() + 1)).isEmpty();
    }

    @Test
    void aRetaggedPieceIsFoundByItsNewTagOnlyAndItsOldTagCanGoToAnotherPiece() {
        String newTag = "3074257BF7194E4000001A86";
        index.upsertAll(List.of(ring("R-1", TAG, "SOL-1", "case-1")));
        index.upsertAll(List.of(ring("R-1", newTag, "SOL-1", "case-1")));

        assertThat(index.byEpc(Epc96.parse(TAG).high(), Epc96.parse(TAG).low())).isEmpty();
        assertThat(index.byEpc(Epc96.parse(newTag).high(), Epc96.parse(newTag).low())).map(Piece::serial).contains("R-1");

        index.upsertAll(List.of(ring("R-2", TAG, "SOL-2", "case-2")));
        assertThat(index.byEpc(Epc96.parse(TAG).high(), Epc96.parse(TAG).low())).map(Piece::serial).contains("R-2");
    }

    @Test
    void aSerialFindsTheLatestVersionOfItsPiece() {
        Piece first = ring("R-1", null, "SOL-1", "case-1");
        index.upsertAll(List.of(first));
        index.upsertAll(List.of(first.withStatus(PieceStatus.SOLD, T0.plusSeconds(60))));

        assertThat(index.bySerial("R-1")).map(Piece::status).contains(PieceStatus.SOLD);
        assertThat(index.bySerial("R-404")).isEmpty();
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void aStyleListsItsPiecesBySerial() {
        index.upsertAll(List.of(ring("R-3", null, "SOL-1", "case-1"), ring("R-1", null, "SOL-1", "case-2"),
                ring("R-2", null, "HALO-7", "case-1")));

        assertThat(index.byStyle("SOL-1")).extracting(Piece::serial).containsExactly("R-1", "R-3");
        assertThat(index.byStyle("NONE")).isEmpty();
    }

    @Test
    void aSoldPieceLeavesTheInStockCountAndASecondMoveLeavesItsFirstLocation() {
        Piece ring = ring("R-1", null, "SOL-1", "case-1");
        index.upsertAll(List.of(ring, ring("R-2", null, "SOL-1", "case-1")));
        PieceQuery inStock = query(EnumSet.of(PieceStatus.IN_STOCK), null);

        index.upsertAll(List.of(ring.withStatus(PieceStatus.SOLD, T0.plusSeconds(5))));

        assertThat(index.count(inStock)).isEqualTo(1);
        assertThat(index.countBy(Facet.STATUS, PieceQuery.all())).containsExactly(
                java.util.Map.entry("in stock", 1), java.util.Map.entry("sold", 1));

        index.upsertAll(List.of(ring("R-2", null, "SOL-1", "window-1")));
        assertThat(index.count(query(null, Set.of("case-1")))).isEqualTo(1);
        assertThat(index.count(query(null, Set.of("window-1")))).isEqualTo(1);
    }

    @Test
    void aPriceChangeMovesThePieceBetweenPriceRanges() {
        index.upsertAll(List.of(ring("R-1", null, "SOL-1", "case-1")));
        PieceQuery under3000 = new PieceQuery(null, null, null, null, null, null, null, null, null, null, null, 300_000L,
                null, null, null);
        assertThat(index.count(under3000)).isEqualTo(1);

        Piece repriced = new Piece("R-1", null, "SOL-1", Category.RING, "Solitaire", "House", "Lumiere", Metal.GOLD, "18k",
                "white", new Weight(new BigDecimal("5.20"), WeightUnit.GRAM), null, List.of(), List.of(), null,
                new Money(new BigDecimal("3100.00"), Currency.getInstance("USD")), "case-1", PieceStatus.IN_STOCK, "",
                List.of(), 2, T0, T0.plusSeconds(9));
        index.upsertAll(List.of(repriced));

        assertThat(index.count(under3000)).isZero();
    }

    private static PieceQuery query(Set<PieceStatus> statuses, Set<String> locations) {
        return new PieceQuery(locations, statuses, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    private static Piece ring(String serial, String epc, String style, String location) {
        return new Piece(serial, epc, style, Category.RING, "Solitaire", "House", "Lumiere", Metal.GOLD, "18k", "white",
                new Weight(new BigDecimal("5.20"), WeightUnit.GRAM), null, List.of(), List.of(), null,
                new Money(new BigDecimal("2450.00"), Currency.getInstance("USD")), location, PieceStatus.IN_STOCK, "",
                List.of(), 1, T0, T0);
    }
}
