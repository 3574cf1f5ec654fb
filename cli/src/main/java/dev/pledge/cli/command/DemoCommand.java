package dev.pledge.cli.command;

import dev.pledge.output.PledgeJson;
import dev.pledge.cli.ExitCode;
import dev.pledge.cli.input.ActivitiesFile;
import dev.pledge.cli.input.CustomersFile;
import dev.pledge.cli.input.Input;
import dev.pledge.cli.input.JsonLines;
import dev.pledge.cli.output.ComplianceTable;
import dev.pledge.cli.output.MeasuresJson;
import dev.pledge.measure.Measures;
import dev.pledge.measure.MeasuresReport;
import dev.pledge.measure.PeriodFigures;
import dev.pledge.tier.TierProgram;
import dev.pledge.cli.output.TextTable;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.escalation.Escalations;
import dev.pledge.report.Compliance;
import dev.pledge.sla.CaseEvent;
import dev.pledge.input.JsonLinesReader;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.MetricInstance;
import dev.pledge.tier.Requirement;
import dev.pledge.tier.TierStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pledge demo}: runs the bundled SkyClub example end to end (tier statuses, promises,
 * escalations due and the compliance table) from the files in {@code examples/}, packed into the jar.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Runs the bundled SkyClub example end to end and prints it: tier status per "
        + "customer, every promise of every case, the escalation steps due, and promised versus "
        + "delivered per policy. The same files are in examples/programs and examples/data."},
    footerHeading = "%nExamples:%n",
    footer = {"  pledge demo", "  pledge demo --as-of 2026-03-04T12:00:00Z"})
public final class DemoCommand implements Callable<Integer> {
  static final String BUNDLE = "/dev/pledge/cli/demo/";
  static final String DEFAULT_AS_OF = "2026-03-06T18:00:00Z";

  @Spec
  private CommandSpec spec;

  @Option(names = "--as-of", paramLabel = "INSTANT", defaultValue = DEFAULT_AS_OF,
      converter = InstantConverter.class,
      description = "The evaluation instant (default ${DEFAULT-VALUE}); later events are ignored.")
  private Instant asOf;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Pledge pledge = Pledge.builder().loadJson(text("skyclub.json"), "skyclub.json");
    JsonLines lines = JsonLines.to(out, err).withoutSummary();
    CustomersFile customers = CustomersFile.read(input("skyclub-customers.jsonl"), lines).customers();
    ActivitiesFile activities = ActivitiesFile.read(input("skyclub-activities.jsonl"), lines).activities();
    Map<String, List<CaseEvent>> cases = cases(lines);

    out.println("Pledge demo: " + pledge.name() + " (examples/programs/skyclub.json and examples/data), as of "
        + asOf);
    out.println();
    tiers(out, pledge, customers, activities);
    CaseLevels levels = CaseLevels.fromTiers(customers, activities, pledge);
    Compliance compliance = Compliance.create();
    Measures measures = pledge.measures(asOf);
    List<String[]> promises = new ArrayList<>();
    promises.add(new String[] {"case", "customer", "policy", "metric", "#", "state", "elapsed", "target",
        "deadline"});
    List<String[]> due = new ArrayList<>();
    due.add(new String[] {"case", "line", "owner", "step", "due at", "actions"});
    List<String[]> nextChecks = new ArrayList<>();
    for (Map.Entry<String, List<CaseEvent>> c : cases.entrySet()) {
      CustomerContext customer = levels.of(c.getValue(), asOf);
      CaseOutcome outcome = pledge.sla().evaluate(c.getValue(), customer, asOf);
      compliance.add(outcome);
      measures.addCase(c.getValue(), outcome);
      promises(promises, outcome, customer);
      Escalations escalations = pledge.escalation().evaluate(c.getValue(), customer, asOf);
      JsonNode json = PledgeJson.escalations(escalations);
      for (JsonNode step : json.get("due")) {
        due.add(new String[] {c.getKey(), Integer.toString(escalations.line()),
            escalations.owner().orElse("-"), step.get("step").asText(), step.get("dueAt").asText(),
            step.get("actions").toString()});
      }
      escalations.nextCheckAt().ifPresent(at -> nextChecks.add(new String[] {c.getKey(), at.toString()}));
    }
    section(out, "Promises: " + cases.size() + " cases, every metric instance",
        TextTable.render(promises, i -> i < 4 || i == 5));
    section(out, "Escalation steps due (not yet recorded by an escalated event)",
        TextTable.render(due, i -> i != 1));
    nextChecks.add(0, new String[] {"case", "next check at"});
    section(out, "When to look again: the earliest instant a further step falls due if nothing happens",
        TextTable.render(nextChecks, i -> true));
    section(out, "Promised versus delivered", ComplianceTable.table(compliance.rows()));
    feelings(out, pledge, measures, customers, activities);
    out.flush();
    return ExitCode.OK;
  }

  private void tiers(PrintWriter out, Pledge pledge, CustomersFile customers, ActivitiesFile activities) {
    for (String program : pledge.tierNames()) {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"customer", "level", "reason", "since", "valid until", "next level needs"});
      for (String id : customers.ids()) {
        Customer customer = customers.customer(id);
        TierStatus s = pledge.tiers(program).evaluate(customer, activities.of(id), asOf);
        rows.add(new String[] {id, s.level(), s.reason().toString(), s.since().toString(),
            s.validUntil().map(Object::toString).orElse("-"),
            s.progress().map(p -> p.level() + ": " + needs(p.requirement())).orElse("-")});
      }
      section(out, "Tier program \"" + program + "\"", TextTable.render(rows, i -> true));
    }
  }

  /**
   * The measures: the overall figures of the last six months, every level's of the last, and what
   * a broken promise cost.
   */
  private void feelings(PrintWriter out, Pledge pledge, Measures measures, CustomersFile customers,
      ActivitiesFile activities) {
    TierProgram program = pledge.tiers(measures.settings().program().orElseThrow());
    ReportCommand.addEveryCustomer(measures, pledge, customers, activities, asOf);
    MeasuresReport report = measures.report();
    List<PeriodFigures> overall = report.overall();
    String last = overall.get(overall.size() - 1).period();
    List<PeriodFigures> shown = new ArrayList<>(overall.subList(Math.max(0, overall.size() - 6), overall.size()));
    report.periods().stream().filter(p -> p.period().equals(last) && p.level().isPresent()).forEach(shown::add);
    section(out, "What customers feel: the last six months, then " + last + " per " + program.name()
        + " level (pledge measures)", MeasuresJson.table(shown, report.brokenPromises()));
  }

  /** "xp 120/180" for a metric, alternatives joined with "or", parts with "and". */
  private static String needs(Requirement r) {
    if (r.metric().isPresent()) {
      var m = r.metric().get();
      return m.metric() + " " + m.value().toPlainString() + "/" + m.required().toPlainString();
    }
    String joiner = r.type().equals("any") ? " or " : " and ";
    return r.of().stream().map(DemoCommand::needs).collect(Collectors.joining(joiner));
  }

  private static void promises(List<String[]> rows, CaseOutcome outcome, CustomerContext customer) {
    if (outcome.promise() != CaseOutcome.Promise.PROMISED) {
      rows.add(new String[] {outcome.caseId(), customer.customer().id(),
          outcome.promise().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), "", "", "", "", "",
          ""});
      return;
    }
    for (MetricInstance i : outcome.instances()) {
      rows.add(new String[] {outcome.caseId(), customer.customer().id(), i.policy().id(), i.metric().wireName(),
          Integer.toString(i.number()), i.state().wireName(), hours(i.elapsed()), hours(i.target()),
          i.deadline().map(Instant::toString).orElse("-")});
    }
  }

  private static String hours(Duration d) {
    return ComplianceTable.seconds(d).toString().substring(2).toLowerCase(java.util.Locale.ROOT);
  }

  private static void section(PrintWriter out, String title, String table) {
    out.println(title);
    out.println("-".repeat(title.length()));
    out.print(table);
    out.println();
  }

  /** The bundled case events by case id, in order of each case's first event. */
  private static Map<String, List<CaseEvent>> cases(JsonLines lines) {
    Map<String, List<CaseEvent>> byCase = new LinkedHashMap<>();
    lines.run(input("skyclub-cases.jsonl"), JsonLinesReader.caseEvents(), (line, e) -> {
      byCase.computeIfAbsent(e.caseId(), k -> new ArrayList<>()).add(e);
      return List.of();
    });
    return byCase;
  }

  private static Input input(String name) {
    InputStream stream = DemoCommand.class.getResourceAsStream(BUNDLE + name);
    if (stream == null) {
      throw new PledgeException("the demo file " + name + " is missing from the jar; rebuild it with mvn package");
    }
    return new Input(name, stream);
  }

  private static String text(String name) {
    try (InputStream in = input(name).stream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
