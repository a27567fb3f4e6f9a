package io.assay.edge.store;

import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.domain.ConflictException;
import io.assay.edge.domain.DomainException;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.json.Json;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;

/**
 * The child JVM of {@link KillNineTest}: changes pieces under load from several threads, as registers
 * would, until it is killed. It prints {@code ACK serial version} and {@code SOLD serial version} only
 * after the writer acknowledged the change, i.e. after the commit, and {@code CHECKPOINT redoBytes} after
 * each checkpoint (the test gives it a small threshold, so kills land before, inside and after them).
 */
public final class KillWorker {

    private static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), false);

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String prefix = args[1];
        long seed = Long.parseLong(args[2]);
        WriteRig rig = new WriteRig(dir, 256, StoreMetrics.checkpointsTo((redoBytes, baseBytes, nanos) -> say("CHECKPOINT " + redoBytes)));
        for (String id : List.of("case-1", "case-2")) {
            try {
                rig.writer.submit("system", w -> rig.inventory.createLocation(w, location(id, "case"))).get();
            } catch (ExecutionException alreadyThere) {
                // Created by an earlier run.
            }
        }
        List<String> serials = new CopyOnWriteArrayList<>(rig.db.pieces().keySet());
        say("READY " + serials.size());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            Thread worker = new Thread(() -> run(rig, prefix + "-" + thread, new Random(seed * 31 + thread), serials),
                    "register-" + t);
            worker.start();
            threads.add(worker);
        }
        for (Thread worker : threads) {
            worker.join();
        }
    }

    private static void run(WriteRig rig, String prefix, Random random, List<String> serials) {
        for (int n = 0; ; n++) {
            try {
                int op = random.nextInt(10);
                if (op < 4 || serials.size() < 8) {
                    String serial = prefix + "-" + n;
                    String epc = String.format(Locale.ROOT, "30%014X%08X", Math.abs((long) prefix.hashCode()), n);
                    ObjectNode json = ring(serial, epc, "case-1");
                    Piece piece = rig.writer.submit("register", w -> rig.inventory.create(w, json)).get();
                    serials.add(serial);
                    say("ACK " + piece.serial() + " " + piece.version());
                } else {
                    String serial = serials.get(random.nextInt(serials.size()));
                    ObjectNode patch = Json.mapper().createObjectNode();
                    boolean sell = op >= 8;
                    if (sell) {
                        patch.put("status", "sold");
                    } else if (op == 7) {
                        patch.put("status", "in stock");
                    } else if (op == 6) {
                        patch.put("location", random.nextBoolean() ? "case-1" : "case-2");
                    } else {
                        patch.putObject("retailPrice").put("amount", (1000 + random.nextInt(9000)) + ".00").put("currency", "USD");
                    }
                    Piece piece = rig.writer.submit("register", w -> {
                        // A register sells only a piece in stock: the check runs on the writer, so two
                        // registers can never both pass it.
                        if (sell && w.inventory().piece(serial).orElseThrow().status() != PieceStatus.IN_STOCK) {
                            throw new ConflictException(serial + " is not in stock");
                        }
                        return rig.inventory.update(w, serial, patch);
                    }).get();
                    say((sell ? "SOLD " : "ACK ") + piece.serial() + " " + piece.version());
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof DomainException)) {
                    say("FAIL " + e.getCause());
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void say(String line) {
        synchronized (OUT) {
            OUT.println(line);
            OUT.flush();
        }
    }
}
