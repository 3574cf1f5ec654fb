package dev.pledge.tier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LevelProgressTest {

  private static Requirement metric(String name, int value, int required) {
    MetricProgress p = MetricProgress.of(name, BigDecimal.valueOf(value), BigDecimal.valueOf(required));
    return new Requirement("metric", p.reached(), Optional.of(p), List.of());
  }

  @Test
  void aMetricThresholdReadsAsValueOfRequiredAndWhatIsLeft() {
    // 300 - 210 = 90 to go
    assertThat(new LevelProgress("platinum", metric("xp", 210, 300)))
        .hasToString("platinum: xp 210 of 300, 90 to go");
  }

  @Test
  void aReachedThresholdSaysSoInsteadOfANegativeRemainder() {
    assertThat(MetricProgress.of("xp", new BigDecimal("320.50"), new BigDecimal("300")))
        .hasToString("xp 320.50 of 300, reached");
  }

  @Test
  void alternativesJoinWithOrAndNestedPartsAreBracketed() {
    Requirement any = new Requirement("any", false, Optional.empty(),
        List.of(metric("xp", 75, 180), metric("segments", 1, 60)));
    Requirement all = new Requirement("all", false, Optional.empty(),
        List.of(any, new Requirement("tier-at-least", true, Optional.empty(), List.of())));
    assertThat(new LevelProgress("gold", all)).hasToString(
        "gold: (xp 75 of 180, 105 to go or segments 1 of 60, 59 to go) and tier-at-least met");
  }

  @Test
  void notWrapsItsPart() {
    Requirement not = new Requirement("not", true, Optional.empty(),
        List.of(new Requirement("segment", false, Optional.empty(), List.of())));
    assertThat(not).hasToString("not (segment not met)");
  }
}
