package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.pledge.Pledge;
import dev.pledge.UnknownNameException;
import dev.pledge.config.Problem;
import dev.pledge.measure.MeasureSettings;
import dev.pledge.measure.PeriodUnit;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code measures} section: read into settings, and refused with pointers. */
class MeasuresConfigTest {
  @Test
  void theSkyClubSectionBreaksDownByStatusInWarsawMonths() {
    Pledge pledge = Pledge.load(ExampleConfigsTest.PROGRAMS.resolve("skyclub.json"));
    MeasureSettings s = pledge.findMeasures().orElseThrow();
    assertThat(s.activeKinds()).isEqualTo(Set.of("flight", "purchase"));
    assertThat(s.churnAfter()).isEqualTo(Period.ofDays(180));
    assertThat(s.period()).isEqualTo(PeriodUnit.MONTH);
    assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/Warsaw"));
    assertThat(s.program()).contains("status");
    assertThat(s.levels()).containsExactly("explorer", "silver", "gold", "platinum");
    assertThat(pledge.measures(Instant.parse("2026-03-06T18:00:00Z")).settings()).isEqualTo(s);
  }

  @Test
  void theSectionIsOptionalAndPeriodDefaultsToMonth() {
    String without = ConfigFixture.edit("/measures", null);
    assertThat(Pledge.loadJson(without).findMeasures()).isEmpty();
    assertThatThrownBy(() -> Pledge.loadJson(without).measures(Instant.EPOCH))
        .isInstanceOf(UnknownNameException.class).hasMessageContaining("no \"measures\" section");
    Pledge monthly = Pledge.loadJson(ConfigFixture.edit("/measures", "{\"active\":{\"kinds\":[\"flight\"]},\"churnAfter\":\"P6M\"}"));
    assertThat(monthly.findMeasures().orElseThrow().period()).isEqualTo(PeriodUnit.MONTH);
    assertThat(monthly.findMeasures().orElseThrow().program()).isEqualTo(Optional.empty());
  }

  @Test
  void measuresNeedTheDocumentsZone() {
    String noZone = ConfigFixture.edit(ConfigFixture.edit("/measures",
        "{\"active\":{\"kinds\":[\"flight\"]},\"churnAfter\":\"P180D\"}"), "/zone", null);
    List<Problem> problems = ConfigFixture.problems(noZone);
    assertThat(problems).extracting(Problem::pointer, Problem::message).contains(tuple("/measures",
        "measures are counted in the document's zone, but the document has no \"zone\""));
  }

  @Test
  void aProgramWithProblemsIsNotAlsoCalledUnknown() {
    // the base level given a qualify: a problem of the program, not of the measures naming it
    String json = ConfigFixture.edit(ConfigFixture.edit("/measures",
        "{\"active\":{\"kinds\":[\"flight\"]},\"churnAfter\":\"P180D\",\"tiers\":\"status\"}"),
        "/programs/status/levels/0/qualify", "{\"type\":\"metric\",\"metric\":\"xp\",\"atLeast\":1}");
    assertThat(ConfigFixture.problems(json)).extracting(Problem::pointer)
        .contains("/programs/status/levels/0/qualify").doesNotContain("/measures/tiers");
  }
}
