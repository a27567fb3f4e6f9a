package io.assay.edge.clients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ring sizes convert through the inner circumference, to the nearest size each system writes. */
class RingSystemTest {

    @ParameterizedTest(name = "US {0} = UK {1} = EU {2} = JP {3}")
    @CsvSource({
        // US diameter 11.63 + 0.8128 n mm; UK A = 37.8 mm + 1.25 mm a letter; EU = circumference; JP 13 mm + 1/3 mm a size.
        "3, F, 44, 4",
        "6, L, 52, 12",
        "7, N½, 54.5, 14",
        "9, R½, 59.5, 19",
    })
    void aUsSizeReadsAsTheSameRingInEverySystem(String us, String uk, String eu, String jp) {
        double circumference = RingSystem.US.circumference(us).orElseThrow();

        assertThat(RingSystem.UK.nearest(circumference)).isEqualTo(uk);
        assertThat(RingSystem.EU.nearest(circumference)).isEqualTo(eu);
        assertThat(RingSystem.JP.nearest(circumference)).isEqualTo(jp);
        assertThat(RingSystem.US.nearest(RingSystem.UK.circumference(uk).orElseThrow())).as("and back from UK").isEqualTo(us);
    }

    @Test
    void sizesAreWrittenAsEachSystemWritesThem() {
        assertThat(RingSystem.US.circumference("6.25")).isPresent();
        assertThat(RingSystem.US.circumference("6.3")).as("US goes in quarters").isEmpty();
        assertThat(RingSystem.UK.circumference("L 1/2")).isEqualTo(RingSystem.UK.circumference("L½"));
        assertThat(RingSystem.UK.circumference("l")).isPresent();
        assertThat(RingSystem.UK.circumference("Z½")).isEmpty();
        assertThat(RingSystem.EU.circumference("52.5")).hasValue(52.5);
        assertThat(RingSystem.JP.circumference("12.5")).isEmpty();
        assertThat(RingSystem.US.circumference("six")).isEmpty();
        assertThat(RingSystem.parse("iso")).hasValue(RingSystem.EU);
    }
}
