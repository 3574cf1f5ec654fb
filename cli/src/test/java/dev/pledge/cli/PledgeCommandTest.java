package dev.pledge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PledgeCommandTest {

  @Test
  void helpListsTheCommandsExitCodesAndExamples() {
    Run run = Run.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("validate", "rules", "Exit codes:", "Examples:",
        "2   invalid configuration, unreadable file or wrong usage");
  }

  @Test
  void everySubcommandDocumentsExitCodesAndExamples() {
    for (String command : new String[] {"validate", "rules"}) {
      Run run = Run.of(command, "--help");

      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).contains("Usage: pledge " + command, "Exit codes:",
          "0   ok", "1   input lines rejected", "Examples:");
    }
  }

  @Test
  void versionPrintsPledgeAndTheProjectVersion() {
    String expected = System.getProperty("pledge.expectedVersion");
    assertThat(expected).as("the project version, passed by surefire (cli/pom.xml)").isNotBlank();

    Run run = Run.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("pledge " + expected + "\n");
  }

  @Test
  void everySubcommandPrintsTheVersionToo() {
    String version = Run.of("--version").out();
    for (String command : new String[] {"validate", "rules", "calendar", "tiers", "sla", "report", "check",
        "escalations", "schema", "demo"}) {
      Run run = Run.of(command, "--version");

      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).isEqualTo(version);
    }
  }

  @Test
  void versionComesFromTheFilteredResource() throws IOException {
    assertThat(PledgeCommand.Version.line(stream("version=1.2.3\n"))).isEqualTo("pledge 1.2.3");
  }

  @Test
  void versionWithoutTheBuildsResourceSaysItIsUnknown() throws IOException {
    assertThat(PledgeCommand.Version.line(null)).isEqualTo("pledge (unknown version: not built by Maven)");
    assertThat(PledgeCommand.Version.line(stream("version=${project.version}\n")))
        .isEqualTo("pledge (unknown version: not built by Maven)");
    assertThat(PledgeCommand.Version.line(stream(""))).isEqualTo("pledge (unknown version: not built by Maven)");
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void noSubcommandIsAUsageError() {
    Run run = Run.of();

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).isEqualTo("pledge: missing command\nsee pledge --help\n");
  }

  @Test
  void unknownOptionIsAUsageErrorWithoutStackTrace() {
    Run run = Run.of("validate", "--frobnicate", "x.json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).isEqualTo("pledge validate: unknown option '--frobnicate'\n"
        + "see pledge validate --help\n");
  }

  @Test
  void unexpectedExceptionIsAnInternalErrorInOneLineWithoutStackTrace() {
    CommandLine cmd = new CommandLine(new PledgeCommand());
    StringWriter err = new StringWriter();
    cmd.setErr(new PrintWriter(err));

    int code = PledgeCommand.failed(new IllegalStateException("boom"), cmd, null);

    assertThat(code).isEqualTo(ExitCode.INTERNAL);
    assertThat(err.toString()).contains("internal error", "boom").doesNotContain("\tat ");
  }

  @Test
  void aHeapThatRunsOutOutsideAnyRecordIsOneLineWithExitStatusTwo() {
    CommandLine cmd = PledgeCommand.commandLine(new ByteArrayInputStream(new byte[0]));
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(new StringWriter()));
    cmd.setErr(new PrintWriter(err));

    int code = PledgeCommand.failed(new OutOfMemoryError("Java heap space"), cmd);

    assertThat(code).isEqualTo(ExitCode.INVALID);
    assertThat(err.toString()).isEqualTo("pledge: out of memory (Java's heap holds at most "
        + (Runtime.getRuntime().maxMemory() >> 20) + " MiB); give Java more heap (-Xmx)\n");
  }

  @Test
  void aStackOverflowOutsideAnyRecordIsAnInternalErrorInOneLine() {
    CommandLine cmd = PledgeCommand.commandLine(new ByteArrayInputStream(new byte[0]));
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(new StringWriter()));
    cmd.setErr(new PrintWriter(err));

    int code = PledgeCommand.failed(new StackOverflowError(), cmd);

    assertThat(code).isEqualTo(ExitCode.INTERNAL);
    assertThat(err.toString()).startsWith("pledge: internal error (a bug, please report it): java.lang.StackOverflowError\n")
        .doesNotContain("\tat ");
  }
}
