package io.assay.edge;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the JVM's optimising compiler (C2) off the code that only the load at start runs.
 *
 * <p>The start with a large stock is CPU-bound on small machines, and about a third of its CPU went to
 * the JIT compilers; C2 compiling the stored-piece parser alone took 0.5-2 s of CPU, finishing around the
 * end of the load it was meant to speed up. That code runs once per start, so the quick compiler's code is
 * all it needs. Done through HotSpot's diagnostic command (the same as {@code jcmd Compiler.directives_add}),
 * so that the plain {@code java -jar} start gets it; on a JVM without it nothing changes but the speed.
 */
final class LoadCompilation {

    private static final Logger LOG = LoggerFactory.getLogger(LoadCompilation.class);
    /**
     * Code that runs hot during the load and seldom after: the stored-piece parser, building the index
     * (in steady state it indexes a commit's few pieces), the domain records' constructors, and the JDK's
     * class spinning (ASM, behind lambdas and string concatenation) and jar reading. Counting, lookups,
     * MapDB's reads and the HTTP stack are not here: C2 is what keeps them fast.
     */
    private static final List<String> LOAD_ONLY = List.of(
            "io/assay/edge/json/PieceParser*.*",
            "io/assay/edge/json/UtcInstants.*",
            "io/assay/edge/inventory/*.<init>",
            "io/assay/edge/index/IndexedStock.upsertAll",
            "io/assay/edge/index/IndexedStock.ordinalsByPrice",
            "io/assay/edge/index/IndexedStock.indexValues",
            "io/assay/edge/index/IndexedStock$Entry.*",
            "io/assay/edge/index/IndexedStock.lambda$*",
            "io/assay/edge/index/PieceBitmaps.index*",
            "io/assay/edge/index/PieceBitmaps.*Of",
            "io/assay/edge/index/PieceBitmaps.*Words",
            "io/assay/edge/index/PieceBitmaps.lambda$*",
            "io/assay/edge/index/PieceBitmaps$$Lambda*.*",
            "io/assay/edge/index/ValueBitmaps.add",
            "io/assay/edge/index/ValueBitmaps.moveAll",
            "io/assay/edge/index/ValueBuckets.of",
            "io/assay/edge/index/QueryMatcher.*Words",
            "jdk/internal/org/objectweb/asm/*.*",
            "java/util/zip/*.*");

    private static final String DIRECTIVE = "[{match: [\"" + String.join("\", \"", LOAD_ONLY) + "\"], c2: {Exclude: true}}]";

    private LoadCompilation() {
    }

    static void keepOptimisingCompilerOff() {
        try {
            Path file = Files.createTempFile("assay-load-compilation", ".json");
            try {
                Files.writeString(file, DIRECTIVE);
                ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "compilerDirectivesAdd", new Object[] {new String[] {file.toString()}},
                        new String[] {String[].class.getName()});
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (Exception | LinkageError e) {
            LOG.debug("compiler directive not applied: {}", e.toString());
        }
    }
}
