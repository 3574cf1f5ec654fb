package dev.pledge.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.customer.Activity;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.InvalidCaseEventException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesReaderTest {

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** What a stream read gave: records with their line numbers, and problems. */
  private static final class Collected<T> implements JsonLinesReader.LineSink<T> {
    final List<String> records = new ArrayList<>();
    final List<InputLineException> problems = new ArrayList<>();

    @Override
    public void accept(long line, T record) {
      records.add(line + ":" + record);
    }

    @Override
    public void reject(InputLineException problem) {
      problems.add(problem);
    }
  }

  @Test
  void caseEventLineIsReadAsTheEvent() {
    CaseEvent event = JsonLinesReader.caseEvents().read(
        "{\"case\":\"k1\",\"at\":\"2026-03-02T09:00:00Z\",\"type\":\"opened\",\"customer\":\"c1\","
            + "\"channel\":\"email\",\"priority\":\"high\"}");

    assertThat(event.caseId()).isEqualTo("k1");
    assertThat(event.type()).isEqualTo(CaseEventType.OPENED);
    assertThat(event.at()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    assertThat(event.customer()).contains("c1");
  }

  @Test
  void badCaseEventNamesTheLineAndKeepsTheEventException() {
    assertThatThrownBy(() -> JsonLinesReader.caseEvents().read(7,
        "{\"case\":\"k1\",\"at\":\"soon\",\"type\":\"opened\"}"))
        .isInstanceOfSatisfying(InputLineException.class, e -> {
          assertThat(e.line()).isEqualTo(7);
          assertThat(e.column()).isEmpty();
          assertThat(e.problem()).isEqualTo("case k1, event at soon: \"at\" must be an ISO-8601 instant "
              + "such as 2026-03-02T09:00:00Z, in the years 1 to 9999, but was \"soon\"");
          assertThat(e.getMessage()).isEqualTo("line 7: " + e.problem());
          assertThat(e.getCause()).isInstanceOf(InvalidCaseEventException.class);
        });
  }

  @Test
  void activityLineKeepsFreeFieldsExactly() {
    Activity activity = JsonLinesReader.activities().read(
        "{\"customer\":\"c1\",\"at\":\"2026-03-02T10:00:00+01:00\",\"kind\":\"flight\",\"id\":\"f1\","
            + "\"xp\":0.1000000000000000055511151231257827,\"route\":\"WAW-LHR\",\"business\":true}");

    assertThat(activity.customer()).isEqualTo("c1");
    assertThat(activity.at()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    assertThat(activity.kind()).isEqualTo("flight");
    assertThat(activity.id()).contains("f1");
    assertThat(activity.fields()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "xp", new BigDecimal("0.1000000000000000055511151231257827"), "route", "WAW-LHR", "business", true));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"flight\"}|/customer: required",
      "{\"customer\":\" \",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"flight\"}|/customer: must not be blank",
      "{\"customer\":\"c1\",\"at\":\"2026-03-02\",\"kind\":\"flight\"}|/at: expected an ISO-8601 instant such as "
          + "2026-03-02T09:00:00Z, in the years 1 to 9999, but was \"2026-03-02\"",
      "{\"customer\":\"c1\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":5}|/kind: expected a string, but was 5",
      "{\"customer\":\"c1\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"f\",\"seats\":[1]}|/seats: expected a number, "
          + "string or boolean, but was an array",
      "{\"customer\":\"c1\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"survey\"}|/nps: required in a survey: the "
          + "customer's answer, a whole number from 0 to 10",
      "{\"customer\":\"c1\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"survey\",\"nps\":null}|/nps: required in a "
          + "survey: the customer's answer, a whole number from 0 to 10",
      "{\"customer\":\"c1\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"survey\",\"nps\":11}|/nps: expected a whole "
          + "number from 0 to 10, but was 11",
      "{\"customer\":\"c1\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"survey\",\"nps\":-1}|/nps: expected a whole "
          + "number from 0 to 10, but was -1",
      "{\"customer\":\"c1\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"survey\",\"nps\":7.5}|/nps: expected a whole "
          + "number from 0 to 10, but was 7.5",
      "{\"customer\":\"c1\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"survey\",\"nps\":\"9\"}|/nps: expected a whole "
          + "number from 0 to 10, but was \"9\""})
  void badActivityNamesTheField(String line, String problem) {
    assertThatThrownBy(() -> JsonLinesReader.activities().read(3, line))
        .isInstanceOfSatisfying(InputLineException.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.problem()).isEqualTo(problem);
        });
  }

  @Test
  void aSurveyLineIsReadWithItsAnswerAndABadAnswerIsRejectedByLine() throws IOException {
    List<InputLineException> problems = new ArrayList<>();

    List<Activity> activities = JsonLinesReader.activities().readAll(bytes(
        "{\"customer\":\"c1\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"survey\",\"nps\":10}\n"
            + "{\"customer\":\"c1\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"survey\",\"nps\":12}\n"
            + "{\"customer\":\"c2\",\"at\":\"2026-03-03T09:00:00Z\",\"kind\":\"survey\",\"nps\":0.0}\n"
            + "{\"customer\":\"c2\",\"at\":\"2026-03-03T09:00:00Z\",\"kind\":\"survey\",\"comment\":\"meh\"}\n"), problems::add);

    assertThat(activities).extracting(a -> a.customer() + " " + a.text("nps").orElseThrow()).containsExactly("c1 10", "c2 0");
    assertThat(activities.get(0)).isEqualTo(Activity.of("c1", Instant.parse("2026-03-02T09:00:00Z"), "survey").with("nps", 10));
    assertThat(problems).extracting(InputLineException::getMessage).containsExactly(
        "line 2: /nps: expected a whole number from 0 to 10, but was 12",
        "line 4: /nps: required in a survey: the customer's answer, a whole number from 0 to 10");
  }

  @Test
  void customerLineGivesTheCustomerAndTheirLevels() {
    CustomerContext context = JsonLinesReader.customers().read("{\"customer\":\"c1\",\"joined\":\"2020-01-01\","
        + "\"segments\":[\"b2b\"],\"attributes\":{\"country\":\"PL\"},\"tiers\":{\"status\":\"gold\"}}");

    assertThat(context.customer().id()).isEqualTo("c1");
    assertThat(context.customer().joined()).contains(LocalDate.of(2020, 1, 1));
    assertThat(context.customer().segments()).isEqualTo(Set.of("b2b"));
    assertThat(context.customer().attributes()).isEqualTo(Map.of("country", "PL"));
    assertThat(context.levels()).isEqualTo(Map.of("status", "gold"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"joined\":\"2020-01-01\"}|/customer: required",
      "{\"customer\":\"c1\",\"joined\":\"01/01/2020\"}|/joined: expected an ISO date such as 2020-01-01, in the years 1 to 9999, but was \"01/01/2020\"",
      "{\"customer\":\"c1\",\"segments\":[null]}|/segments/0: must not be null",
      "{\"customer\":\"c1\",\"segments\":\"b2b\"}|/segments: expected an array, but was \"b2b\"",
      "{\"customer\":\"c1\",\"colour\":\"red\"}|unknown property \"colour\"; expected one of [attributes, customer, "
          + "joined, segments, tiers]",
      "{\"customer\":5}|/customer: expected a string, but was 5"})
  void badCustomerNamesTheField(String line, String problem) {
    assertThatThrownBy(() -> JsonLinesReader.customers().read(line))
        .isInstanceOfSatisfying(InputLineException.class, e -> assertThat(e.problem()).isEqualTo(problem));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "not json|4|invalid JSON at column 4: unknown word \"not\"; expected a value (a string, number, object, array, "
          + "true, false or null)",
      "{\"a\":1,\"a\":2}|8|/a: duplicate key \"a\"",
      "{\"a\":1} {}|9|invalid JSON at column 9: unexpected content after the end of the value: \"{\""})
  void invalidJsonNamesTheColumn(String line, int column, String problem) {
    assertThatThrownBy(() -> JsonLinesReader.objects().read(2, line))
        .isInstanceOfSatisfying(InputLineException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(OptionalInt.of(column));
          assertThat(e.problem()).isEqualTo(problem);
        });
  }

  @Test
  void aLineMustBeAnObject() {
    assertThatThrownBy(() -> JsonLinesReader.caseEvents().read("[1]"))
        .isInstanceOf(InputLineException.class)
        .hasMessage("line 1: expected a JSON object, but was an array");
  }

  @Test
  void theLoadersLimitsApply() {
    String deep = "{\"a\":".repeat(65) + "1" + "}".repeat(65);
    String longNumber = "{\"xp\":" + "1".repeat(65) + "}";

    assertThatThrownBy(() -> JsonLinesReader.objects().read(deep))
        .isInstanceOfSatisfying(InputLineException.class,
            e -> assertThat(e.problem()).startsWith("invalid JSON at column ")
                .endsWith(": objects and arrays nest deeper than 64 levels"));
    assertThatThrownBy(() -> JsonLinesReader.objects().read(longNumber))
        .isInstanceOfSatisfying(InputLineException.class,
            e -> assertThat(e.problem()).startsWith("invalid JSON at column ")
                .endsWith(": a number is longer than 64 characters"));
    assertThat(JsonLinesReader.objects().read("{\"a\":".repeat(64) + "1" + "}".repeat(64))).isNotNull();
  }

  @Test
  void caseEventJsonReadOfTextHasTheLimitsToo() {
    String deep = "{\"case\":\"k1\",\"attributes\":" + "{\"a\":".repeat(70) + "1" + "}".repeat(71);

    assertThatThrownBy(() -> dev.pledge.sla.CaseEventJson.read(deep))
        .isInstanceOf(InvalidCaseEventException.class)
        .hasMessageContaining("not valid JSON").hasMessageContaining("nest deeper than 64 levels");
  }

  /** A record of a caller's own line format. */
  record Reading(String meter, BigDecimal value, Optional<String> unit) {}

  @Test
  void bindingReadsACallersRecordStrictly() {
    JsonLinesReader<Reading> readings = JsonLinesReader.binding(Reading.class);

    assertThat(readings.read("{\"meter\":\"m1\",\"value\":2.50}").value()).isEqualByComparingTo("2.5");
    assertThatThrownBy(() -> readings.read("{\"meter\":\"m1\",\"value\":\"2.5\"}"))
        .isInstanceOfSatisfying(InputLineException.class,
            e -> assertThat(e.problem()).isEqualTo("/value: expected a number, but was \"2.5\""));
  }

  @Test
  void aStreamSkipsBlankLinesButCountsThemAndGoesOnAfterABadLine() throws IOException {
    Collected<ObjectNode> got = new Collected<>();

    JsonLinesReader.objects().read(bytes("\uFEFF{\"n\":1}\r\n\n   \nnot json\n{\"n\":5}"), got);

    assertThat(got.records).containsExactly("1:{\"n\":1}", "5:{\"n\":5}");
    assertThat(got.problems).extracting(InputLineException::line).containsExactly(4L);
  }

  @Test
  void aStreamRejectsTooLongAndNonUtf8LinesAlone() throws IOException {
    byte[] huge = ("{\"s\":\"" + "x".repeat(JsonLinesReader.MAX_LINE_BYTES) + "\"}\n").getBytes(StandardCharsets.UTF_8);
    byte[] rest = new byte[] {'{', (byte) 0xFF, '}', '\n', '{', '}', '\n'};
    byte[] all = new byte[huge.length + rest.length];
    System.arraycopy(huge, 0, all, 0, huge.length);
    System.arraycopy(rest, 0, all, huge.length, rest.length);
    Collected<ObjectNode> got = new Collected<>();

    JsonLinesReader.objects().read(new ByteArrayInputStream(all), got);

    assertThat(got.records).containsExactly("3:{}");
    assertThat(got.problems).extracting(InputLineException::getMessage).containsExactly(
        "line 1: line longer than " + JsonLinesReader.MAX_LINE_BYTES + " bytes", "line 2: not valid UTF-8");
  }

  @Test
  void readAllReturnsTheRecordsAndReportsTheRest() throws IOException {
    List<InputLineException> problems = new ArrayList<>();

    List<Activity> activities = JsonLinesReader.activities().readAll(bytes(
        "{\"customer\":\"c1\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"flight\"}\n"
            + "{\"customer\":\"c1\",\"kind\":\"flight\"}\n"
            + "{\"customer\":\"c2\",\"at\":\"2026-03-03T09:00:00Z\",\"kind\":\"stay\"}\n"), problems::add);

    assertThat(activities).extracting(Activity::customer).containsExactly("c1", "c2");
    assertThat(problems).extracting(InputLineException::getMessage).containsExactly("line 2: /at: required");
  }

  @Test
  void aFailingStreamNamesTheLineBeingRead() {
    InputStream failing = new InputStream() {
      private final InputStream first = bytes("{}\n\n");

      @Override
      public int read() throws IOException {
        int b = first.read();
        if (b < 0) {
          throw new IOException("disk gone");
        }
        return b;
      }
    };

    assertThatThrownBy(() -> JsonLinesReader.objects().readAll(failing, p -> { }))
        .isInstanceOfSatisfying(InputReadException.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.getCause()).hasMessage("disk gone");
        });
  }

  /** A caller's type read by a deserializer of its own, which has a bug: it fails on {"fail":true}. */
  @JsonDeserialize(using = Fragile.Reader.class)
  record Fragile(int n) {
    static final class Reader extends StdDeserializer<Fragile> {
      Reader() {
        super(Fragile.class);
      }

      @Override
      public Fragile deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = parser.readValueAsTree();
        if (node.has("fail")) {
          throw new IllegalStateException("the reader's own bug");
        }
        return new Fragile(node.get("n").intValue());
      }
    }
  }

  @Test
  void aLineThatFailsInsideTheReaderIsRejectedAloneAsAnInternalErrorAndTheStreamGoesOn() throws IOException {
    Collected<Fragile> got = new Collected<>();

    JsonLinesReader.binding(Fragile.class).read(bytes("{\"n\":1}\n{\"fail\":true}\n{\"n\":3}\n"), got);

    assertThat(got.records).containsExactly("1:Fragile[n=1]", "3:Fragile[n=3]");
    assertThat(got.problems).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(2);
      assertThat(problem.problem()).isEqualTo("internal error (a bug, please report it): IllegalStateException");
      assertThat(problem.getCause()).isInstanceOf(IllegalStateException.class);
    });
  }

  @Test
  void aLineWhoseNumberTheParserCannotHoldIsRejectedAloneAndTheStreamGoesOn() throws IOException {
    Collected<ObjectNode> got = new Collected<>();

    JsonLinesReader.objects().read(bytes("{\"n\":1}\n{\"n\":1e2147483648}\n{\"n\":3}\n"), got);

    assertThat(got.records).containsExactly("1:{\"n\":1}", "3:{\"n\":3}");
    assertThat(got.problems).extracting(InputLineException::line).containsExactly(2L);
    assertThat(got.problems.get(0).problem()).doesNotContain("Cannot invoke").isNotBlank();
  }
}
