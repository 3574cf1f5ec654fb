package dev.pledge.cli.command;

import dev.pledge.cli.PledgeCommand;
import dev.pledge.cli.input.CustomersFile;
import dev.pledge.cli.input.Grouper;
import dev.pledge.cli.input.Input;
import dev.pledge.cli.input.JsonLines;
import dev.pledge.cli.input.RecordFailure;
import dev.pledge.cli.input.StdinOnce;
import dev.pledge.cli.output.TierStatusJson;
import com.fasterxml.jackson.databind.JsonNode;
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
    lines = parent.jsonLines(spec.commandLine(), progress).withoutSummary();
    JsonLines.Summary summary = new JsonLines.Summary(0, 0, 0);
    if (customersFile != null) {
      CustomersFile.Read read = CustomersFile.read(Input.open(customersFile, parent.stdin()), lines);
      customers = read.customers();
      summary = summary.plus(read.summary());
    }
    Input input = Input.open(activitiesFile, parent.stdin());
    Grouper<Activity> groups = new Grouper<>(grouped, "customer",
        (id, items) -> evaluate(input.name(), id, items));
    summary = summary.plus(groups.reading(() -> lines.run(input, JsonLinesReader.activities(), (line, activity) -> {
      groups.add(activity.customer(), line, activity);
      return List.of();
    })));
    groups.finish();
    for (String id : customers.ids()) {
      if (!evaluated.contains(id)) {
        evaluate(input.name(), id, List.of());
      }
    }
    summary = summary.rejectingAlso(failedLines);
    lines.printSummary(summary);
    return summary.exitCode();
  }

  private void evaluate(String inputName, String id, List<Grouper.Item<Activity>> items) {
    if (customers.contains(id)) {
      evaluated.add(id);
    }
    Customer customer = customers.customer(id);
    List<JsonNode> out = new ArrayList<>(programs.size());
    try {
      List<Activity> activities = new ArrayList<>(items.size());
      items.forEach(item -> activities.add(item.value()));
      for (TierProgram p : programs) {
        out.add(TierStatusJson.of(id, p.evaluate(customer, activities, asOf)));
      }
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // One customer's failure, a bug or its activities too many for the heap, is that customer's;
      // whatever its evaluation held is garbage once this returns.
      long first = items.isEmpty() ? 0 : items.get(0).line();
      lines.reject(inputName, first, "customer \"" + id + "\" (" + items.size()
          + (items.size() == 1 ? " line" : " lines") + ") not evaluated: " + RecordFailure.reason(e));
      lines.debug(e);
      failedLines += items.size();
      return;
    }
    out.forEach(lines::write);
  }
}
