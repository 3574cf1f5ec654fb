package dev.pledge.cli;

import dev.pledge.Pledge;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pledge report}: promised versus delivered, per policy and metric, over every case. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Prints the compliance table: per policy and metric, the instances, how many were "
        + "achieved, breached and still running, attainment = achieved / (achieved + breached) against "
        + "the objective, and the p50/p90/p95 elapsed working time of finished instances "
        + "(within 0.5%%).",
        "--format json writes one JSON object per row instead."},
    footerHeading = "%nExamples:%n",
    footer = {"  pledge report --config skyclub.json --cases cases.jsonl --customers customers.jsonl "
        + "--as-of 2026-03-06T18:00:00Z",
        "  pledge report -c shop.json --cases cases.jsonl --activities activities.jsonl "
            + "--as-of 2026-03-06T18:00:00Z --format json"})
final class ReportCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { table, json }

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private PledgeCommand parent;

  @Mixin
  private CaseInputs inputs;

  @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
      description = "table (default) or json (one object per row).")
  private Format format;

  @Override
  public Integer call() {
    Pledge pledge = inputs.load();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    JsonLines lines = JsonLines.to(out, err).withoutSummary();
    ComplianceRun run = ComplianceRun.of(inputs, pledge, lines, err, parent.stdin());
    if (format == Format.json) {
      run.compliance().rows().forEach(row -> lines.write(ComplianceTable.json(row)));
    } else {
      out.print(ComplianceTable.table(run.compliance().rows()));
    }
    lines.printSummary(run.summary());
    return run.summary().exitCode();
  }
}
