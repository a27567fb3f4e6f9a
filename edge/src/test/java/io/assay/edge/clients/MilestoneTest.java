package io.assay.edge.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MilestoneTest {

    @Test
    void aMilestoneComesRoundEveryYearOnItsDay() {
        Milestone anniversary = new Milestone("anniversary", null, LocalDate.of(2015, 12, 5), 14);

        assertThat(anniversary.nextOn(LocalDate.of(2026, 11, 25))).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(anniversary.nextOn(LocalDate.of(2026, 12, 5))).as("today counts").isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(anniversary.nextOn(LocalDate.of(2026, 12, 6))).isEqualTo(LocalDate.of(2027, 12, 5));
    }

    @Test
    void aLeapDayBirthdayFallsOnTheTwentyEighthInOtherYears() {
        Milestone birthday = new Milestone("birthday", null, LocalDate.of(1988, 2, 29), 14);

        assertThat(birthday.nextOn(LocalDate.of(2027, 1, 10))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(birthday.nextOn(LocalDate.of(2028, 1, 10))).isEqualTo(LocalDate.of(2028, 2, 29));
    }
}
