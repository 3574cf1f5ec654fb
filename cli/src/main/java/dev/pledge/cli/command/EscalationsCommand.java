package dev.pledge.cli.command;

import dev.pledge.cli.input.JsonLines;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import java.util.List;
import dev.pledge.Pledge;
import dev.pledge.output.PledgeJson;
import dev.pledge.escalation.Escalations;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/**
 * {@code pledge escalations}: which escalation steps are due for each case, since when, and when
 * to look again. Reads every case event first (all events of all cases are held in memory, grouped
 * by case), then writes one line per case, in order of each case's first event.
 */
@Command(name = "escalations", mixinStandardHelpOptions = true,
    description = {"Evaluates the escalation policy for every case, one JSON object a case.",
        "Writes {\"case\",\"line\",\"owner\",\"due\":[{\"step\",\"dueAt\",\"actions\"}],\"nextCheckAt\"} "
            + "on stdout; bad event lines are reported on stderr as INPUT:LINE: reason, a case whose "
            + "events do not fit together as case ID: reason, and the rest still processed.",
        "All events are held in memory until the input ends."},
    footerHeading = "%nExamples:%n",
    footer = {"  pledge escalations --config skyclub.json --cases events.jsonl --as-of 2026-03-03T12:00:00Z",
        "  cat events.jsonl | pledge escalations -c skyclub.json --cases - --customers customers.jsonl "
            + "--as-of 2026-03-03T12:00:00Z",
        "",
        "A customers line (unknown customers get a context with just their id):",
        "  {\"customer\":\"c1\",\"joined\":\"2020-01-01\",\"segments\":[],\"attributes\":{},"
            + "\"tiers\":{\"status\":\"gold\"}}"})
public final class EscalationsCommand extends CaseCommand {
  @Override
  int run(Context run) {
    Pledge pledge = run.pledge();
    PrintWriter err = run.err();
    JsonLines lines = run.lines();
    long[] evaluated = {0};
    CaseInputs.Cases cases = inputs.runCases(pledge, lines, run.stdin(), new CaseInputs.CaseWork<String>() {
      @Override
      public String evaluate(List<CaseEvent> events, CustomerContext customer) {
        return JsonLines.render(PledgeJson.escalations(pledge.escalation().evaluate(events, customer, inputs.asOf)));
      }

      @Override
      public void deliver(String line) {
        lines.writeLine(line);
        evaluated[0]++;
      }
    });
    err.println("cases " + (evaluated[0] + cases.failed()) + ", evaluated " + evaluated[0] + ", rejected "
        + cases.failed());
    lines.printSummary(cases.summary());
    return cases.summary().exitCode();
  }
}
