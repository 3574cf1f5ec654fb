package dev.pledge.cli.command;

import dev.pledge.cli.ExitCode;
import dev.pledge.cli.input.JsonLines;
import dev.pledge.cli.output.ComplianceTable;
import dev.pledge.cli.output.WorstCases;
import dev.pledge.report.ComplianceRow;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code pledge check}: whether every promise's objective is kept, as an exit status for a shop's
 * CI. Computes what {@code report} does ({@link ComplianceRun}) and prints one line per policy and
 * metric; for each objective not kept, by how much and the worst cases.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Checks that every policy's objective is kept; meant for CI.",
        "Exit status 0 when every objective is kept, 1 when one is not (or an input line was "
            + "rejected), 2 on an invalid configuration or wrong usage. Prints each policy and metric; "
            + "for one not kept, how far attainment falls short, how many breaches were too many "
            + "and the worst cases (largest breachedBy)."},
    footerHeading = "%nExamples:%n",
    footer = {"  pledge check --config skyclub.json --cases cases.jsonl --customers customers.jsonl "
        + "--as-of 2026-03-06T18:00:00Z || echo 'a promise was broken'"})
public final class CheckCommand extends CaseCommand {
  @Override
  int run(Context command) {
    PrintWriter out = command.out();
    JsonLines lines = command.lines();
    ComplianceRun run = ComplianceRun.of(inputs, command);
    List<ComplianceRow> rows = run.compliance().rows();
    long broken = 0;
    for (ComplianceRow row : rows) {
      if (row.kept()) {
        out.println("kept      " + row.policy() + " " + row.metric().wireName() + ": " + attainment(row)
            + ", objective " + ComplianceTable.percent(row.objective()));
        continue;
      }
      broken++;
      out.println("NOT KEPT  " + row.policy() + " " + row.metric().wireName() + ": " + attainment(row)
          + ", objective " + ComplianceTable.percent(row.objective()) + "; short by " + shortBy(row)
          + " points, " + row.breached() + " breached where at most " + allowed(row) + " may be");
      for (WorstCases.Worst worst : run.worst().of(row.policy(), row.metric())) {
        out.println("            case " + worst.caseId() + " " + row.metric().wireName() + " #"
            + worst.number() + " breached by " + worst.breachedBy());
      }
    }
    out.println(broken == 0 ? "check: every objective kept (" + rows.size() + " policy and metric pairs)"
        : "check: " + broken + " of " + rows.size() + " objectives not kept");
    lines.printSummary(run.summary());
    return broken > 0 ? ExitCode.REJECTED : run.summary().exitCode();
  }

  private static String attainment(ComplianceRow row) {
    return row.attainment().map(a -> "attainment " + ComplianceTable.percent(a) + " (" + row.achieved()
        + " of " + (row.achieved() + row.breached()) + ")").orElse("nothing decided yet")
        + (row.running() > 0 ? ", " + row.running() + " running" : "");
  }

  /** Objective minus attainment, in percentage points to one decimal. */
  private static String shortBy(ComplianceRow row) {
    BigDecimal attained = row.attainment().orElse(BigDecimal.ONE);
    return row.objective().subtract(attained).movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** The most breaches that keep the objective: floor((1 - objective) * decided). */
  private static long allowed(ComplianceRow row) {
    BigDecimal decided = BigDecimal.valueOf(row.achieved() + row.breached());
    return BigDecimal.ONE.subtract(row.objective()).multiply(decided).setScale(0, RoundingMode.FLOOR)
        .longValueExact();
  }
}
