package dev.pledge.cli.command;

import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import dev.pledge.cli.input.ConfigFile;
import dev.pledge.cli.input.JsonLines;
import dev.pledge.cli.output.AuditJson;
import dev.pledge.customer.CustomerContext;
import dev.pledge.measure.PeriodUnit;
import dev.pledge.plan.AuditRow;
import dev.pledge.plan.PromiseAudit;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.ServicePolicy;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pledge audit}: is every promise honest, and what would a changed configuration give. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = {"Audits whether each promise is honest, and replays a candidate configuration.",
        "Per policy and metric, the decided instances "
        + "(achieved or breached; running ones apart), attainment with its 95%% Wilson interval, a verdict "
        + "(kept, at-risk, over-promised, no-data) and the honest target: the smallest target the history "
        + "would have met at the objective (docs/planning.md).",
        "--by channel|tier|priority|hour|week audits each group apart (tier needs --tiers; hour is the "
            + "weekday and hour of opening in the policy calendar's zone; week is the trend).",
        "--candidate FILE replays the same cases under another configuration and shows its figures beside, "
            + "and the cases whose policy changes."},
    footerHeading = "%nExamples:%n",
    footer = {"  pledge audit --config shop.json --cases cases.jsonl --customers customers.jsonl "
        + "--as-of 2026-03-06T18:00:00Z",
        "  pledge audit -c skyclub.json --cases cases.jsonl --activities activities.jsonl --by tier --tiers status "
            + "--as-of 2026-03-06T18:00:00Z --format json",
        "  pledge audit -c skyclub.json --cases cases.jsonl --candidate looser.json --as-of 2026-03-06T18:00:00Z"})
public final class AuditCommand extends CaseCommand {
  /** The output formats. */
  enum Format { table, json }

  /** What instances are grouped by. */
  enum By { channel, tier, priority, hour, week }

  @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
      description = "table (default) or json (one line per policy and metric, and group).")
  private Format format;

  @Option(names = "--by", paramLabel = "channel|tier|priority|hour|week",
      description = "Audit each group apart: the channel, the level in --tiers, the priority or the weekday "
          + "and hour of opening, or the week (the trend).")
  private By by;

  @Option(names = "--tiers", paramLabel = "PROGRAM", description = "The program whose level --by tier groups by.")
  private String tiers;

  @Option(names = "--candidate", paramLabel = "FILE",
      description = "Another configuration to replay the same cases under, shown beside.")
  private Path candidateFile;

  /** What one case gives: its group, and under the candidate its outcome and group there. */
  private record Audited(Optional<String> group, Optional<CaseOutcome> candidate, Optional<String> candidateGroup) {}

  /** A case whose policy is another under the candidate. */
  private record Change(String caseId, String from, String to) {}

  @Override
  int run(Context command) {
    Pledge pledge = command.pledge();
    if (by == By.tier && tiers == null || tiers != null && pledge.findTiers(tiers).isEmpty()) {
      throw new PledgeException((tiers == null ? "--by tier needs --tiers PROGRAM" : "--tiers " + tiers
          + " is not a program") + ", one of " + pledge.tierNames());
    }
    Optional<Pledge> candidate = Optional.ofNullable(candidateFile).map(ConfigFile::load);
    PromiseAudit audit = PromiseAudit.create();
    PromiseAudit other = PromiseAudit.create();
    List<Change> changes = new ArrayList<>();
    JsonLines lines = command.lines();
    JsonLines.Summary summary = inputs.run(pledge, lines, command.err(), command.stdin(),
        (events, customer, outcome) -> {
          Optional<CaseOutcome> theirs = candidate.map(c -> c.sla().evaluate(events, customer, inputs.asOf));
          return new Audited(group(events, customer, outcome), theirs,
              theirs.flatMap(c -> group(events, customer, c)));
        },
        (outcome, audited) -> {
          audit.add(outcome, audited.group());
          audited.candidate().ifPresent(c -> {
            other.add(c, audited.candidateGroup());
            String from = outcome.policy().map(ServicePolicy::id).orElse("(none)");
            String to = c.policy().map(ServicePolicy::id).orElse("(none)");
            if (!from.equals(to)) {
              changes.add(new Change(outcome.caseId(), from, to));
            }
          });
        }, null);
    print(command, audit.rows(), candidate.isPresent() ? other.rows() : List.of(), candidate.isPresent(), changes);
    lines.printSummary(summary);
    return summary.exitCode();
  }

  /** The rows of both, matched by policy, metric and group: the current ones in order, then the candidate's own. */
  private void print(Context command, List<AuditRow> rows, List<AuditRow> candidates, boolean withCandidate,
      List<Change> changes) {
    Map<List<Object>, Optional<AuditRow>[]> matched = new LinkedHashMap<>();
    for (AuditRow r : rows) {
      slot(matched, r)[0] = Optional.of(r);
    }
    for (AuditRow r : candidates) {
      slot(matched, r)[1] = Optional.of(r);
    }
    List<Optional<AuditRow>> mine = matched.values().stream().map(pair -> pair[0]).toList();
    List<Optional<AuditRow>> theirs = matched.values().stream().map(pair -> pair[1]).toList();
    if (format == Format.json) {
      for (int i = 0; i < mine.size(); i++) {
        command.lines().write(AuditJson.line(mine.get(i), theirs.get(i), withCandidate));
      }
      if (withCandidate) {
        var out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        var list = out.putArray("policyChanges");
        changes.forEach(c -> list.addObject().put("case", c.caseId()).put("from", c.from()).put("to", c.to()));
        command.lines().write(out);
      }
      return;
    }
    command.out().print(AuditJson.table(mine, theirs, by != null, withCandidate));
    if (withCandidate) {
      command.out().println();
      command.out().println(changes.isEmpty() ? "No case changes policy under the candidate."
          : changes.size() + (changes.size() == 1 ? " case changes" : " cases change") + " policy under the candidate:");
      changes.forEach(c -> command.out().println("  " + c.caseId() + ": " + c.from() + " -> " + c.to()));
    }
  }

  @SuppressWarnings("unchecked")
  private static Optional<AuditRow>[] slot(Map<List<Object>, Optional<AuditRow>[]> matched, AuditRow r) {
    return matched.computeIfAbsent(List.of(r.policy(), r.metric(), r.group().orElse("")),
        k -> new Optional[] {Optional.empty(), Optional.empty()});
  }

  /** The case's group under {@code --by}: read from its opened event, its customer's levels and its policy. */
  private Optional<String> group(List<CaseEvent> events, CustomerContext customer, CaseOutcome outcome) {
    if (by == null) {
      return Optional.empty();
    }
    CaseEvent opened = events.stream().filter(e -> e.type() == CaseEventType.OPENED)
        .min(java.util.Comparator.comparing(CaseEvent::at)).orElseThrow();
    return switch (by) {
      case channel -> opened.channel();
      case priority -> opened.priority();
      case tier -> Optional.of(customer.level(tiers).orElse("(none)"));
      case hour, week -> outcome.policy().map(p -> {
        ZonedDateTime local = opened.at().atZone(p.calendar().zone());
        return by == By.week ? PeriodUnit.WEEK.name(PeriodUnit.WEEK.start(local.toLocalDate()))
            : local.getDayOfWeek().getValue() + "-" + local.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT)
                + String.format(Locale.ROOT, " %02d:00", local.getHour());
      });
    };
  }
}
