package dev.pledge.cli.command;

import dev.pledge.cli.ExitCode;
import dev.pledge.cli.Run;
import dev.pledge.cli.Samples;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir
  Path dir;

  @Test
  void printsTheComplianceTablePerPolicyAndMetric() {
    Run run = Run.of("report", "--config", Run.SKYCLUB.toString(), "--cases", Samples.SKY_CASES,
        "--customers", Samples.SKY_CUSTOMERS, "--as-of", Samples.AS_OF);

    assertThat(run.exitCode()).isZero();
    // gold-email first-response: k01, k04, k14, k16 achieved; k06 and k10 breached -> 4 / 6.
    // Percentiles come from the sketch (within 0.5 %), shown to the second.
    assertThat(run.out()).isEqualTo("""
        policy          metric           instances  achieved  breached  running  attainment  objective  kept         p50         p90         p95
        platinum-phone  first-response           3         2         1        0       66.7%      98.0%  NO         PT10M       PT40M       PT40M
        platinum-phone  resolution               3         2         1        0       66.7%      98.0%  NO          PT2H  PT4H59M46S  PT4H59M46S
        gold-email      first-response           6         4         2        0       66.7%      95.0%  NO       PT30M3S     PT2H30M     PT2H30M
        gold-email      next-response            6         4         2        0       66.7%      95.0%  NO      PT59M55S  PT2H49M32S  PT2H49M32S
        gold-email      periodic-update         11        10         1        0       90.9%      95.0%  NO      PT1H1M8S  PT1H59M28S  PT3H39M52S
        gold-email      resolution               6         5         1        0       83.3%      95.0%  NO       PT4H34S        PT7H        PT7H
        default         first-response           6         4         1        1       80.0%      90.0%  NO    PT1H30M17S  PT5H58M54S  PT5H58M54S
        default         resolution               6         5         0        1      100.0%      90.0%  yes    PT7H1M10S       PT12H       PT12H
        """);
    assertThat(run.err()).isEqualTo("cases: 16 evaluated (15 promised, 0 unpromised, 1 not yet opened), 0 rejected\n"
        + "read 95 lines, processed 95, rejected 0\n");
  }

  @Test
  void writesOneJsonObjectPerRowWithExactAttainment() {
    Run run = Run.of("report", "-c", Run.SHOP.toString(), "--cases", Samples.SHOP_CASES,
        "--activities", Samples.SHOP_ACTIVITIES, "--customers", Samples.SHOP_CUSTOMERS,
        "--as-of", Samples.AS_OF, "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).contains(
        "{\"policy\":\"premium-chat\",\"metric\":\"first-response\",\"instances\":3,\"achieved\":2,\"breached\":1,"
            + "\"running\":0,\"attainment\":0.6666666666666667,\"objective\":0.95,\"kept\":false,"
            + "\"p50\":\"PT3M1S\",\"p90\":\"PT10M\",\"p95\":\"PT10M\"}",
        "{\"policy\":\"basic\",\"metric\":\"first-response\",\"instances\":6,\"achieved\":5,\"breached\":0,"
            + "\"running\":1,\"attainment\":1,\"objective\":0.85,\"kept\":true,"
            + "\"p50\":\"PT59M55S\",\"p90\":\"PT4H59M46S\",\"p95\":\"PT4H59M46S\"}");
  }

  @Test
  void aBadLineIsReportedAndCountedButTheTableIsStillPrinted() {
    String cases = Samples.withLineAt(dir, Samples.SKY_CASES, 12, "{\"case\":\"k01\",\"at\":\"yesterday\",\"type\":\"agent-reply\"}");

    Run run = Run.of("report", "-c", Run.SKYCLUB.toString(), "--cases", cases, "--customers",
        Samples.SKY_CUSTOMERS, "--as-of", Samples.AS_OF);

    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.out()).startsWith("policy ").contains("gold-email      first-response           6");
    assertThat(run.err()).startsWith(cases + ":12: case k01").endsWith("read 96 lines, processed 95, rejected 1\n");
  }

  @Test
  void aLineThatFailsInsidePledgeIsRejectedWithItsLineAndTheTableIsTheOthers() {
    // a number the JSON parser cannot hold: it used to fail inside the reader and end the run (exit 3)
    String cases = Samples.withLineAt(dir, Samples.SKY_CASES, 12,
        "{\"case\":\"k01\",\"at\":\"2026-03-02T09:50:00Z\",\"type\":\"agent-reply\",\"n\":1e2147483648}");
    String[] args = {"report", "-c", Run.SKYCLUB.toString(), "--cases", cases, "--customers", Samples.SKY_CUSTOMERS,
        "--as-of", Samples.AS_OF, "--format", "json"};

    Run run = Run.of(args);

    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    args[4] = Samples.SKY_CASES;
    assertThat(run.out()).isEqualTo(Run.of(args).out());
    assertThat(run.err()).startsWith(cases + ":12: ")
        .endsWith("cases: 16 evaluated (15 promised, 0 unpromised, 1 not yet opened), 0 rejected\n"
            + "read 96 lines, processed 95, rejected 1\n").doesNotContain("\tat ");
  }

  @Test
  void measuringForTheHtmlPageLeavesTheTableAndTheCountsAsTheyWere() {
    String[] args = {"report", "-c", Run.SKYCLUB.toString(), "--cases", Samples.SKY_CASES, "--customers",
        Samples.SKY_CUSTOMERS, "--activities", Samples.SKY_ACTIVITIES, "--as-of", Samples.AS_OF};
    Run plain = Run.of(args);
    String[] withHtml = Arrays.copyOf(args, args.length + 2);
    withHtml[args.length] = "--html";
    withHtml[args.length + 1] = dir.resolve("report.html").toString();

    Run run = Run.of(withHtml);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(plain.out()).startsWith("policy ");
    assertThat(run.err()).isEqualTo(plain.err());
    assertThat(dir.resolve("report.html")).content().contains("<section id=\"measures\">");
  }
}
