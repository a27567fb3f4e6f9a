package io.assay.edge;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private static final String DIRECTIVE = "[{match: \"io/assay/edge/json/PieceParser*.*\", c2: {Exclude: true}}]";

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
