package io.assay.edge.metrics;

import io.assay.edge.store.StoreMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** {@link StoreMetrics} as Prometheus series: commit latency histogram, batch sizes, refusals. */
public final class MicrometerStoreMetrics implements StoreMetrics {

    private final Timer commit;
    private final DistributionSummary batch;
    private final Counter refused;

    public MicrometerStoreMetrics(MeterRegistry registry) {
        this.commit = Timer.builder("assay.store.commit")
                .description("Time from a batch's first command to its durable commit")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(5))
                .register(registry);
        this.batch = DistributionSummary.builder("assay.store.commit.commands")
                .description("Commands grouped into one commit")
                .register(registry);
        this.refused = Counter.builder("assay.store.commands.refused")
                .description("Commands refused by a domain rule, nothing written")
                .register(registry);
    }

    @Override
    public void committed(int commands, long nanos) {
        commit.record(nanos, TimeUnit.NANOSECONDS);
        batch.record(commands);
    }

    @Override
    public void refused() {
        refused.increment();
    }
}
