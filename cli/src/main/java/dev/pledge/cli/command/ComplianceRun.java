package dev.pledge.cli.command;

import dev.pledge.cli.input.JsonLines;
import dev.pledge.cli.output.WorstCases;
import dev.pledge.report.Compliance;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseOutcome;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What {@code report} and {@code check} compute: every case folded into a {@link Compliance}, with
 * the worst breached instances kept aside.
 *
 * @param compliance promised versus delivered per policy and metric
 * @param worst the worst breached instances per policy and metric
 * @param summary the lines read, processed and rejected over every input
 */
public record ComplianceRun(Compliance compliance, WorstCases worst, JsonLines.Summary summary) {

  /** Evaluates every case of {@code inputs} in {@code run} and folds the outcomes. */
  static ComplianceRun of(CaseInputs inputs, CaseCommand.Context run) {
    return of(inputs, run, outcome -> { });
  }

  /**
   * Evaluates every case of {@code inputs}, folds the outcomes and also hands each to {@code also}
   * (the HTML report's further figures), in the same pass.
   */
  static ComplianceRun of(CaseInputs inputs, CaseCommand.Context run, Consumer<CaseOutcome> also) {
    return of(inputs, run, also, (events, outcome) -> { });
  }

  /**
   * {@link #of(CaseInputs, CaseCommand.Context, Consumer)} that also hands each case's events with
   * its outcome to {@code cases} (the measures), first, on the command's thread in input order: a
   * case that {@code cases} refuses is rejected and counted nowhere.
   */
  static ComplianceRun of(CaseInputs inputs, CaseCommand.Context run, Consumer<CaseOutcome> also,
      BiConsumer<List<CaseEvent>, CaseOutcome> cases) {
    Compliance compliance = Compliance.create();
    WorstCases worst = new WorstCases();
    JsonLines.Summary summary = inputs.run(run.pledge(), run.lines(), run.err(), run.stdin(),
        (events, customer, outcome) -> events, (outcome, events) -> {
          cases.accept(events, outcome);
          compliance.add(outcome);
          worst.add(outcome);
          also.accept(outcome);
        }, null);
    return new ComplianceRun(compliance, worst, summary);
  }
}
