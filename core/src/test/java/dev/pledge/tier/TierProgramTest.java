package dev.pledge.tier;

import static dev.pledge.testrules.TestRuleModule.atLeast;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.InvalidValueException;
import dev.pledge.customer.Activity;
import dev.pledge.testrules.TestRuleModule;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder checks its arguments and references at once. */
class TierProgramTest {

  @Test
  void buildRejectsReferencesToUnknownMetricsAndLevels() {
    assertThatThrownBy(() -> TierProgram.builder("s", ZoneOffset.UTC).level("base")
        .level("silver", atLeast("miles", 10)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("'miles'");
    assertThatThrownBy(() -> TierProgram.builder("s", ZoneOffset.UTC).metric("xp", TestRuleModule.total("xp"))
        .level("base").subscriptions("premium").build())
        .hasMessageContaining("'premium'").hasMessageContaining("[base]");
    assertThatThrownBy(() -> TierProgram.builder("s", ZoneOffset.UTC).level("base")
        .rollover("xp", BigDecimal.TEN).build()).hasMessageContaining("rollover");
    assertThatThrownBy(() -> TierProgram.builder("s", ZoneOffset.UTC).build()).hasMessageContaining("at least one level");
  }

  @Test
  void settersCheckTheirArgument() {
    assertThatThrownBy(() -> Downgrade.softLanding(0)).hasMessageContaining("at least 1, but was 0");
    assertThatThrownBy(() -> TierPeriod.fixedYear(MonthDay.of(2, 29))).hasMessageContaining("02-29");
    assertThatThrownBy(() -> TierProgram.builder("s", ZoneOffset.UTC).level("base", atLeast("xp", 1)))
        .hasMessageContaining("base level");
    assertThatThrownBy(() -> TierProgram.builder("s", ZoneOffset.UTC).level("a").level("a"))
        .hasMessage("level id \"a\" is repeated; it was first used at levels/0");
  }

  @Test
  void whereFilterMatchesKindsAndFieldValues() {
    MetricFilter f = MetricFilter.kinds("flight").field("cabin", List.of("business", "first")).field("long", List.of("1.0"));
    Activity a = Activity.of("c", java.time.Instant.EPOCH, "flight").with("cabin", "first").with("long", 1);
    assertThat(f.test(a)).isTrue();
    assertThat(f.test(a.with("cabin", "economy"))).isFalse();
    assertThat(f.test(Activity.of("c", java.time.Instant.EPOCH, "hotel").with("cabin", "first").with("long", 1))).isFalse();
    assertThat(f.test(Activity.of("c", java.time.Instant.EPOCH, "flight").with("cabin", "first"))).isFalse();
  }

  @Test
  void reasonsAreWrittenInLowerCaseWithHyphens() {
    assertThat(TierReason.SOFT_LANDING.id()).isEqualTo("soft-landing");
    assertThat(Validity.NEXT_PERIOD.id()).isEqualTo("next-period");
  }
}
