package dev.pledge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsageErrorHandlerTest {
  private static final String SKY = Run.SKYCLUB.toString();

  /** Splits a command line written in a test table; arguments have no spaces. */
  private static Run run(String commandLine) {
    return Run.of(commandLine.isBlank() ? new String[0] : commandLine.strip().split(" +"));
  }

  @ParameterizedTest(name = "pledge {0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      sla --case x.jsonl                                  => pledge sla: unknown option '--case' (did you mean --cases?)
      sla -c skyclub.json --case x.jsonl --as-of 2026-03-06T18:00:00Z => pledge sla: unknown option '--case' (did you mean --cases?)
      sla --case=x.jsonl                                  => pledge sla: unknown option '--case' (did you mean --cases?)
      report --customer c.jsonl                           => pledge report: unknown option '--customer' (did you mean --customers?)
      tiers --asof 2026-06-30T00:00:00Z                   => pledge tiers: unknown option '--asof' (did you mean --as-of?)
      validate --frobnicate x.json                        => pledge validate: unknown option '--frobnicate'
      validate a.json b.json                              => pledge validate: unexpected argument 'b.json'
      validate                                            => pledge validate: missing required parameter: 'FILE|-'
      rules -c skyclub.json -f facts.jsonl                => pledge rules: missing required option: '--rule-set=NAME'
      rules -c skyclub.json -f facts.jsonl -r             => pledge rules: missing required parameter for option '--rule-set' (NAME)
      sla -c skyclub.json --cases x.jsonl --as-of friday  => pledge sla: invalid value for option '--as-of': expected an ISO-8601 instant such as 2026-03-02T09:00:00Z, but was 'friday'
      report -c s.json --cases c.jsonl --as-of 2026-03-06T18:00:00Z --format yaml => pledge report: invalid value for option '--format': expected one of [table, json] (case-sensitive) but was 'yaml'
      valdate x.json                                      => pledge: unknown command 'valdate' (did you mean validate?)
      x.json                                              => pledge: unknown command 'x.json'
      --frob sla --cases x.jsonl                          => pledge: unknown option '--frob'
      help frob                                           => pledge: unknown subcommand 'frob'
      ''                                                  => pledge: missing command
      """)
  void aUsageErrorIsOneLineNamingTheProblemThenWhereToLook(String commandLine, String problem) {
    Run run = run(commandLine);

    String command = problem.substring(0, problem.indexOf(':'));
    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(problem + "\nsee " + command + " --help\n");
  }

  @Test
  void anUnknownOptionIsReportedEvenWhenEverythingElseIsGiven() {
    Run run = Run.of("rules", "-c", SKY, "-r", "routing", "-f", "-", "--explian");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).isEqualTo("pledge rules: unknown option '--explian' (did you mean --explain?)\n"
        + "see pledge rules --help\n");
  }

  @ParameterizedTest
  @CsvSource(delimiterString = "=>", textBlock = """
      Missing required options: '--cases=FILE|-'    => missing required options: '--cases=FILE|-'
      Unknown subcommand 'frob'.                     => unknown subcommand 'frob'
      Invalid value for option '--as-of':\\n  friday => invalid value for option '--as-of': friday
      JSON is wrong                                  => JSON is wrong
      """)
  void picocliMessagesBecomeOneLowerCaseLine(String message, String line) {
    assertThat(UsageErrorHandler.sentence(message.replace("\\n", "\n"))).isEqualTo(line);
  }

  @Test
  void theUsageTextIsNotPrinted() {
    Run run = Run.of("sla", "--case", "x.jsonl");

    assertThat(run.err()).doesNotContain("Usage:", "Exit codes:", "\tat ");
  }
}
