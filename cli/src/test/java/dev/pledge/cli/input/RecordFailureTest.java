package dev.pledge.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pledge.PledgeException;
import dev.pledge.input.InputLineException;
import dev.pledge.input.JsonLinesReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordFailureTest {

  @Test
  void aPledgeExceptionIsABadRecordAndSaysWhatIsWrong() {
    PledgeException bad = new PledgeException("/at: expected an instant");

    assertThat(RecordFailure.isInternal(bad)).isFalse();
    assertThat(RecordFailure.reason(bad)).isEqualTo("/at: expected an instant");
  }

  @Test
  void anyOtherFailureIsAnInternalErrorNamedByItsKindNeverByItsMessage() {
    DateTimeException bug = new DateTimeException("Invalid value for EpochDay " + "9".repeat(1000));

    assertThat(RecordFailure.isInternal(bug)).isTrue();
    assertThat(RecordFailure.reason(bug)).isEqualTo(
        "internal error (a bug, please report it): DateTimeException; PLEDGE_DEBUG=1 shows the stack trace");
    assertThat(RecordFailure.reason(new StackOverflowError())).contains("): StackOverflowError;");
  }

  @Test
  void anExceptionOfAnAnonymousClassIsNamedByItsFullName() {
    RuntimeException anonymous = new IllegalStateException() { };

    assertThat(RecordFailure.reason(anonymous)).contains("): " + anonymous.getClass().getName() + ";");
  }

  @Test
  void runningOutOfMemorySaysHowLargeTheHeapIsAndHowToGrowIt() {
    assertThat(RecordFailure.reason(new OutOfMemoryError("Java heap space")))
        .isEqualTo("out of memory (Java's heap holds at most " + (Runtime.getRuntime().maxMemory() >> 20)
            + " MiB); give Java more heap (-Xmx)");
  }

  /** A caller's line type whose own deserializer has a bug on {"fail":true}. */
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
          throw new IllegalStateException("the deserializer's bug");
        }
        return new Fragile(node.path("n").intValue());
      }
    }
  }

  @Test
  void aLineTheReaderRejectedForABugPointsToTheStackTraceAndAnOrdinaryOneDoesNot() throws IOException {
    List<InputLineException> problems = new ArrayList<>();

    JsonLinesReader.binding(Fragile.class).readAll(new ByteArrayInputStream(
        "{\"fail\":true}\nnot json\n".getBytes(StandardCharsets.UTF_8)), problems::add);

    assertThat(problems).extracting(RecordFailure::reason).containsExactly(
        "internal error (a bug, please report it): IllegalStateException; PLEDGE_DEBUG=1 shows the stack trace",
        problems.get(1).problem());
    assertThat(problems.get(1).problem()).startsWith("invalid JSON");
  }

  @Test
  void aBadRecordPrintsNoStackTrace() {
    StringWriter err = new StringWriter();

    RecordFailure.debug(new PrintWriter(err, true), new PledgeException("bad"));

    assertThat(err.toString()).isEmpty();
  }
}
