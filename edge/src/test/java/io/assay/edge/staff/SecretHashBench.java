package io.assay.edge.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a staff sign-in costs: milliseconds per Argon2id hash and per verify with {@link SecretHash.Params#DEFAULT},
 * on one thread, as a sign-in runs. Figures, not a test.
 *
 * <p>Argument: the output directory (default {@code target/bench}); writes {@code secret-hash.json} there.
 */
public final class SecretHashBench {

    private static final int WARMUP_ROUNDS = 3;
    private static final int ROUNDS = 20;
    private static final char[] PIN = "482916".toCharArray();

    private SecretHashBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(dir);
        SecretHash secrets = new SecretHash();

        // Lets the JIT compile the Blake2b and block-mixing loops before anything is timed.
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            check(secrets.verify(PIN, secrets.hash(PIN)));
        }

        double[] hashMs = new double[ROUNDS];
        double[] verifyMs = new double[ROUNDS];
        String phc = null;
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            phc = secrets.hash(PIN);
            hashMs[i] = (System.nanoTime() - start) / 1e6;
        }
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            boolean ok = secrets.verify(PIN, phc);
            verifyMs[i] = (System.nanoTime() - start) / 1e6;
            check(ok);
        }

        SecretHash.Params params = secrets.params();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode report = mapper.createObjectNode();
        report.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        report.put("cpus", Runtime.getRuntime().availableProcessors());
        report.put("memoryKiB", params.memoryKiB());
        report.put("iterations", params.iterations());
        report.put("parallelism", params.parallelism());
        report.put("warmupRounds", WARMUP_ROUNDS);
        report.put("rounds", ROUNDS);
        report.put("hashMedianMs", median(hashMs));
        report.put("hashMaxMs", max(hashMs));
        report.put("verifyMedianMs", median(verifyMs));
        report.put("verifyMaxMs", max(verifyMs));
        Path out = dir.resolve("secret-hash.json");
        mapper.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), report);

        System.out.printf(Locale.ROOT, "Argon2id m=%d KiB, t=%d, p=%d, one thread, %d rounds after %d warm-up:%n",
                params.memoryKiB(), params.iterations(), params.parallelism(), ROUNDS, WARMUP_ROUNDS);
        System.out.printf(Locale.ROOT, "  hash:   median %.1f ms, max %.1f ms%n", median(hashMs), max(hashMs));
        System.out.printf(Locale.ROOT, "  verify: median %.1f ms, max %.1f ms%n", median(verifyMs), max(verifyMs));
        System.out.printf(Locale.ROOT, "written %s%n", out);
    }

    private static void check(boolean verified) {
        if (!verified) {
            throw new IllegalStateException("a hash did not verify with its own secret");
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }
}
