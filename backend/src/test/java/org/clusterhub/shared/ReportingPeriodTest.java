package org.clusterhub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.clusterhub.shared.validation.ReportablePeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Quarter and year periods: their text, their dates, their order, and "not in the future" judged in Shanghai. */
class ReportingPeriodTest {

    record Report(@ReportablePeriod ReportingPeriod period) {
    }

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @AfterEach
    void resetClock() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    @Test
    void readsAndWritesQuartersAndYears() {
        assertThat(ReportingPeriod.parse("2025-Q3")).isEqualTo(ReportingPeriod.quarter(2025, 3));
        assertThat(ReportingPeriod.parse(" 2024 ")).isEqualTo(ReportingPeriod.year(2024));
        assertThat(ReportingPeriod.quarter(2025, 3).toString()).isEqualTo("2025-Q3");
        assertThat(ReportingPeriod.quarter(2025, 3).lastDay()).hasToString("2025-09-30");
        assertThat(ReportingPeriod.year(2025).firstDay()).hasToString("2025-01-01");
        for (String wrong : new String[] {"2025-Q5", "2025Q3", "25", "Q3", "", "2025-q3"}) {
            assertThatThrownBy(() -> ReportingPeriod.parse(wrong)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void ordersByTheEndOfThePeriodQuarterBeforeItsYear() {
        List<ReportingPeriod> sorted = List.of(ReportingPeriod.year(2025), ReportingPeriod.quarter(2025, 4),
                ReportingPeriod.quarter(2025, 1), ReportingPeriod.year(2024)).stream().sorted().toList();
        assertThat(sorted).extracting(ReportingPeriod::toString).containsExactly("2024", "2025-Q1", "2025-Q4", "2025");
    }

    @Test
    void aPeriodThatHasNotBegunInShanghaiIsRefused() {
        // 2025-09-30T17:00Z is already 1 October 01:00 in Shanghai: the fourth quarter has begun there.
        GenericEventMessage.clock = Clock.fixed(Instant.parse("2025-09-30T17:00:00Z"), ZoneOffset.UTC);
        assertThat(validator.validate(new Report(ReportingPeriod.quarter(2025, 4)))).isEmpty();
        assertThat(validator.validate(new Report(ReportingPeriod.year(2025)))).isEmpty();
        assertThat(validator.validate(new Report(ReportingPeriod.year(2026)))).hasSize(1);
        GenericEventMessage.clock = Clock.fixed(Instant.parse("2025-09-30T15:00:00Z"), ZoneOffset.UTC);
        assertThat(validator.validate(new Report(ReportingPeriod.quarter(2025, 4))))
                .singleElement().extracting(v -> v.getMessageTemplate()).isEqualTo("{validation.futurePeriod}");
    }
}
