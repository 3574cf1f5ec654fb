package dev.pledge.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.InvalidValueException;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalTimeRangeTest {

  @ParameterizedTest
  @CsvSource({
    "08:00-18:00, 08:00, 18:00, PT10H",
    "22:00-06:00, 22:00, 06:00, PT8H",
    "13:00-24:00, 13:00, 00:00, PT11H",
    "00:00-24:00, 00:00, 00:00, PT24H",
    "08:00-08:00, 08:00, 08:00, PT24H",
    "23:59-00:01, 23:59, 00:01, PT2M"
  })
  void parseReadsStartEndAndLength(String text, String start, String end, String length) {
    LocalTimeRange range = LocalTimeRange.parse(text);
    assertThat(range.start()).isEqualTo(LocalTime.parse(start));
    assertThat(range.end()).isEqualTo(LocalTime.parse(end));
    assertThat(range.length()).isEqualTo(Duration.parse(length));
  }

  @Test
  void anEndNotAfterTheStartCrossesMidnight() {
    assertThat(LocalTimeRange.parse("22:00-06:00").crossesMidnight()).isTrue();
    assertThat(LocalTimeRange.parse("08:00-08:00").crossesMidnight()).isTrue();
    assertThat(LocalTimeRange.parse("08:00-24:00").crossesMidnight()).isTrue();
    assertThat(LocalTimeRange.parse("08:00-18:00").crossesMidnight()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"08:00-18:00", "22:00-06:00", "13:00-24:00", "00:00-24:00", "07:30-07:30"})
  void toStringIsReadBackByParse(String text) {
    assertThat(LocalTimeRange.parse(text).toString()).isEqualTo(text);
    assertThat(LocalTimeRange.parse(LocalTimeRange.parse(text).toString()))
        .isEqualTo(LocalTimeRange.parse(text));
  }

  @Test
  void twentyFourHundredAndMidnightAsEndAreTheSameRange() {
    assertThat(LocalTimeRange.parse("08:00-00:00")).isEqualTo(LocalTimeRange.parse("08:00-24:00"));
    assertThat(LocalTimeRange.parse("08:00-00:00")).hasSameHashCodeAs(LocalTimeRange.parse("08:00-24:00"));
    assertThat(LocalTimeRange.parse("08:00-00:00")).hasToString("08:00-24:00");
  }

  @Test
  void ofAndParseAgree() {
    assertThat(LocalTimeRange.of(LocalTime.of(8, 0), LocalTime.of(12, 30)))
        .isEqualTo(LocalTimeRange.parse("08:00-12:30"))
        .isNotEqualTo(LocalTimeRange.parse("08:00-12:31"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"8-18", "08:00", "8:00-18:00", "08:00 - 18:00", "08:00-18:00 ", "", "ab:cd-ef:gh"})
  void malformedTextIsRejectedWithTheTextQuoted(String text) {
    assertThatThrownBy(() -> LocalTimeRange.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("working hours must be HH:MM-HH:MM, but was \"" + text + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"24:00-06:00", "25:00-26:00", "08:60-09:00", "08:00-24:01", "08:00-25:00"})
  void outOfRangeFieldsAreRejectedWithTheTextQuoted(String text) {
    assertThatThrownBy(() -> LocalTimeRange.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("hours 00-23 and minutes 00-59 (24:00 only as an end)")
        .hasMessageEndingWith("but was \"" + text + "\"");
  }

  @Test
  void ofRejectsTimesThatAreNotWholeMinutes() {
    assertThatThrownBy(() -> LocalTimeRange.of(LocalTime.of(8, 0, 30), LocalTime.of(9, 0)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("working hours are whole minutes, but start was 08:00:30");
  }

  @Test
  void nullsAreRejectedByName() {
    assertThatThrownBy(() -> LocalTimeRange.of(null, LocalTime.NOON)).hasMessage("start");
    assertThatThrownBy(() -> LocalTimeRange.parse(null)).hasMessage("text");
  }
}
