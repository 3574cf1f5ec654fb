package dev.pledge.config.internal;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.escalation.CustomAction;
import dev.pledge.escalation.EscalationPolicy;
import dev.pledge.rule.Condition;
import dev.pledge.rule.MetricType;
import dev.pledge.rule.RuleSet;
import dev.pledge.rule.RuleRegistry;
import dev.pledge.sla.SlaEngine;
import dev.pledge.tier.MetricFilter;
import dev.pledge.tier.TierProgram;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A configuration after binding, validation and reference checks: the records, with every
 * condition and metric compiled. The engines are built from this.
 */
public final class Compiled {
  private Compiled() {}

  /**
   * The whole document.
   *
   * @param name the configuration's name
   * @param calendars calendars by name, with their zone resolved
   * @param escalation the escalation section, if any
   * @param ruleSets rule sets by name
   * @param registry the rule types that were available
   * @param tiers the tier programs built from {@code programs}, by name, in document order
   * @param sla the service policies, built into an engine (no policies: every case unpromised)
   * @param measures the measures section, if any
   */
  public record Document(String name, Map<String, Calendar> calendars, Optional<Escalation> escalation,
      Map<String, RuleSet> ruleSets, RuleRegistry registry, Map<String, TierProgram> tiers, SlaEngine sla,
      Optional<dev.pledge.measure.MeasureSettings> measures) {}

  /** A calendar, its resolved zone, its record and the calendar built from it. */
  public record Calendar(String name, ZoneId zone, CalendarConfig config, BusinessCalendar calendar) {}

  /** A metric of a program: the compiled metric, its filter and the level it counts from, if any. */
  public record Metric(String name, MetricType.Metric metric, MetricFilter where, Optional<String> whileAtLeast) {}

  /** A level with its compiled conditions (empty for the base level), the dated ones by date. */
  public record Level(String id, Optional<Condition> qualify, Optional<Condition> lifetime,
      java.util.NavigableMap<java.time.LocalDate, Condition> qualifyFrom, Optional<Condition> retain,
      java.util.NavigableMap<java.time.LocalDate, Condition> retainFrom) {}

  /** A challenge with its compiled condition. */
  public record Challenge(String level, int days, Condition qualify) {}

  /** A tier program with its zone resolved and its conditions and metrics compiled. */
  public record Program(String name, ZoneId zone, ProgramConfig config, Map<String, Metric> metrics,
      List<Level> levels, Map<String, Challenge> challenges) {}

  /** A service policy at JSON Pointer {@code at} with its condition compiled. */
  public record Policy(String at, ServicePolicyConfig config, Optional<Condition> when) {}

  /** An entry rule with its condition compiled. */
  public record Entry(Optional<Condition> when, int line) {}

  /** An escalation step with its condition compiled and its custom actions (of module action types) built. */
  public record Step(EscalationConfig.Step config, Condition when, List<CustomAction> custom) {}

  /** The escalation section, compiled, and the policy built from it. */
  public record Escalation(EscalationConfig config, List<Entry> entry, List<Step> steps,
      EscalationPolicy policy) {}
}
