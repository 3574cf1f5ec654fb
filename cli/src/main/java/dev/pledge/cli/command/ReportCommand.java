package dev.pledge.cli.command;

import dev.pledge.cli.html.HtmlReport;
import dev.pledge.cli.html.ReportFigures;
import dev.pledge.cli.html.TierDistribution;
import dev.pledge.cli.input.ActivitiesFile;
import dev.pledge.cli.input.CustomersFile;
import dev.pledge.cli.input.JsonLines;
import dev.pledge.cli.output.ComplianceTable;
import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import dev.pledge.customer.Activity;
import dev.pledge.measure.Measures;
import dev.pledge.measure.MeasuresReport;
import dev.pledge.tier.TierProgram;
import dev.pledge.tier.TierStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
            + "customers per tier level and, when the configuration has a \"measures\" section, what "
            + "customers feel: CSAT, NPS, churn, new and repeat customers, requests per channel and what a "
            + "broken promise costs); it needs no network and no script."},
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
    // the measures come with the page, when there is something to measure
    Optional<Measures> measures = html == null || inputs.activities == null ? Optional.empty()
        : pledge.findMeasures().map(settings -> Measures.create(settings, inputs.asOf));
    ComplianceRun run = measures.isEmpty() ? ComplianceRun.of(inputs, command, figures)
        : ComplianceRun.of(inputs, command, figures, measures.get()::addCase);
    if (format == Format.json) {
      run.compliance().rows().forEach(row -> lines.write(ComplianceTable.json(row)));
    } else {
      out.print(ComplianceTable.table(run.compliance().rows()));
    }
    if (html != null) {
      writeHtml(pledge, run, figures, measures.map(m -> measureCustomers(pledge, m)));
    }
    lines.printSummary(run.summary());
    return run.summary().exitCode();
  }

  private void writeHtml(Pledge pledge, ComplianceRun run, ReportFigures figures,
      Optional<MeasuresReport> measures) {
    Optional<TierDistribution> tiers = inputs.activitiesRead().map(activities ->
        TierDistribution.of(pledge, inputs.customersRead(), activities, inputs.asOf));
    String name = pledge.name().isBlank() ? String.valueOf(inputs.config.path().getFileName()) : pledge.name();
    String page = HtmlReport.page(name, inputs.config.path().toString(), inputs.asOf,
        run.compliance().rows(), figures, run.summary(), tiers, measures);
    try {
      Files.writeString(html, page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PledgeException(html + ": cannot write the HTML report: " + e.getMessage());
    }
  }

  /**
   * Adds every customer of the customers and activities files to {@code measures}, which holds the
   * cases already, and reports. A customer's status in the measures' program is evaluated at
   * {@code --as-of}; a customer the program cannot evaluate is left out with their activities, as
   * {@code pledge measures} leaves them out, and their cases count at the lowest level (the tier
   * distribution counts such customers).
   */
  private MeasuresReport measureCustomers(Pledge pledge, Measures measures) {
    addEveryCustomer(measures, pledge, inputs.customersRead(), inputs.activitiesRead().orElseThrow(), inputs.asOf);
    return measures.report();
  }

  /** Adds every customer of {@code customers} and {@code activities} to {@code measures}, as {@link #measureCustomers} says. */
  static void addEveryCustomer(Measures measures, Pledge pledge, CustomersFile customers, ActivitiesFile activities,
      Instant asOf) {
    Optional<TierProgram> program = measures.settings().program().map(pledge::tiers);
    Set<String> ids = new LinkedHashSet<>();
    customers.ids().forEach(ids::add);
    activities.customers().forEach(ids::add);
    for (String id : ids) {
      List<Activity> theirs = activities.of(id);
      Optional<TierStatus> status;
      try {
        status = program.map(p -> p.evaluate(customers.customer(id), theirs, asOf));
      } catch (RuntimeException | StackOverflowError e) {
        continue; // counted as failed in the tier distribution of the same program
      }
      measures.addCustomer(id, theirs, status);
    }
  }
}
