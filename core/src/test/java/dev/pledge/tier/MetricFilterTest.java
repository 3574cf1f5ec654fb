package dev.pledge.tier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.customer.Activity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code where} filter: a customer's survey answer passes only a filter that asks for the kind. */
class MetricFilterTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
  private static final Activity FLIGHT = Activity.of("anna", AT, "flight").with("nps", 9);
  private static final Activity SURVEY = Activity.of("anna", AT, "survey").with("nps", 9);

  @Test
  void aFilterWithoutKindsAcceptsEveryKindButSurveys() {
    assertThat(MetricFilter.any().test(FLIGHT)).isTrue();
    assertThat(MetricFilter.any().test(Activity.of("anna", AT, "hotel"))).isTrue();
    assertThat(MetricFilter.any().test(SURVEY)).isFalse();
    assertThat(MetricFilter.any().field("nps", List.of("9")).test(SURVEY)).isFalse();
    assertThat(new MetricFilter(Set.of(), Map.of("nps", Set.of("9"))).test(FLIGHT)).isTrue();
  }

  @Test
  void aFilterWhoseKindsListSurveyAcceptsSurveys() {
    assertThat(MetricFilter.kinds("survey").test(SURVEY)).isTrue();
    assertThat(MetricFilter.kinds("flight", "survey").test(SURVEY)).isTrue();
    assertThat(MetricFilter.kinds("survey").field("nps", List.of("9", "10")).test(SURVEY)).isTrue();
    assertThat(MetricFilter.kinds("survey").field("nps", List.of("0")).test(SURVEY)).isFalse();
    assertThat(MetricFilter.kinds("survey").test(FLIGHT)).isFalse();
  }

  @Test
  void aFilterWhoseKindsLeaveSurveyOutRefusesSurveys() {
    assertThat(MetricFilter.kinds("flight").test(SURVEY)).isFalse();
    assertThat(MetricFilter.kinds("flight").test(FLIGHT)).isTrue();
  }
}
