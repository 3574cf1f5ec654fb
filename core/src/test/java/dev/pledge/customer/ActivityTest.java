package dev.pledge.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.InvalidValueException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Activities: their free fields, and the answer a survey carries. */
class ActivityTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
  private static final Activity SURVEY = Activity.of("anna", AT, Activity.SURVEY);

  @Test
  void aSurveyIsBuiltInTwoStepsAndKeepsItsAnswer() {
    Activity answered = SURVEY.with("nps", 9);

    assertThat(answered.kind()).isEqualTo("survey");
    assertThat(answered.number("nps")).contains(BigDecimal.valueOf(9));
    assertThat(SURVEY.with("nps", 0).number("nps")).contains(BigDecimal.ZERO);
    assertThat(SURVEY.with("nps", new BigDecimal("10.0")).text("nps")).contains("10");
    assertThat(SURVEY.with("nps", new BigDecimal("1E+1")).text("nps")).contains("10");
  }

  @ParameterizedTest
  @CsvSource({"11", "-1", "9.5", "0.01", "1E+2"})
  void aSurveysNpsOutsideZeroToTenOrNotWholeIsRejectedWithTheRange(String nps) {
    assertThatThrownBy(() -> SURVEY.with("nps", new BigDecimal(nps)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("nps");
          assertThat(e).hasMessage("nps of a survey must be a whole number from 0 to 10, but was " + nps);
          assertThat(e.problem()).isEqualTo("expected a whole number from 0 to 10, but was " + nps);
        });
  }

  @Test
  void aSurveysNpsMustBeANumber() {
    assertThatThrownBy(() -> SURVEY.with("nps", "9")).isInstanceOf(InvalidValueException.class)
        .hasMessage("nps of a survey must be a whole number from 0 to 10, but was \"9\"");
    assertThatThrownBy(() -> new Activity("anna", AT, "survey", Optional.empty(), Map.of("nps", true)))
        .isInstanceOf(InvalidValueException.class).hasMessageEndingWith("but was true");
  }

  @Test
  void npsIsFreeOnOtherKinds() {
    assertThat(Activity.of("anna", AT, "flight").with("nps", 40).number("nps")).contains(BigDecimal.valueOf(40));
  }
}
