package io.assay.edge.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.assay.edge.config.AssayConfig;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.RunningApp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A register left alone signs out even though its screen keeps polling for changes: only what a person
 * does keeps a session alive. (Two seconds of idleness here, fifteen minutes in a store.)
 */
class SessionIdleApiTest {

    private static final Duration IDLE = Duration.ofSeconds(2);

    @RegisterExtension
    final RunningApp running = new RunningApp(c -> new AssayConfig(c.http(), c.store(), c.dataDir(), c.demo(), c.maxBatch(),
            new AssayConfig.Staff(c.staff().permissions(), c.staff().signIn(), IDLE)));

    @Test
    void pollingForChangesDoesNotKeepASessionAliveButWorkDoes() throws Exception {
        ApiClient polling = running.client();
        ApiClient working = running.anonymous();
        assertThat(working.signIn("owner", "111111").status()).isEqualTo(200);

        long end = System.nanoTime() + IDLE.multipliedBy(2).toNanos();
        while (System.nanoTime() < end) {
            assertThat(working.get("/api/v1/items/count").status()).isEqualTo(200);
            polling.get("/api/v1/changes?after=0");
            Thread.sleep(250);
        }

        assertThat(polling.get("/api/v1/changes?after=0").status()).as("only polled: timed out").isEqualTo(401);
        assertThat(working.get("/api/v1/items/count").status()).as("in use all along").isEqualTo(200);
    }
}
