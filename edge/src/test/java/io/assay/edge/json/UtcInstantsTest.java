package io.assay.edge.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UtcInstantsTest {

    @Test
    void readsEveryInstantAsInstantParseDoes() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            long second = random.nextLong() % 4_000_000_000L + 1_700_000_000L;
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(Math.abs(second), nanos);
            String text = instant.toString();
            assertThat(UtcInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void leavesOtherLayoutsAndImpossibleDatesToJackson() {
        for (String text : new String[] {"2026-11-25T10:05:12+01:00", "2026-11-25 10:05:12Z", "2026-02-30T10:05:12Z",
                "2026-13-01T00:00:00Z", "2026-11-25T24:00:00Z", "2026-11-25T10:05:12.Z", "2026-11-25T10:05:12.1234567890Z",
                "2026-11-25T10:05Z", "+12026-11-25T10:05:12Z", "2026-1a-25T10:05:12Z"}) {
            assertThat(UtcInstants.parse(text)).as(text).isNull();
        }
    }

    @Test
    void theSharedMapperReadsBothLayouts() throws Exception {
        assertThat(Json.mapper().readValue("\"2026-11-25T10:05:12.5Z\"", Instant.class))
                .isEqualTo(Instant.parse("2026-11-25T10:05:12.500Z"));
        assertThat(Json.mapper().readValue("\"2026-11-25T11:05:12+01:00\"", Instant.class))
                .isEqualTo(Instant.parse("2026-11-25T10:05:12Z"));
    }
}
