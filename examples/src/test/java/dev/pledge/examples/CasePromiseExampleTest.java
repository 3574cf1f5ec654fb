package dev.pledge.examples;

import static dev.pledge.testkit.PledgeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.Pledge;
import dev.pledge.report.Compliance;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.Metric;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CasePromiseExampleTest {
  private static final String CONFIG = "programs/skyclub.json";

  @Test
  void printsEveryPromisedInstance() {
    String out = Console.run(() -> CasePromiseExample.main(new String[] {CONFIG}));

    assertThat(out).isEqualTo("""
        case-42: promised by gold-email
        first-response #1: achieved, PT40M of PT1H
        next-response #1: breached, PT4H30M of PT2H, late by PT2H30M
        periodic-update #1: breached, PT4H50M of PT4H, late by PT50M
        periodic-update #2: breached, PT5H30M of PT4H, late by PT1H30M
        resolution #1: breached, PT11H of PT8H, late by PT3H

        """);
  }

  @Test
  void theGoldEmailCaseKeepsItsFirstResponsePromise() {
    CaseOutcome outcome = CasePromiseExample.emailCase(Pledge.load(Path.of(CONFIG)));

    assertThat(outcome).hasPolicy("gold-email").keptPromise(Metric.FIRST_RESPONSE)
        .breached(Metric.NEXT_RESPONSE).by(Duration.ofMinutes(150));
    assertThat(Compliance.create().add(outcome)).meetsObjective("gold-email", Metric.FIRST_RESPONSE);
  }
}
