package dev.pledge.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The input-line reproducers of issue 14: a line with a number, an instant or a date outside what
 * Pledge reads is rejected with its line number and Pledge's words, and the lines around it are
 * still read.
 */
class HostileLinesTest {

  private static String problemOf(JsonLinesReader<?> reader, String line) {
    try {
      reader.read(4, line);
    } catch (InputLineException e) {
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.problem()).doesNotContain("Jackson", "Feature", "`", "java.", "Source:");
      return e.problem();
    }
    throw new AssertionError("expected the line to be rejected: " + line);
  }

  @Test
  void aNumberWithAnExtremeExponentIsRejectedWithItsColumn() {
    // It threw NumberFormatException from the decimal parser (exit 3 in the command).
    String line = "{\"customer\":\"c1\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"flight\",\"xp\":1e-2147483648}";
    assertThat(problemOf(JsonLinesReader.activities(), line)).isEqualTo("/xp: the number 1e-2147483648 is out of"
        + " range: Pledge reads numbers of at most 64 digits between 1e-100 and 1e100 in size (or 0)");
    assertThatThrownBy(() -> JsonLinesReader.activities().read(4, line))
        .isInstanceOfSatisfying(InputLineException.class, e -> assertThat(e.column()).hasValue(67)); // where the number starts
    assertThat(problemOf(JsonLinesReader.objects(), "{\"a\": 1e2147483648}")).startsWith("/a: the number");
  }

  @Test
  void anInstantOffTheTimeLineIsRejected() {
    // It threw DateTimeException converting the offset date-time to an instant.
    assertThat(problemOf(JsonLinesReader.activities(),
        "{\"customer\":\"c1\",\"at\":\"-999999999-01-01T00:00:00+18:00\",\"kind\":\"flight\"}"))
        .isEqualTo("/at: expected an ISO-8601 instant such as 2026-03-02T09:00:00Z, in the years 1 to 9999, but was"
            + " \"-999999999-01-01T00:00:00+18:00\"");
    assertThat(problemOf(JsonLinesReader.activities(),
        "{\"customer\":\"c1\",\"at\":\"+10000-01-01T00:00:00Z\",\"kind\":\"flight\"}")).contains("in the years 1 to 9999");
    assertThat(problemOf(JsonLinesReader.caseEvents(),
        "{\"case\":\"k\",\"at\":\"0000-12-31T23:59:59Z\",\"type\":\"opened\"}")).contains("in the years 1 to 9999");
    assertThat(problemOf(JsonLinesReader.customers(), "{\"customer\":\"c1\",\"joined\":\"+1000000000-01-01\"}"))
        .contains("in the years 1 to 9999");
  }

  @Test
  void theEdgesOfTheRangeAreRead() {
    assertThat(JsonLinesReader.activities().read(
        "{\"customer\":\"c1\",\"at\":\"0001-01-01T00:00:00Z\",\"kind\":\"flight\",\"xp\":1e100}").at())
        .hasToString("0001-01-01T00:00:00Z");
    assertThat(JsonLinesReader.activities().read(
        "{\"customer\":\"c1\",\"at\":\"9999-12-31T23:59:59.999999999Z\",\"kind\":\"flight\",\"xp\":-1e-100}").at())
        .hasToString("9999-12-31T23:59:59.999999999Z");
  }

  @Test
  void aHugeValueInAMessageIsShownByItsStart() {
    String at = "x".repeat(500_000);
    assertThat(problemOf(JsonLinesReader.activities(), "{\"customer\":\"c1\",\"at\":\"" + at + "\",\"kind\":\"f\"}"))
        .endsWith("but was \"" + "x".repeat(40) + "... (500000 characters)\"");
  }

  @Test
  void theOtherLinesAreStillRead() throws Exception {
    String text = "{\"customer\":\"c1\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"flight\",\"xp\":10}\n"
        + "{\"customer\":\"c1\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"flight\",\"xp\":1e999999999}\n"
        + "{\"customer\":\"c1\",\"at\":\"-999999999-01-01T00:00:00+18:00\",\"kind\":\"flight\"}\n"
        + "{\"customer\":\"c1\",\"at\":\"2026-03-03T09:00:00Z\",\"kind\":\"flight\",\"xp\":5}\n";
    List<Long> rejected = new ArrayList<>();
    var read = JsonLinesReader.activities().readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        e -> rejected.add(e.line()));
    assertThat(read).hasSize(2);
    assertThat(rejected).containsExactly(2L, 3L);
  }
}
