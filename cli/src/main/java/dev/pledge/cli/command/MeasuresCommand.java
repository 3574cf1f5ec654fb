package dev.pledge.cli.command;

import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import dev.pledge.cli.input.CustomersFile;
import dev.pledge.cli.input.Grouper;
import dev.pledge.cli.input.Input;
import dev.pledge.cli.input.JsonLines;
import dev.pledge.cli.input.OrderedWork;
import dev.pledge.cli.input.RecordFailure;
import dev.pledge.cli.input.Workers;
import dev.pledge.cli.output.MeasuresJson;
import dev.pledge.customer.Activity;
import dev.pledge.customer.Customer;
import dev.pledge.input.JsonLinesReader;
import dev.pledge.measure.MeasureSettings;
import dev.pledge.measure.Measures;
import dev.pledge.measure.MeasuresReport;
import dev.pledge.tier.TierProgram;
import dev.pledge.tier.TierReason;
import dev.pledge.tier.TierStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pledge measures}: what customers feel, per period and level, and what a broken promise costs. */
@Command(name = "measures", mixinStandardHelpOptions = true,
    description = {"Measures what customers feel per period and level, and what a broken promise costs.",
        "Per period of the configuration's \"measures\" section and per level of its program: CSAT (share "
        + "of ratings 4-5, mean), NPS, active, new, repeat and churned customers, requests per channel, tag "
        + "and policy; then satisfaction and churn after kept against broken promises, with 95%% Wilson "
        + "intervals (docs/measures.md).",
        "--format json writes one JSON line per period and level, then one {\"brokenPromises\",\"verdict\"} line.",
        "Activities are held until the cases are read unless --grouped-activities says each customer's "
            + "activities are consecutive; then memory grows with customers, not activities."},
    footerHeading = "%nExamples:%n",
    footer = {"  pledge measures --config shop.json --cases cases.jsonl --activities activities.jsonl "
        + "--customers customers.jsonl --as-of 2026-03-31T00:00:00Z",
        "  pledge measures -c skyclub.json --cases cases.jsonl -a activities.jsonl --grouped-activities "
            + "--as-of 2026-03-31T00:00:00Z --format json"})
public final class MeasuresCommand extends CaseCommand {
  /** The output formats. */
  enum Format { table, json }

  @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
      description = "table (default) or json (one line per period and level, then the broken-promise line).")
  private Format format;

  @Option(names = "--grouped-activities",
      description = "Each customer's activities are consecutive: read them in bounded memory.")
  private boolean groupedActivities;

  @Override
  int run(Context command) {
    Pledge pledge = command.pledge();
    MeasureSettings settings = pledge.findMeasures().orElseThrow(() -> new PledgeException(inputs.config
        + " has no \"measures\" section; see docs/measures.md"));
    Measures measures = Measures.create(settings, inputs.asOf);
    JsonLines lines = command.lines();
    CustomerStep customers = new CustomerStep(pledge, settings, measures);
    JsonLines.Summary summary = inputs.run(pledge, lines, command.err(), command.stdin(),
        (events, customer, outcome) -> events, (outcome, events) -> measures.addCase(events, outcome), customers::read);
    MeasuresReport report = measures.report();
    if (format == Format.json) {
      report.periods().forEach(p -> lines.write(MeasuresJson.line(p)));
      lines.write(MeasuresJson.brokenPromises(report.brokenPromises()));
    } else {
      command.out().print(MeasuresJson.table(report.periods(), report.brokenPromises()));
    }
    lines.printSummary(summary);
    return summary.exitCode();
  }

  /** Customers evaluated by one task of a run on several threads, at most. */
  private static final int CUSTOMERS_PER_TASK = 32;
  /** A task's customers are cut at this many activity lines. */
  private static final int LINES_PER_TASK = 4_096;

  /**
   * Reads the customers' activities once, customer by customer: evaluates every tier program at
   * {@code asOf} (on the workers), keeps the level histories for the cases, and folds each customer
   * into the measures (on the command's thread, in input order). Customers of the customers file
   * without activities are folded too.
   */
  private final class CustomerStep {
    private final Pledge pledge;
    private final Measures measures;
    private final List<TierProgram> programs;
    private final int breakdown;
    private long failedLines;

    CustomerStep(Pledge pledge, MeasureSettings settings, Measures measures) {
      this.pledge = pledge;
      this.measures = measures;
      this.programs = pledge.tierNames().stream().map(pledge::tiers).toList();
      this.breakdown = settings.program().map(p -> List.copyOf(pledge.tierNames()).indexOf(p)).orElse(-1);
    }

    private record Group(String id, List<Grouper.Item<Activity>> items) {}

    private record Evaluated(List<Activity> activities, List<TierStatus> statuses, Throwable failure) {}

    CaseInputs.Levels read(Optional<Input> activities, JsonLines lines, Workers workers, CustomersFile known) {
      if (activities.isEmpty()) {
        for (String id : known.ids()) {
          try {
            measures.addCustomer(id, List.of(), stated(known, id));
          } catch (RuntimeException e) {
            reject(lines, inputs.customers, List.of(), id, e);
          }
        }
        measures.everyCustomerAdded();
        return new CaseInputs.Levels(CaseLevels.fromFile(known), new JsonLines.Summary(0, 0, 0).rejectingAlso(failedLines));
      }
      LevelHistories histories = new LevelHistories(List.copyOf(pledge.tierNames()));
      Set<String> inFile = new HashSet<>();
      Input input = activities.get();
      OrderedWork<Group, Evaluated> ordered = new OrderedWork<>(workers, CUSTOMERS_PER_TASK,
          group -> group.items().size() + 1, LINES_PER_TASK, group -> evaluate(group, known),
          (group, evaluated) -> deliver(input.name(), group, evaluated, histories, lines));
      JsonLines ordering = lines.beforeMessages(ordered::drain);
      Grouper<Activity> groups = new Grouper<>(groupedActivities, "customer", "--grouped-activities", (id, items) -> {
        if (known.contains(id)) {
          inFile.add(id);
        }
        ordered.add(new Group(id, items));
      });
      JsonLines.Summary summary = ordered.deliveringOnFailure(() -> groups.reading(() ->
          ordering.run(input, JsonLinesReader.activities(), (line, activity) -> {
            groups.add(activity.customer(), line, activity);
            return List.of();
          })));
      groups.finish();
      for (String id : known.ids()) {
        if (!inFile.contains(id)) {
          ordered.add(new Group(id, List.of()));
        }
      }
      ordered.drain();
      measures.everyCustomerAdded();
      return new CaseInputs.Levels(CaseLevels.fromHistories(known, histories, pledge),
          summary.rejectingAlso(failedLines));
    }

    /** The level the customers file states in the breakdown program, constant over time. */
    private Optional<TierStatus> stated(CustomersFile known, String id) {
      if (breakdown < 0) {
        return Optional.empty();
      }
      TierProgram program = programs.get(breakdown);
      return known.context(id).level(program.name()).map(level -> new TierStatus(program.name(), level,
          inputs.asOf, Optional.empty(), TierReason.BASE, Optional.empty(), Optional.empty(), Map.of(), List.of()));
    }

    /** Every program's status of one customer at {@code asOf}; on any thread. */
    private Evaluated evaluate(Group group, CustomersFile known) {
      try {
        Customer customer = known.customer(group.id());
        List<Activity> activities = new ArrayList<>(group.items().size());
        group.items().forEach(item -> activities.add(item.value()));
        List<TierStatus> statuses = new ArrayList<>(programs.size());
        for (TierProgram p : programs) {
          statuses.add(p.evaluate(customer, activities, inputs.asOf));
        }
        return new Evaluated(activities, statuses, null);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        // this customer's failure only: whatever its evaluation held is garbage once this returns
        return new Evaluated(null, null, e);
      }
    }

    /** Folds a customer or reports its failure; on the command's thread, in input order. */
    private void deliver(String inputName, Group group, Evaluated evaluated, LevelHistories histories,
        JsonLines lines) {
      Throwable failure = evaluated.failure();
      if (failure == null) {
        try {
          measures.addCustomer(group.id(), evaluated.activities(),
              breakdown < 0 ? Optional.empty() : Optional.of(evaluated.statuses().get(breakdown)));
          histories.put(group.id(), evaluated.statuses());
          return;
        } catch (RuntimeException e) {
          failure = e;
        }
      }
      histories.fail(group.id(), RecordFailure.reason(failure)); // their cases are rejected, not given other levels
      reject(lines, group.items().isEmpty() ? inputs.customers : inputName, group.items(), group.id(), failure);
    }

    /**
     * Reports a customer that is not measured, at their first activity line (or, for a customer of
     * the customers file without activities, that file), and counts their lines (at least one) as rejected.
     */
    private void reject(JsonLines lines, String inputName, List<Grouper.Item<Activity>> items, String id,
        Throwable failure) {
      lines.reject(inputName, items.isEmpty() ? 0 : items.get(0).line(), "customer \"" + id + "\" ("
          + items.size() + (items.size() == 1 ? " line" : " lines") + ") not measured: " + RecordFailure.reason(failure));
      lines.debug(failure);
      failedLines += Math.max(1, items.size());
    }
  }
}
