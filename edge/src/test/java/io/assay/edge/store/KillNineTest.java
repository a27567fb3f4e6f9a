package io.assay.edge.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.inventory.InventoryService;
import io.assay.edge.inventory.Piece;
import io.assay.edge.journal.ChainVerification;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM changes pieces under load and is killed with SIGKILL at a random moment, again and again
 * on the same data directory. After each kill: every acknowledged change is there, every stored change
 * came with its journal event (nothing half-applied), no piece was sold twice, and the chain verifies.
 * The child checkpoints its redo log every few dozen kilobytes, so kills also land inside checkpoints and
 * in commits whose rebuild has to start from the base snapshot.
 */
class KillNineTest {

    private static final int KILLS = Integer.getInteger("assay.kills", 20);
    private static final long CHECKPOINT_FLOOR = Long.getLong("assay.kill.checkpointFloorBytes", 16 * 1024);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void killingTheWriterAtRandomMomentsLosesNothingAcknowledged() throws Exception {
        long seed = Long.getLong("assay.kill.seed", System.nanoTime());
        System.out.println("KillNineTest seed " + seed + " (rerun with -Dassay.kill.seed=" + seed + ")");
        Random random = new Random(seed);
        Map<String, Long> acknowledged = new HashMap<>();
        Map<String, Long> acknowledgedSales = new HashMap<>();
        int totalAcks = 0;
        int checkpoints = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(javaBinary(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    "-D" + CheckpointPolicy.FLOOR_PROPERTY + "=" + CHECKPOINT_FLOOR,
                    "-D" + CheckpointPolicy.FACTOR_PROPERTY + "=0",
                    KillWorker.class.getName(), dir.toString(), "K" + kill, Long.toString(random.nextLong()))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            List<String> lines = new ArrayList<>();
            CountDownLatch firstAcks = new CountDownLatch(20);
            Thread reader = new Thread(() -> read(child, lines, firstAcks), "kill-reader");
            reader.start();
            assertThat(firstAcks.await(60, TimeUnit.SECONDS)).as("child acknowledged changes").isTrue();
            // Kill at a random moment while the registers are busy.
            Thread.sleep(random.nextInt(400));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join();

            for (String line : lines) {
                String[] parts = line.split(" ");
                assertThat(parts[0]).as("child reported " + line).isNotEqualTo("FAIL");
                if (parts[0].equals("ACK") || parts[0].equals("SOLD")) {
                    acknowledged.merge(parts[1], Long.parseLong(parts[2]), Math::max);
                    totalAcks++;
                }
                if (parts[0].equals("SOLD")) {
                    acknowledgedSales.merge(parts[1], Long.parseLong(parts[2]), Math::max);
                }
                if (parts[0].equals("CHECKPOINT")) {
                    checkpoints++;
                }
            }
            verifyStore(acknowledged, acknowledgedSales, kill);
        }
        System.out.println("KillNineTest: " + KILLS + " kills, " + totalAcks + " acknowledged changes, "
                + checkpoints + " checkpoints");
        assertThat(totalAcks).isGreaterThan(KILLS * 20);
        assertThat(checkpoints).as("checkpoints in the children").isGreaterThan(KILLS);
    }

    private void verifyStore(Map<String, Long> acknowledged, Map<String, Long> sales, int kill) throws Exception {
        try (WriteRig rig = new WriteRig(dir, 1)) {
            ChainVerification chain = rig.journal.verify();
            assertThat(chain.ok()).as("journal after kill %d: %s", kill, chain).isTrue();

            acknowledged.forEach((serial, version) -> assertThat(rig.index.bySerial(serial))
                    .as("acknowledged %s v%d after kill %d", serial, version, kill)
                    .hasValueSatisfying(p -> assertThat(p.version()).isGreaterThanOrEqualTo(version)));

            for (String serial : rig.db.pieces().keySet()) {
                Piece piece = rig.index.bySerial(serial).orElseThrow();
                List<ObjectNode> events = rig.journal.bySubject(serial);
                assertThat(events).as("one event per version of %s after kill %d", serial, kill).hasSize((int) piece.version());
                assertNeverSoldTwice(serial, events);
                if (piece.epc() != null) {
                    assertThat(rig.db.epcs().get(piece.epc())).isEqualTo(serial);
                }
            }
            sales.forEach((serial, version) -> {
                JsonNode sale = rig.journal.bySubject(serial).get((int) (version - 1));
                assertThat(sale.get("type").asText()).isEqualTo(InventoryService.PIECE_STATUS_CHANGED);
                assertThat(sale.at("/data/changes/status/to").asText()).isEqualTo("sold");
            });
            assertThat(rig.db.epcs()).hasSizeLessThanOrEqualTo(rig.db.pieces().size());
        }
    }

    private static void assertNeverSoldTwice(String serial, List<ObjectNode> events) {
        String status = "in stock";
        for (ObjectNode event : events) {
            JsonNode to = event.at("/data/changes/status/to");
            if (!to.isMissingNode()) {
                assertThat(to.asText().equals("sold") && status.equals("sold"))
                        .as("%s sold twice without a return, at seq %d", serial, event.get("seq").asLong()).isFalse();
                status = to.asText();
            }
        }
    }

    private static void read(Process child, List<String> lines, CountDownLatch firstAcks) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                // A line cut by the kill is not an acknowledgement the child completed.
                if (line.matches("(ACK|SOLD) \\S+ \\d+|READY \\d+|CHECKPOINT \\d+|FAIL .*")) {
                    lines.add(line);
                    if (!line.startsWith("READY") && !line.startsWith("CHECKPOINT")) {
                        firstAcks.countDown();
                    }
                }
            }
        } catch (java.io.IOException e) {
            // The child is gone; what was read is what it said.
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
