package dev.pledge.cli.command;

import dev.pledge.cli.input.JsonLines;
import dev.pledge.cli.output.MetricInstanceJson;
import dev.pledge.sla.MetricInstance;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code pledge sla}: every metric instance of every case, one JSON line each. */
@Command(name = "sla", mixinStandardHelpOptions = true,
    description = {"Measures each case against the promise that applies to it.",
        "One line per metric instance: {\"case\",\"policy\",\"metric\",\"instance\",\"target\",\"calendar\","
            + "\"start\",\"stop\",\"elapsed\",\"paused\",\"deadline\",\"state\",\"breachedBy\"} "
            + "(instants UTC, durations ISO-8601). Unpromised cases have no lines; they are counted "
            + "on stderr.",
        "Events may come in any order (all are held until the end, about 400 bytes each); with "
            + "--grouped each case is evaluated when the next one starts."},
    footerHeading = "%nExamples:%n",
    footer = {"  pledge sla --config skyclub.json --cases cases.jsonl --customers customers.jsonl "
        + "--as-of 2026-03-06T18:00:00Z",
        "  pledge sla -c skyclub.json --cases - --grouped --as-of 2026-03-06T18:00:00Z < cases.jsonl",
        "",
        "A case event line: {\"case\":\"k1\",\"at\":\"2026-03-02T09:00:00Z\",\"type\":\"opened\","
            + "\"customer\":\"c1\",\"channel\":\"email\",\"priority\":\"normal\"}"})
public final class SlaCommand extends CaseCommand {
  @Override
  int run(Context run) {
    JsonLines lines = run.lines();
    JsonLines.Summary summary = inputs.run(run.pledge(), lines, run.err(), run.stdin(), outcome -> {
      // every line of the case is made (on any thread) before one is written: a case that fails writes none
      List<String> out = new ArrayList<>(outcome.instances().size());
      for (MetricInstance instance : outcome.instances()) {
        out.add(MetricInstanceJson.line(outcome.caseId(), instance));
      }
      return out;
    }, (outcome, out) -> out.forEach(lines::writeLine));
    lines.printSummary(summary);
    return summary.exitCode();
  }
}
