package io.assay.edge.sales;

import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;

import io.assay.edge.domain.DomainException;
import io.assay.edge.inventory.Money;
import io.assay.edge.store.StoreMetrics;
import io.assay.edge.store.WriteRig;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;

/**
 * The child JVM of {@link SaleKillNineTest}: registers entering pieces and selling them, with split
 * tenders and change, from several threads, until it is killed. It prints {@code SALE id} only after the
 * writer acknowledged the sale (after the commit), and sometimes retries an acknowledged sale's
 * Idempotency-Key, which must answer the same sale.
 */
public final class SaleKillWorker {

    static final Currency USD = Currency.getInstance("USD");
    static final SaleTerms TERMS = new SaleTerms(false, new BigDecimal("8.875"), Map.of(), true, BigDecimal.ZERO);
    private static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), false);

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String prefix = args[1];
        long seed = Long.parseLong(args[2]);
        WriteRig rig = new WriteRig(dir, 256, StoreMetrics.NONE);
        RegisterService registers = new RegisterService(USD, List.of("reg-1"));
        SaleService sales = new SaleService(rig.inventory, registers, TERMS, USD);
        try {
            rig.writer.submit("system", w -> rig.inventory.createLocation(w, location("case-1", "case"))).get();
        } catch (ExecutionException alreadyThere) {
            // Created by an earlier run.
        }
        try {
            rig.writer.submit("system", w -> registers.open(w, "reg-1", new Money(new BigDecimal("300.00"), USD))).get();
        } catch (ExecutionException alreadyOpen) {
            // Opened by an earlier run, and never closed since.
        }
        say("READY");
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            String register = prefix + "-" + t;
            Random random = new Random(seed * 31 + t);
            Thread worker = new Thread(() -> run(rig, sales, register, random), "register-" + t);
            worker.start();
            threads.add(worker);
        }
        for (Thread worker : threads) {
            worker.join();
        }
    }

    private static void run(WriteRig rig, SaleService sales, String prefix, Random random) {
        List<String[]> acknowledged = new ArrayList<>();
        for (int n = 0; ; n++) {
            try {
                String serial = prefix + "-" + n;
                rig.writer.submit("register", w -> rig.inventory.create(w, ring(serial, null, "case-1"))).get();
                // A ring is 2450.00 and 217.44 tax: 2667.44. Paid by card, cash, or both with change.
                List<Tender> tenders = switch (random.nextInt(3)) {
                    case 0 -> List.of(card("2667.44"));
                    case 1 -> List.of(cash("2700.00"));
                    default -> List.of(card("1000.00"), cash("1700.00"));
                };
                SaleRequest request = new SaleRequest("reg-1", null, List.of(new SaleRequest.Line(serial, null, 1, null, null, null)), tenders);
                String key = "key-" + serial;
                SaleService.Outcome outcome = rig.writer.submit("register", w -> sales.sell(w, request, key, serial)).get();
                acknowledged.add(new String[] {key, serial, outcome.sale().id()});
                say("SALE " + outcome.sale().id());
                if (random.nextInt(5) == 0) {
                    String[] earlier = acknowledged.get(random.nextInt(acknowledged.size()));
                    SaleRequest again = new SaleRequest("reg-1", null, List.of(new SaleRequest.Line(earlier[1], null, 1, null, null, null)),
                            tenders);
                    SaleService.Outcome replay = rig.writer.submit("register", w -> sales.sell(w, again, earlier[0], earlier[1])).get();
                    say((replay.replayed() && replay.sale().id().equals(earlier[2]) ? "REPLAY " : "FAIL replay ") + earlier[2]);
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

    private static Tender card(String amount) {
        return new Tender(TenderType.CARD, new Money(new BigDecimal(amount), USD), "visa", "4242", "A1B2C3");
    }

    private static Tender cash(String amount) {
        return new Tender(TenderType.CASH, new Money(new BigDecimal(amount), USD), null, null, null);
    }

    private static synchronized void say(String line) {
        OUT.println(line);
        OUT.flush();
    }
}
