package dev.pledge.cli.command;

import dev.pledge.cli.PledgeCommand;
import dev.pledge.cli.Run;
import dev.pledge.cli.Samples;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressOptionTest {
  /** Standard error is not a terminal, and asking is a test failure. */
  private static final BooleanSupplier NOT_ASKED = () -> {
    throw new AssertionError("the terminal was asked although the option decided");
  };

  @TempDir
  Path dir;

  /** Runs {@code rules} over three facts lines with a clock that moves three seconds a reading. */
  private Run rules(BooleanSupplier stderrIsTerminal, String... more) throws IOException {
    Path facts = dir.resolve("facts.jsonl");
    Files.writeString(facts, "{}\n{}\n{}\n");
    List<String> args = new ArrayList<>(List.of("rules", "-c", Run.SKYCLUB.toString(), "-r", "routing",
        "-f", facts.toString()));
    args.addAll(List.of(more));
    return Run.in(new PledgeCommand(System.in, stderrIsTerminal, ticking()), args.toArray(String[]::new));
  }

  private static LongSupplier ticking() {
    AtomicLong clock = new AtomicLong();
    return () -> clock.addAndGet(3_000_000_000L);
  }

  @Test
  void progressIsShownWhenStderrIsATerminal() throws IOException {
    Run run = rules(() -> true);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEqualTo("... read 1 lines, rejected 0\n... read 2 lines, rejected 0\n"
        + "... read 3 lines, rejected 0\nread 3 lines, processed 3, rejected 0\n");
  }

  @Test
  void progressIsNotShownWhenStderrIsNotATerminal() throws IOException {
    Run run = rules(() -> false);

    assertThat(run.err()).isEqualTo("read 3 lines, processed 3, rejected 0\n");
  }

  @Test
  void progressOptionShowsItWhenStderrIsNotATerminal() throws IOException {
    Run run = rules(NOT_ASKED, "--progress");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).startsWith("... read 1 lines, rejected 0\n");
  }

  @Test
  void noProgressOptionHidesItWhenStderrIsATerminal() throws IOException {
    Run run = rules(NOT_ASKED, "--no-progress");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEqualTo("read 3 lines, processed 3, rejected 0\n");
  }

  @Test
  void caseCommandsTakeTheOptionToo() {
    Run run = Run.in(new PledgeCommand(System.in, () -> false, ticking()), "sla", "-c", Run.SKYCLUB.toString(),
        "--cases", Samples.SKY_CASES, "--as-of", Samples.AS_OF, "--progress");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).startsWith("... read 1 lines, rejected 0\n");
  }

  @Test
  void everyStreamingCommandDocumentsTheOption() {
    for (String command : List.of("rules", "calendar", "tiers", "sla", "report", "check", "escalations")) {
      Run run = Run.of(command, "--help");

      assertThat(run.out()).as(command).contains("--[no-]progress", "Show progress on stderr");
    }
  }
}
