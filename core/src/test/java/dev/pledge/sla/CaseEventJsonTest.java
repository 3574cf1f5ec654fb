package dev.pledge.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.pledge.input.InputLineException;
import dev.pledge.input.JsonLinesReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading case events from JSON lines. */
class CaseEventJsonTest {

  @Test
  void readsAnOpenedEventWithEveryField() {
    CaseEvent e = CaseEventJson.read("{\"case\":\"c1\",\"at\":\"2026-03-02T09:00:00Z\","
        + "\"type\":\"opened\",\"id\":\"e1\",\"customer\":\"anna\",\"channel\":\"email\","
        + "\"priority\":\"high\",\"tags\":[\"vip\"],\"attributes\":{\"lang\":\"pl\"}}");
    assertThat(e).isEqualTo(CaseEvent.builder("c1", Instant.parse("2026-03-02T09:00:00Z"),
        CaseEventType.OPENED).id("e1").customer("anna").channel("email").priority("high")
        .tags(java.util.Set.of("vip")).attributes(java.util.Map.of("lang", "pl")).build());
  }

  @Test
  void readsStatusAndTransferEvents() {
    assertThat(CaseEventJson.read("{\"case\":\"c1\",\"at\":\"2026-03-02T10:00:00Z\","
        + "\"type\":\"status\",\"status\":\"on-hold\"}").status()).contains(CaseStatus.ON_HOLD);
    assertThat(CaseEventJson.read("{\"case\":\"c1\",\"at\":\"2026-03-02T10:00:00Z\","
        + "\"type\":\"transfer\",\"to\":\"team-2\",\"line\":2}").line()).hasValue(2);
  }

  @Test
  void readsASatisfactionEventWithItsScoreAndComment() {
    assertThat(CaseEventJson.read("{\"case\":\"c1\",\"at\":\"2026-03-04T10:00:00Z\",\"type\":\"satisfaction\","
        + "\"score\":5,\"comment\":\"\"}")).isEqualTo(CaseEvent.builder("c1",
            Instant.parse("2026-03-04T10:00:00Z"), CaseEventType.SATISFACTION).score(5).comment("").build());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"score\":6|\"score\" must be a whole number from 1 to 5, but was 6",
      "\"score\":0|\"score\" must be a whole number from 1 to 5, but was 0",
      "\"score\":4.5|\"score\" must be a whole number from 1 to 5, but was 4.5",
      "\"score\":4.0|\"score\" must be a whole number from 1 to 5, but was 4.0",
      "\"score\":\"4\"|\"score\" must be a whole number from 1 to 5, but was \"4\"",
      "\"score\":null|\"score\" must be a whole number from 1 to 5, but was null",
      "\"score\":99999999999|\"score\" must be a whole number from 1 to 5, but was 99999999999",
      "\"comment\":\"ok\"|satisfaction events need \"score\"",
      "\"score\":3,\"comment\":3|\"comment\" must be a string"})
  void aBadSatisfactionEventSaysWhatIsWrong(String fields, String problem) {
    assertThatThrownBy(() -> CaseEventJson.read("{\"case\":\"c1\",\"at\":\"2026-03-04T10:00:00Z\","
        + "\"type\":\"satisfaction\"," + fields + "}")).isInstanceOf(InvalidCaseEventException.class)
        .hasMessageStartingWith("case c1, event ").hasMessageContaining("at 2026-03-04T10:00:00Z: ")
        .hasMessageEndingWith(": " + problem);
  }

  @Test
  void aScoreOrCommentOnAnotherTypeIsRejected() {
    assertThatThrownBy(() -> CaseEventJson.read("{\"case\":\"c1\",\"at\":\"2026-03-02T10:00:00Z\","
        + "\"type\":\"agent-reply\",\"score\":5}")).isInstanceOf(InvalidCaseEventException.class)
        .hasMessageContaining("\"score\" is not a field of agent-reply events");
    assertThatThrownBy(() -> CaseEventJson.read("{\"case\":\"c1\",\"at\":\"2026-03-02T10:00:00Z\","
        + "\"type\":\"customer-message\",\"comment\":\"hi\"}")).isInstanceOf(InvalidCaseEventException.class)
        .hasMessageContaining("\"comment\" is not a field of customer-message events");
  }

  @Test
  void aFileWithABadScoreRejectsThatLineByNumberAndReadsTheOthers() throws IOException {
    String lines = "{\"case\":\"c1\",\"at\":\"2026-03-02T09:00:00Z\",\"type\":\"opened\",\"customer\":\"anna\","
        + "\"channel\":\"email\",\"priority\":\"high\"}\n"
        + "{\"case\":\"c1\",\"at\":\"2026-03-04T10:00:00Z\",\"type\":\"satisfaction\",\"score\":9}\n"
        + "{\"case\":\"c1\",\"at\":\"2026-03-04T11:00:00Z\",\"type\":\"satisfaction\",\"score\":2}\n";
    List<InputLineException> problems = new ArrayList<>();

    List<CaseEvent> events = JsonLinesReader.caseEvents().readAll(
        new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), problems::add);

    assertThat(events).extracting(CaseEvent::type).containsExactly(CaseEventType.OPENED, CaseEventType.SATISFACTION);
    assertThat(events.get(1).score()).hasValue(2);
    assertThat(problems).extracting(InputLineException::getMessage).containsExactly("line 2: case c1, event "
        + "satisfaction at 2026-03-04T10:00:00Z: \"score\" must be a whole number from 1 to 5, but was 9");
  }

  @Test
  void reportsEachProblemWithTheCaseAndTheEvent() {
    assertThatThrownBy(() -> CaseEventJson.read("{\"case\":\"c1\",\"at\":\"2026-03-02T10:00:00Z\","
        + "\"type\":\"reply\"}")).isInstanceOf(UnknownEventTypeException.class)
        .hasMessageContaining("case c1").hasMessageContaining("\"reply\"");
    assertThatThrownBy(() -> CaseEventJson.read("{\"case\":\"c1\",\"at\":\"2026-03-02T10:00:00Z\","
        + "\"type\":\"status\",\"status\":\"done\",\"id\":\"e9\"}"))
        .isInstanceOf(UnknownStatusException.class).hasMessageContaining("(id e9)");
    assertThatThrownBy(() -> CaseEventJson.read("{\"case\":\"c1\",\"at\":\"yesterday\","
        + "\"type\":\"agent-reply\"}")).isInstanceOf(InvalidCaseEventException.class)
        .hasMessageContaining("ISO-8601");
    assertThatThrownBy(() -> CaseEventJson.read("{\"case\":\"c1\",\"at\":\"2026-03-02T10:00:00Z\","
        + "\"type\":\"agent-reply\",\"body\":\"hi\"}")).isInstanceOf(InvalidCaseEventException.class)
        .hasMessageContaining("unknown field \"body\"");
    assertThatThrownBy(() -> CaseEventJson.read("[1]")).isInstanceOf(InvalidCaseEventException.class);
    assertThatThrownBy(() -> CaseEventJson.read("{\"case\":\"c1\",\"type\":\"agent-reply\"}"))
        .isInstanceOf(InvalidCaseEventException.class).hasMessageContaining("\"at\" is missing");
  }

  private static final String EVENT = "{\"case\":\"k1\",\"at\":\"2026-03-02T09:00:00Z\",\"type\":\"agent-reply\"";

  /** Texts of one event, each with whether a JSON Lines file holding it as a line is read or rejected. */
  static Stream<Arguments> texts() {
    String big = "x".repeat(JsonLinesReader.MAX_LINE_BYTES - 100);
    return Stream.of(
        arguments("plain", EVENT + "}", true),
        arguments("spaces around", "  \t" + EVENT + " } \t", true),
        arguments("ended by a line break", EVENT + "}\n", true),
        arguments("ended by CR LF", EVENT + "}\r\n", true),
        arguments("a carriage return between tokens", EVENT + ",\r\"id\":\"e1\"}", true),
        arguments("just under 1 MiB", EVENT + ",\"id\":\"" + big.substring(100) + "\"}", true),
        arguments("a key twice", EVENT + ",\"id\":\"e1\",\"id\":\"e2\"}", false),
        arguments("a key twice, once escaped", EVENT + ",\"id\":\"e1\",\"\\u0069d\":\"e2\"}", false),
        arguments("a nested key twice", EVENT + ",\"attributes\":{\"a\":\"1\",\"a\":\"2\"}}", false),
        arguments("a word after the object", EVENT + "} x", false),
        arguments("a second object", EVENT + "} {}", false),
        arguments("a second object on the next line", EVENT + "}\n{}", false),
        arguments("a number after the object", EVENT + "}1", false),
        arguments("a closing brace too many", EVENT + "}}", false),
        arguments("a comment after the object", EVENT + "} // note", false),
        arguments("a NUL after the object", EVENT + "}\u0000", false),
        arguments("a line separator after the object", EVENT + "}\u2028", false),
        arguments("the object spread over two lines", EVENT + ",\n\"id\":\"e1\"}", false),
        arguments("the object spread over two lines by CR LF", EVENT + ",\r\n\"id\":\"e1\"}", false),
        arguments("longer than a line may be", " ".repeat(200) + EVENT + ",\"id\":\"" + big + "\"}", false),
        arguments("unclosed", EVENT, false),
        arguments("single quotes", EVENT.replace("\"case\"", "'case'") + "}", false),
        arguments("a trailing comma", EVENT + ",}", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void readOfTextIsAsStrictAsTheJsonLinesReader(String name, String text, boolean read) throws IOException {
    List<InputLineException> problems = new ArrayList<>();
    List<CaseEvent> events = JsonLinesReader.caseEvents().readAll(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), problems::add);

    assertThat(problems.isEmpty() && events.size() == 1).as("the JSON Lines reader reads it").isEqualTo(read);
    if (read) {
      assertThat(CaseEventJson.read(text)).isEqualTo(events.get(0));
    } else {
      assertThatThrownBy(() -> CaseEventJson.read(text)).isInstanceOf(InvalidCaseEventException.class)
          .hasMessageStartingWith("case ?, event (unreadable): ");
    }
  }
}
