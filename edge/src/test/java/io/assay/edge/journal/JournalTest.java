package io.assay.edge.journal;

import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.json.Json;
import io.assay.edge.store.Database;
import io.assay.edge.store.WriteRig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    @Test
    void eachEventIsCloudEventsWithSeqActorAndAChainAnyoneCanRecompute() throws Exception {
        try (WriteRig rig = new WriteRig(dir, 64)) {
            rig.writer.submit("system", w -> rig.inventory.createLocation(w, location("case-1", "case"))).get();
            rig.writer.submit("system", w -> rig.inventory.create(w, ring("R-1", null, "case-1"))).get();

            List<ObjectNode> events = rig.journal.read(0, 10);

            assertThat(events).hasSize(2);
            String previous = Journal.GENESIS;
            long seq = 1;
            for (ObjectNode event : events) {
                assertThat(event.get("specversion").asText()).isEqualTo("1.0");
                assertThat(event.get("seq").asLong()).isEqualTo(seq++);
                assertThat(event.get("actor").asText()).isEqualTo("system");
                assertThat(event.get("prevhash").asText()).isEqualTo(previous);
                ObjectNode withoutHash = event.deepCopy();
                String stated = withoutHash.remove("hash").asText();
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                sha.update(previous.getBytes(StandardCharsets.US_ASCII));
                sha.update(Json.mapper().writeValueAsBytes(withoutHash));
                assertThat(stated).isEqualTo(HexFormat.of().formatHex(sha.digest()));
                previous = stated;
            }
            assertThat(rig.journal.head()).isEqualTo(previous);
            assertThat(rig.journal.verify()).isEqualTo(new ChainVerification(true, 2, previous, null, null));
        }
    }

    @Test
    void anEditedEventBreaksTheChainAtItsSequenceNumber() throws Exception {
        try (WriteRig rig = new WriteRig(dir, 64)) {
            rig.writer.submit("system", w -> rig.inventory.createLocation(w, location("case-1", "case"))).get();
            for (int i = 0; i < 5; i++) {
                String serial = "R-" + i;
                rig.writer.submit("system", w -> rig.inventory.create(w, ring(serial, null, "case-1"))).get();
            }
        }
        // Someone with access to the file lowers a price in event 4 and commits it.
        try (Database db = Database.open(dir)) {
            ObjectNode event = (ObjectNode) Json.mapper().readTree(db.journal().get(4L));
            ((ObjectNode) event.get("data").get("retailPrice")).put("amount", "1.00");
            db.journal().put(4L, Json.mapper().writeValueAsBytes(event));
            db.commit();
        }
        try (WriteRig rig = new WriteRig(dir, 64)) {
            ChainVerification result = rig.journal.verify();

            assertThat(result.ok()).isFalse();
            assertThat(result.brokenAt()).isEqualTo(4L);
            assertThat(result.count()).isEqualTo(3);
            assertThat(result.reason()).contains("hash");
        }
    }

    @Test
    void aDeletedEventIsFoundAsAGap() throws Exception {
        try (WriteRig rig = new WriteRig(dir, 64)) {
            rig.writer.submit("system", w -> rig.inventory.createLocation(w, location("case-1", "case"))).get();
            for (int i = 0; i < 3; i++) {
                String serial = "R-" + i;
                rig.writer.submit("system", w -> rig.inventory.create(w, ring(serial, null, "case-1"))).get();
            }
        }
        try (Database db = Database.open(dir)) {
            db.journal().remove(2L);
            db.commit();
        }
        try (WriteRig rig = new WriteRig(dir, 64)) {
            assertThat(rig.journal.verify().brokenAt()).isEqualTo(3L);
        }
    }

    @Test
    void theChainContinuesAcrossARestart() throws Exception {
        String head;
        try (WriteRig rig = new WriteRig(dir, 64)) {
            rig.writer.submit("system", w -> rig.inventory.createLocation(w, location("case-1", "case"))).get();
            head = rig.journal.head();
        }
        try (WriteRig rig = new WriteRig(dir, 64)) {
            assertThat(rig.journal.head()).isEqualTo(head);
            rig.writer.submit("system", w -> rig.inventory.create(w, ring("R-9", null, "case-1"))).get();

            assertThat(rig.journal.read(1, 10)).singleElement()
                    .satisfies(e -> assertThat(e.get("prevhash").asText()).isEqualTo(head));
            assertThat(rig.journal.verify().ok()).isTrue();
            assertThat(rig.index.bySerial("R-9")).isPresent();
        }
    }
}
