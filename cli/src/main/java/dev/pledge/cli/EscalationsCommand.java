package dev.pledge.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.escalation.DueStep;
import dev.pledge.escalation.Escalations;
import dev.pledge.escalation.StepActions;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventJson;
import dev.pledge.tier.Activity;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

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
final class EscalationsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private PledgeCommand parent;

  @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE",
      description = "The configuration document (JSON).")
  private Path config;

  @Option(names = "--cases", required = true, paramLabel = "FILE|-",
      description = "Case events as JSON Lines; - reads standard input.")
  private String cases;

  @Option(names = "--customers", paramLabel = "FILE",
      description = "Customers as JSON Lines, for entry rules and customer conditions.")
  private String customers;

  @Option(names = "--as-of", required = true, paramLabel = "INSTANT",
      description = "The evaluation instant, ISO-8601 with an offset (2026-03-03T12:00:00Z).")
  private String asOfText;

  @Override
  public Integer call() {
    Instant asOf = instant(asOfText);
    Pledge pledge = ConfigFile.load(config);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, CustomerContext> contexts = new HashMap<>();
    int code = ExitCode.OK;
    if (customers != null) {
      code = JsonLines.to(out, err).run(Input.open(customers, parent.stdin()), (line, record) -> {
        CustomerLine c = Json.mapper().treeToValue(record, CustomerLine.class);
        contexts.put(c.customer(), c.context());
        return List.of();
      }).exitCode();
    }
    Map<String, List<CaseEvent>> byCase = new LinkedHashMap<>();
    code = Math.max(code, JsonLines.to(out, err).run(Input.open(cases, parent.stdin()), (line, record) -> {
      CaseEvent event = CaseEventJson.read(record);
      byCase.computeIfAbsent(event.caseId(), id -> new ArrayList<>()).add(event);
      return List.of();
    }).exitCode());
    long rejected = 0;
    for (Map.Entry<String, List<CaseEvent>> c : byCase.entrySet()) {
      try {
        Escalations e = pledge.escalation().evaluate(c.getValue(), context(c.getValue(), contexts), asOf);
        out.write(Json.mapper().writeValueAsString(json(e)));
        out.write('\n');
      } catch (PledgeException | IllegalArgumentException e) {
        rejected++;
        err.println("case " + c.getKey() + ": " + e.getMessage());
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write an output record", e);
      }
    }
    out.flush();
    err.println("cases " + byCase.size() + ", evaluated " + (byCase.size() - rejected) + ", rejected " + rejected);
    err.flush();
    return rejected > 0 ? Math.max(code, ExitCode.REJECTED) : code;
  }

  /** The context of the case's customer (from its opened event); just the id if unknown. */
  private static CustomerContext context(List<CaseEvent> events, Map<String, CustomerContext> contexts) {
    Optional<String> id = events.stream().flatMap(e -> e.customer().stream()).findFirst();
    return id.map(i -> contexts.getOrDefault(i, CustomerContext.of(Customer.of(i))))
        .orElseGet(() -> CustomerContext.of(Customer.of("?"))); // no opened event: the engine rejects the case
  }

  static ObjectNode json(Escalations e) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("case", e.caseId());
    out.put("line", e.line());
    out.put("owner", e.owner().orElse(null));
    ArrayNode due = out.putArray("due");
    for (DueStep d : e.due()) {
      ObjectNode step = due.addObject();
      step.put("step", d.step());
      step.put("dueAt", d.dueAt().toString());
      step.set("actions", actions(d.actions(), d.compensation()));
    }
    out.put("nextCheckAt", e.nextCheckAt().map(Instant::toString).orElse(null));
    return out;
  }

  /** A step's actions as JSON: the built-in ones under their DESIGN names, then each custom action under its type. */
  static ObjectNode actions(StepActions a, Optional<Activity> compensation) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    if (!a.notifyRoles().isEmpty()) {
      ArrayNode roles = out.putArray("notify");
      a.notifyRoles().forEach(roles::add);
    }
    a.moveToLine().ifPresent(l -> out.put("moveToLine", l));
    if (a.raisePriority()) {
      out.put("raisePriority", true);
    }
    if (a.keepOwner()) {
      out.put("keepOwner", true);
    }
    compensation.ifPresent(act -> {
      ObjectNode comp = out.putObject("compensate");
      comp.put("program", a.compensate().orElseThrow().program());
      ObjectNode activity = comp.putObject("activity");
      activity.put("customer", act.customer());
      activity.put("at", act.at().toString());
      activity.put("kind", act.kind());
      act.id().ifPresent(id -> activity.put("id", id));
      act.fields().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(f -> {
        Object v = f.getValue();
        if (v instanceof BigDecimal d) {
          activity.put(f.getKey(), d);
        } else if (v instanceof Boolean b) {
          activity.put(f.getKey(), b);
        } else {
          activity.put(f.getKey(), v.toString());
        }
      });
    });
    // custom actions (of module action types) as JSON: their values are records or plain values
    a.custom().forEach(c -> out.set(c.type(), Json.mapper().valueToTree(c.value())));
    return out;
  }

  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new PledgeException("--as-of must be an ISO-8601 instant with an offset such as "
          + "\"2026-03-03T12:00:00Z\", but was \"" + text + "\"");
    }
  }

  /**
   * One line of the customers file: the customer and their level per program. Kept here, small,
   * until the commands share a customers reader.
   *
   * @param customer the customer's id, required
   * @param joined the date the customer joined, ISO ({@code 2020-01-01})
   * @param segments the customer's segments
   * @param attributes the customer's attributes
   * @param tiers the customer's level per program ({@code {"status":"gold"}})
   */
  record CustomerLine(String customer, String joined, List<String> segments, Map<String, String> attributes,
      Map<String, String> tiers) {

    CustomerContext context() {
      if (customer == null || customer.isBlank()) {
        throw new IllegalArgumentException("\"customer\" (the customer's id) is required");
      }
      Customer c = Customer.of(customer);
      if (joined != null) {
        try {
          c = c.withJoined(LocalDate.parse(joined));
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("\"joined\" must be a date such as \"2020-01-01\", but was \""
              + joined + "\"");
        }
      }
      c = c.withSegments(segments == null ? Set.of() : Set.copyOf(segments))
          .withAttributes(attributes == null ? Map.of() : attributes);
      return new CustomerContext(c, tiers == null ? Map.of() : tiers);
    }
  }
}
