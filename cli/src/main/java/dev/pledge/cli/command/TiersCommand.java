package dev.pledge.cli.command;

import dev.pledge.cli.PledgeCommand;
import dev.pledge.cli.input.CustomersFile;
import dev.pledge.cli.input.Grouper;
import dev.pledge.cli.input.Input;
import dev.pledge.cli.input.JsonLines;
import dev.pledge.cli.input.OrderedWork;
import dev.pledge.cli.input.Workers;
import dev.pledge.cli.input.RecordFailure;
import dev.pledge.cli.input.StdinOnce;
import dev.pledge.output.PledgeJson;
import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import dev.pledge.customer.Customer;
import dev.pledge.customer.Activity;
import dev.pledge.input.JsonLinesReader;
import dev.pledge.tier.TierProgram;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pledge tiers}: every customer's status in every tier program, one JSON line each. */
@Command(name = "tiers", mixinStandardHelpOptions = true,
    description = {"Replays activities through the tier programs and writes each customer's status.",
        "One line per customer and program: {\"customer\",\"program\",\"level\",\"since\",\"validUntil\","
            + "\"reason\",\"progress\",\"retain\",\"history\"}. Customers come in order of first "
            + "activity, then the customers file's customers without activities.",
        "Without --grouped every activity is held until the end (about 300 bytes each); with "
            + "--grouped each customer is evaluated when the next one starts."},
    footerHeading = "%nExamples:%n",
    footer = {"  pledge tiers --config skyclub.json --customers customers.jsonl --activities activities.jsonl "
        + "--as-of 2026-06-30T00:00:00Z",
        "  sort-by-customer activities.jsonl | pledge tiers -c skyclub.json -a - --grouped --as-of 2026-06-30T00:00:00Z",
        "",
        "An activity line: {\"customer\":\"c1\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"flight\",\"id\":\"f1\",\"xp\":40}",
        "A customer line:  {\"customer\":\"c1\",\"joined\":\"2020-01-01\",\"segments\":[\"b2b\"],"
            + "\"attributes\":{\"country\":\"PL\"}}"})
public final class TiersCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private PledgeCommand parent;

  @Mixin
  private ConfigOption config;

  @Mixin
  private ProgressOption progress;

  @Option(names = "--customers", paramLabel = "FILE|-",
      description = "Customers as JSON Lines (joined, segments, attributes).")
  private String customersFile;

  @Option(names = {"-a", "--activities"}, required = true, paramLabel = "FILE|-",
      description = "Activities as JSON Lines; - reads standard input.")
  private String activitiesFile;

  @Option(names = "--as-of", required = true, paramLabel = "INSTANT", converter = InstantConverter.class,
      description = "The evaluation instant, ISO-8601 (2026-06-30T00:00:00Z); later activities are ignored.")
  private Instant asOf;

  @Option(names = {"-p", "--program"}, paramLabel = "NAME",
      description = "Only this program (default: every program, in document order).")
  private String program;

  @Option(names = "--grouped",
      description = "The activities are grouped by customer: stream in bounded memory.")
  private boolean grouped;

  @Mixin
  private ThreadsOption threads;

  private JsonLines lines;
  private List<TierProgram> programs;
  private CustomersFile customers = CustomersFile.none();
  private final Set<String> evaluated = new HashSet<>();
  private long failedLines;

  @Override
  public Integer call() {
    Pledge pledge = config.load();
    programs = program != null ? List.of(pledge.tiers(program))
        : pledge.tierNames().stream().map(pledge::tiers).toList();
    if (programs.isEmpty()) {
      throw new PledgeException(config + " defines no tier programs");
    }
    StdinOnce.check(customersFile, activitiesFile);
    try (Workers workers = threads.start()) {
      lines = parent.jsonLines(spec.commandLine(), progress).withoutSummary().withWorkers(workers);
      JsonLines.Summary summary = new JsonLines.Summary(0, 0, 0);
      if (customersFile != null) {
        CustomersFile.Read read = CustomersFile.read(Input.open(customersFile, parent.stdin()), lines);
        customers = read.customers();
        summary = summary.plus(read.summary());
      }
      Input input = Input.open(activitiesFile, parent.stdin());
      OrderedWork<Group, Evaluated> ordered = new OrderedWork<>(workers, CUSTOMERS_PER_TASK,
          group -> group.items().size() + 1, LINES_PER_TASK, this::evaluate,
          (group, evaluated) -> deliver(input.name(), group, evaluated));
      lines = lines.beforeMessages(ordered::drain);
      Grouper<Activity> groups = new Grouper<>(grouped, "customer", (id, items) -> {
        if (customers.contains(id)) {
          evaluated.add(id);
        }
        ordered.add(new Group(id, items));
      });
      summary = summary.plus(ordered.deliveringOnFailure(() -> groups.reading(() ->
          lines.run(input, JsonLinesReader.activities(), (line, activity) -> {
            groups.add(activity.customer(), line, activity);
            return List.of();
          }))));
      groups.finish();
      for (String id : customers.ids()) {
        if (!evaluated.contains(id)) {
          ordered.add(new Group(id, List.of()));
        }
      }
      ordered.drain();
      summary = summary.rejectingAlso(failedLines);
      lines.printSummary(summary);
      return summary.exitCode();
    }
  }

  /** Customers evaluated by one task of a run on several threads, at most. */
  private static final int CUSTOMERS_PER_TASK = 32;
  /** A task's customers are cut at this many activity lines: a few busy customers do not hold much more. */
  private static final int LINES_PER_TASK = 4_096;

  /** A customer's activity lines, in input order. */
  private record Group(String id, List<Grouper.Item<Activity>> items) {}

  /** A customer's status lines, rendered, or the failure that rejects the customer. */
  private record Evaluated(List<String> out, Throwable failure) {}

  /** Evaluates every program for one customer; on any thread. */
  private Evaluated evaluate(Group group) {
    Customer customer = customers.customer(group.id());
    try {
      List<Activity> activities = new ArrayList<>(group.items().size());
      group.items().forEach(item -> activities.add(item.value()));
      List<String> out = new ArrayList<>(programs.size());
      for (TierProgram p : programs) {
        out.add(JsonLines.render(PledgeJson.tierStatus(group.id(), p.evaluate(customer, activities, asOf))));
      }
      return new Evaluated(out, null);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // One customer's failure, a bug or its activities too many for the heap, is that customer's;
      // whatever its evaluation held is garbage once this returns.
      return new Evaluated(null, e);
    }
  }

  /** Writes a customer's lines or reports its failure; on the command's thread, in input order. */
  private void deliver(String inputName, Group group, Evaluated evaluated) {
    if (evaluated.failure() == null) {
      evaluated.out().forEach(lines::writeLine);
      return;
    }
    List<Grouper.Item<Activity>> items = group.items();
    long first = items.isEmpty() ? 0 : items.get(0).line();
    lines.reject(inputName, first, "customer \"" + group.id() + "\" (" + items.size()
        + (items.size() == 1 ? " line" : " lines") + ") not evaluated: " + RecordFailure.reason(evaluated.failure()));
    lines.debug(evaluated.failure());
    failedLines += items.size();
  }
}
