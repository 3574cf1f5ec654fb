package dev.pledge.cli.command;

import dev.pledge.cli.input.JsonLines;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import java.util.List;
import dev.pledge.cli.output.Json;
import dev.pledge.cli.output.JsonText;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.Pledge;
import dev.pledge.escalation.DueStep;
import dev.pledge.escalation.Escalations;
import dev.pledge.escalation.StepActions;
import dev.pledge.customer.Activity;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;

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
public final class EscalationsCommand extends CaseCommand {
  @Override
  int run(Context run) {
    Pledge pledge = run.pledge();
    PrintWriter err = run.err();
    JsonLines lines = run.lines();
    long[] evaluated = {0};
    CaseInputs.Cases cases = inputs.runCases(pledge, lines, run.stdin(), new CaseInputs.CaseWork<String>() {
      @Override
      public String evaluate(List<CaseEvent> events, CustomerContext customer) {
        return JsonLines.render(json(pledge.escalation().evaluate(events, customer, inputs.asOf)));
      }

      @Override
      public void deliver(String line) {
        lines.writeLine(line);
        evaluated[0]++;
      }
    });
    err.println("cases " + (evaluated[0] + cases.failed()) + ", evaluated " + evaluated[0] + ", rejected "
        + cases.failed());
    lines.printSummary(cases.summary());
    return cases.summary().exitCode();
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
      step.put("dueAt", JsonText.instant(d.dueAt()));
      step.set("actions", actions(d.actions(), d.compensation()));
    }
    out.put("nextCheckAt", e.nextCheckAt().map(JsonText::instant).orElse(null));
    return out;
  }

  /**
   * A step's actions as JSON: the built-in ones under their configuration names ({@code notify},
   * {@code moveToLine}, {@code raisePriority}, {@code keepOwner}, {@code compensate}), then each
   * custom action under its type.
   */
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
      activity.put("at", JsonText.instant(act.at()));
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
}
