package dev.pledge.cli.input;

import dev.pledge.cli.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.PledgeException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private JsonLines pipeline() {
    return JsonLines.to(new PrintWriter(out), new PrintWriter(err)).withProgress(false, () -> 0);
  }

  /** Echoes the record's "n" back, rejects "bad" with a PledgeException. */
  private static final LineHandler<ObjectNode> ECHO = (line, record) -> {
    if (record.has("bad")) {
      throw new PledgeException("/bad: not welcome");
    }
    return List.of(JsonNodeFactory.instance.objectNode().put("line", line).set("n", record.get("n")));
  };

  private static Input text(String text) {
    return new Input("in.jsonl", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void skipsBlankLinesButCountsThemInLineNumbers() {
    JsonLines.Summary summary = pipeline().run(text("{\"n\":1}\n\n   \n{\"n\":2}\n"), ECHO);

    assertThat(summary).isEqualTo(new JsonLines.Summary(2, 2, 0));
    assertThat(summary.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).isEqualTo("{\"line\":1,\"n\":1}\n{\"line\":4,\"n\":2}\n");
    assertThat(err.toString()).isEqualTo("read 2 lines, processed 2, rejected 0\n");
  }

  @Test
  void rejectedLinesAreReportedAndCountedAndTheOthersProcessed() {
    JsonLines.Summary summary = pipeline().run(
        text("{\"n\":1}\n{\"bad\":1}\nnot json\n{\"n\":4}\n"), ECHO);

    assertThat(summary).isEqualTo(new JsonLines.Summary(4, 2, 2));
    assertThat(summary.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(out.toString()).isEqualTo("{\"line\":1,\"n\":1}\n{\"line\":4,\"n\":4}\n");
    assertThat(err.toString().lines()).containsExactly(
        "in.jsonl:2: /bad: not welcome",
        "in.jsonl:3: invalid JSON at column 4: unknown word \"not\"; expected a value (a string, number, object, "
            + "array, true, false or null)",
        "read 4 lines, processed 2, rejected 2");
  }

  @Test
  void pledgeExceptionFromTheHandlerRejectsTheLine() {
    LineHandler<ObjectNode> failing = (line, record) -> {
      throw new PledgeException("no such level");
    };

    JsonLines.Summary summary = pipeline().run(text("{}\n"), failing);

    assertThat(summary.rejected()).isOne();
    assertThat(err.toString()).startsWith("in.jsonl:1: no such level\n");
  }

  @Test
  void anyOtherFailureOfTheHandlerRejectsItsLineAsAnInternalErrorAndTheRunGoesOn() {
    LineHandler<ObjectNode> buggy = (line, record) -> {
      if (record.has("npe")) {
        throw new NullPointerException("oops");
      }
      if (record.has("deep")) {
        throw new StackOverflowError();
      }
      return ECHO.handle(line, record);
    };

    JsonLines.Summary summary = pipeline().run(text("{\"n\":1}\n{\"npe\":1}\n{\"deep\":1}\n{\"n\":4}\n"), buggy);

    assertThat(summary).isEqualTo(new JsonLines.Summary(4, 2, 2));
    assertThat(summary.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(out.toString()).isEqualTo("{\"line\":1,\"n\":1}\n{\"line\":4,\"n\":4}\n");
    assertThat(err.toString().lines()).containsExactly(
        "in.jsonl:2: internal error (a bug, please report it): NullPointerException; PLEDGE_DEBUG=1 shows the stack trace",
        "in.jsonl:3: internal error (a bug, please report it): StackOverflowError; PLEDGE_DEBUG=1 shows the stack trace",
        "read 4 lines, processed 2, rejected 2");
  }

  @Test
  void aHeapThatRunsOutIsLeftToWhatHoldsTheInput() {
    // a handler that holds records (a Grouper) decides: a line cannot be rejected for a heap full of others
    LineHandler<ObjectNode> holding = (line, record) -> {
      throw new OutOfMemoryError("Java heap space");
    };

    assertThatThrownBy(() -> pipeline().run(text("{}\n{}\n"), holding)).isInstanceOf(OutOfMemoryError.class);
  }

  @Test
  void numbersWithAFractionAreReadExactly() {
    LineHandler<ObjectNode> echo = (line, record) -> List.of(record);

    pipeline().run(text("{\"x\":0.1000000000000000055511151231257827}\n"), echo);

    assertThat(out.toString()).isEqualTo("{\"x\":0.1000000000000000055511151231257827}\n");
  }

  @Test
  void tooLongLineIsRejectedWithoutStoppingTheRun() {
    String huge = "{\"s\":\"" + "x".repeat(JsonLines.MAX_LINE_BYTES) + "\"}";

    JsonLines.Summary summary = pipeline().run(text(huge + "\n{\"n\":2}\n"), ECHO);

    assertThat(summary).isEqualTo(new JsonLines.Summary(2, 1, 1));
    assertThat(err.toString()).startsWith("in.jsonl:1: line longer than " + JsonLines.MAX_LINE_BYTES + " bytes\n");
  }

  @Test
  void malformedUtf8RejectsThatLineOnly() {
    InputStream bytes = new ByteArrayInputStream(
        new byte[] {'{', '}', '\n', '{', (byte) 0xFF, '}', '\n', '{', '}'});

    JsonLines.Summary summary = pipeline().run(Input.open("-", bytes), (line, record) -> List.of());

    assertThat(summary).isEqualTo(new JsonLines.Summary(3, 2, 1));
    assertThat(err.toString()).startsWith("<stdin>:2: not valid UTF-8\n");
  }

  @Test
  void progressIsShownOnlyWhenEnabledAndAtMostEveryInterval() {
    AtomicLong clock = new AtomicLong();
    LineHandler<ObjectNode> ticking = (line, record) -> {
      clock.addAndGet(Progress.INTERVAL.toNanos() / 2);
      return List.of();
    };
    JsonLines withProgress = JsonLines.to(new PrintWriter(out), new PrintWriter(err))
        .withProgress(true, clock::get);

    withProgress.run(text("{}\n".repeat(5)), ticking);

    assertThat(err.toString().lines()).containsExactly(
        "... read 2 lines, rejected 0",
        "... read 4 lines, rejected 0",
        "read 5 lines, processed 5, rejected 0");
  }

  @Test
  void streamsALargeInputWithoutHoldingIt() {
    long lines = 200_000;
    byte[] line = "{\"n\":1}\n".getBytes(StandardCharsets.UTF_8);
    InputStream generated = new InputStream() {
      private long produced;
      private int at = line.length;

      @Override
      public int read() {
        if (at == line.length) {
          if (produced == lines) {
            return -1;
          }
          produced++;
          at = 0;
        }
        return line[at++];
      }
    };
    AtomicLong written = new AtomicLong();
    Writer counting = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) {
        written.addAndGet(length);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    LineHandler<ObjectNode> echo = (number, record) -> List.<JsonNode>of(record);

    JsonLines.Summary summary = JsonLines.to(new PrintWriter(counting), new PrintWriter(err))
        .withProgress(false, () -> 0).run(new Input("generated", generated), echo);

    assertThat(summary).isEqualTo(new JsonLines.Summary(lines, lines, 0));
    assertThat(written.get()).isEqualTo(lines * "{\"n\":1}\n".length());
  }
}
