package io.assay.edge.sales;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.inventory.Money;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.journal.ChainVerification;
import io.assay.edge.json.Json;
import io.assay.edge.store.DocumentCollection;
import io.assay.edge.store.StoreMetrics;
import io.assay.edge.store.WriteRig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during a stream of sales, again and again on the same data directory: every acknowledged sale
 * is there afterwards, no serial is on two sales, every sold piece is on exactly one, and the register's
 * takings are exactly the sales' tenders less their change.
 */
class SaleKillNineTest {

    private static final int KILLS = Integer.getInteger("assay.sale.kills", 8);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void killingTheRegistersMidSaleLosesNoAcknowledgedSaleAndSellsNothingTwice() throws Exception {
        long seed = Long.getLong("assay.kill.seed", System.nanoTime());
        System.out.println("SaleKillNineTest seed " + seed + " (rerun with -Dassay.kill.seed=" + seed + ")");
        Random random = new Random(seed);
        Set<String> acknowledged = new HashSet<>();
        int replays = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
                    System.getProperty("java.class.path"), SaleKillWorker.class.getName(), dir.toString(), "K" + kill,
                    Long.toString(random.nextLong()))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> lines = new ArrayList<>();
            CountDownLatch firstSales = new CountDownLatch(10);
            Thread reader = new Thread(() -> read(child, lines, firstSales), "kill-reader");
            reader.start();
            assertThat(firstSales.await(60, TimeUnit.SECONDS)).as("child acknowledged sales").isTrue();
            Thread.sleep(random.nextInt(300));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join();
            for (String line : lines) {
                assertThat(line).as("child reported").doesNotStartWith("FAIL");
                if (line.startsWith("SALE ")) {
                    acknowledged.add(line.substring(5));
                } else if (line.startsWith("REPLAY ")) {
                    replays++;
                }
            }
            verify(acknowledged, kill);
        }
        System.out.println("SaleKillNineTest: " + KILLS + " kills, " + acknowledged.size() + " acknowledged sales, " + replays
                + " idempotent replays");
        assertThat(acknowledged.size()).isGreaterThan(KILLS * 10);
    }

    private void verify(Set<String> acknowledged, int kill) throws Exception {
        try (WriteRig rig = new WriteRig(dir, 1, StoreMetrics.NONE)) {
            ChainVerification chain = rig.journal.verify();
            assertThat(chain.ok()).as("journal after kill %d: %s", kill, chain).isTrue();
            Map<String, Sale> sales = new HashMap<>();
            for (byte[] json : rig.db.documents(DocumentCollection.SALES).values()) {
                Sale sale = Json.mapper().readValue(json, Sale.class);
                sales.put(sale.id(), sale);
            }
            assertThat(sales.keySet()).as("acknowledged sales after kill %d", kill).containsAll(acknowledged);

            Map<String, String> saleOfSerial = new HashMap<>();
            Money cash = Money.zero(SaleKillWorker.USD);
            Money cards = Money.zero(SaleKillWorker.USD);
            for (Sale sale : sales.values()) {
                for (SaleLine line : sale.lines()) {
                    String earlier = saleOfSerial.put(line.serial(), sale.id());
                    assertThat(earlier).as("%s on two sales after kill %d", line.serial(), kill).isNull();
                }
                for (Tender tender : sale.tenders()) {
                    if (tender.type() == TenderType.CASH) {
                        cash = cash.plus(tender.amount());
                    } else {
                        cards = cards.plus(tender.amount());
                    }
                }
                cash = cash.minus(sale.change());
                Money paid = sale.tenders().stream().map(Tender::amount).reduce(Money::plus).orElseThrow();
                assertThat(paid.minus(sale.change())).as("sale %s balances", sale.number()).isEqualTo(sale.total());
            }
            for (String serial : rig.db.pieces().keySet()) {
                Piece piece = rig.index.bySerial(serial).orElseThrow();
                assertThat(piece.status() == PieceStatus.SOLD).as("%s sold exactly when on a sale, after kill %d", serial, kill)
                        .isEqualTo(saleOfSerial.containsKey(serial));
            }
            JsonNode register = Json.mapper().readTree(rig.db.documents(DocumentCollection.REGISTERS).get("reg-1"));
            Shift shift = Json.mapper().treeToValue(register.get("shift"), Shift.class);
            assertThat(shift.sales()).as("sales on the register after kill %d", kill).isEqualTo(sales.size());
            assertThat(shift.expected(TenderType.CASH)).as("cash in the drawer").isEqualTo(shift.openingFloat().plus(cash));
            assertThat(shift.expected(TenderType.CARD)).as("card takings").isEqualTo(cards);
            long completed = rig.journal.select(new io.assay.edge.journal.AuditQuery(null, null, SaleService.SALE_COMPLETED, null, null)).length;
            assertThat(completed).as("one sale event per sale").isEqualTo(sales.size());
        }
    }

    private static void read(Process child, List<String> lines, CountDownLatch firstSales) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                // A line cut by the kill is not an acknowledgement the child completed.
                if (line.matches("(SALE|REPLAY) [0-9a-f-]{36}|READY|FAIL .*")) {
                    lines.add(line);
                    if (line.startsWith("SALE")) {
                        firstSales.countDown();
                    }
                }
            }
        } catch (java.io.IOException e) {
            // The child is gone; what was read is what it said.
        }
    }
}
