package dev.pledge.examples;

import static dev.pledge.testkit.PledgeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.Pledge;
import dev.pledge.report.Compliance;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.Metric;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CasePromiseExampleTest {
  private static final String CONFIG = "programs/skyclub.json";

  @Test
  void printsEveryPromisedInstance() {
    String out = Console.run(() -> CasePromiseExample.main(new String[] {CONFIG}));

    assertThat(out).startsWith("case-42: promised by gold-email\n").contains("first-response #1: achieved");
  }

  @Test
  void theGoldEmailCaseKeepsItsFirstResponsePromise() {
    CaseOutcome outcome = CasePromiseExample.emailCase(Pledge.load(Path.of(CONFIG)));

    assertThat(outcome).hasPolicy("gold-email").keptPromise(Metric.FIRST_RESPONSE);
    assertThat(Compliance.create().add(outcome)).meetsObjective("gold-email", Metric.FIRST_RESPONSE);
  }
}
