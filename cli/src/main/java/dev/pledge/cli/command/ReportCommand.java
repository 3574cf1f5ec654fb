package dev.pledge.cli.command;

import dev.pledge.cli.html.HtmlReport;
import dev.pledge.cli.html.ReportFigures;
import dev.pledge.cli.html.TierDistribution;
import dev.pledge.cli.input.JsonLines;
import dev.pledge.cli.output.ComplianceTable;
import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pledge report}: promised versus delivered, per policy and metric, over every case. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Prints the compliance table: per policy and metric, the instances, how many were "
        + "achieved, breached and still running, attainment = achieved / (achieved + breached) against "
        + "the objective, and the p50/p90/p95 elapsed working time of finished instances "
        + "(within 0.5%%).",
        "--format json writes one JSON object per row instead.",
        "--html FILE also writes a self-contained HTML page with charts (attainment against "
            + "objective, elapsed time against target, breaches per day and, with --activities, "
            + "customers per tier level); it needs no network and no script."},
    footerHeading = "%nExamples:%n",
    footer = {"  pledge report --config skyclub.json --cases cases.jsonl --customers customers.jsonl "
        + "--as-of 2026-03-06T18:00:00Z",
        "  pledge report -c shop.json --cases cases.jsonl --activities activities.jsonl "
            + "--as-of 2026-03-06T18:00:00Z --format json",
        "  pledge report -c shop.json --cases cases.jsonl --activities activities.jsonl "
            + "--as-of 2026-03-06T18:00:00Z --html report.html"})
public final class ReportCommand extends CaseCommand {
  /** The output formats. */
  enum Format { table, json }

  @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
      description = "table (default) or json (one object per row).")
  private Format format;

  @Option(names = "--html", paramLabel = "FILE",
      description = "Also write the report as one self-contained HTML page with charts to FILE.")
  private Path html;

  @Override
  int run(Context command) {
    Pledge pledge = command.pledge();
    PrintWriter out = command.out();
    JsonLines lines = command.lines();
    ReportFigures figures = new ReportFigures();
    ComplianceRun run = ComplianceRun.of(inputs, command, figures);
    if (format == Format.json) {
      run.compliance().rows().forEach(row -> lines.write(ComplianceTable.json(row)));
    } else {
      out.print(ComplianceTable.table(run.compliance().rows()));
    }
    if (html != null) {
      writeHtml(pledge, run, figures);
    }
    lines.printSummary(run.summary());
    return run.summary().exitCode();
  }

  private void writeHtml(Pledge pledge, ComplianceRun run, ReportFigures figures) {
    Optional<TierDistribution> tiers = inputs.activitiesRead().map(activities ->
        TierDistribution.of(pledge, inputs.customersRead(), activities, inputs.asOf));
    String name = pledge.name().isBlank() ? String.valueOf(inputs.config.path().getFileName()) : pledge.name();
    String page = HtmlReport.page(name, inputs.config.path().toString(), inputs.asOf,
        run.compliance().rows(), figures, run.summary(), tiers, Optional.empty());
    try {
      Files.writeString(html, page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PledgeException(html + ": cannot write the HTML report: " + e.getMessage());
    }
  }
}
