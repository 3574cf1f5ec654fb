package dev.pledge.sla;

import static dev.pledge.sla.Fixtures.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.InvalidValueException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Building service policies and engines: every argument is checked at once. */
class ServicePolicyTest {

  @Test
  void buildsAPolicyWithItsTargets() {
    ServicePolicy p = ServicePolicy.builder("gold").calendar(OFFICE)
        .target(Metric.FIRST_RESPONSE, Duration.ofHours(1)).objective("0.95").build();
    assertThat(p.targets(Metric.FIRST_RESPONSE)).isTrue();
    assertThat(p.target(Metric.RESOLUTION)).isEmpty();
    assertThat(p.when()).isEmpty();
    assertThat(p.objective()).isEqualByComparingTo("0.95");
    assertThat(p.toString()).contains("gold", "office", "first-response");
  }

  @Test
  void rejectsABadObjectiveOrTargetWithTheValue() {
    assertThatThrownBy(() -> ServicePolicy.builder("p").objective(new BigDecimal("1.2")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("objective of policy p must be above 0 and at most 1, but was 1.2");
    assertThatThrownBy(() -> ServicePolicy.builder("p").objective("0"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ServicePolicy.builder("p").target(Metric.RESOLUTION, Duration.ZERO))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("target of resolution in policy p must be positive and of at most 100 years, but was PT0S");
  }

  @Test
  void buildChecksThatTheRequiredPartsArePresent() {
    assertThatThrownBy(() -> ServicePolicy.builder("p").objective("0.9")
        .target(Metric.RESOLUTION, Duration.ofHours(1)).build())
        .isInstanceOf(InvalidValueException.class).hasMessage("policy p needs a calendar");
    assertThatThrownBy(() -> ServicePolicy.builder("p").calendar(OFFICE).objective("0.9").build())
        .isInstanceOf(InvalidValueException.class).hasMessage("policy p needs at least one target");
  }

  @Test
  void anEngineRejectsTwoPoliciesWithOneId() {
    ServicePolicy a = ServicePolicy.builder("same").calendar(OFFICE)
        .target(Metric.RESOLUTION, Duration.ofHours(1)).objective("0.9").build();
    assertThatThrownBy(() -> SlaEngine.of(List.of(a, a)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("\"same\"");
    assertThat(SlaEngine.of(List.of(a)).policy("same")).contains(a);
  }
}
