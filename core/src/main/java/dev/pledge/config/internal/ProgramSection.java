package dev.pledge.config.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.rule.Condition;
import dev.pledge.rule.MetricType;
import dev.pledge.rule.RuleContext;
import dev.pledge.rule.RuleDefinitionException;
import dev.pledge.rule.RuleRegistry;
import dev.pledge.tier.MetricFilter;
import dev.pledge.tier.PeriodType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Binds and checks one tier program: its metrics, levels, conditions and references. */
final class ProgramSection {
  private final Binder binder;
  private final ConditionCompiler conditions;
  private final RuleRegistry registry;
  private final RuleContext documentContext;

  ProgramSection(Binder binder, ConditionCompiler conditions, RuleRegistry registry, RuleContext context) {
    this.binder = binder;
    this.conditions = conditions;
    this.registry = registry;
    this.documentContext = context;
  }

  Optional<Compiled.Program> compile(String name, JsonNode node, String at, Optional<ZoneId> defaultZone) {
    Problems problems = binder.problems();
    Optional<ProgramConfig> bound = binder.bind(node, at, ProgramConfig.class);
    if (bound.isEmpty()) {
      checkConditionsOf(node, at);
      return Optional.empty();
    }
    ProgramConfig p = bound.get();
    int before = problems.count();
    ZoneId zone = p.zone() != null ? p.zone() : defaultZone.orElse(null);
    if (zone == null) {
      problems.add(at, "needs a \"zone\" (here or at the top of the document)");
    }
    Map<String, Compiled.Metric> metrics = new LinkedHashMap<>();
    RuleContext scope = scoped(p.metrics().keySet(), p.levels().stream().map(ProgramConfig.Level::id).toList());
    List<String> levelIds = p.levels().stream().map(ProgramConfig.Level::id).toList();
    p.metrics().forEach((metric, m) -> metric(metric, m, at + "/metrics/" + SourceDocument.escape(metric), scope,
        levelIds).ifPresent(c -> metrics.put(metric, c)));
    List<Compiled.Level> levels = levels(p, at, scope);
    Set<String> ids = new HashSet<>();
    p.levels().forEach(l -> ids.add(l.id()));
    String base = p.levels().get(0).id();
    if (p.period().type() == PeriodType.FIXED_YEAR && p.period().start() == null) {
      problems.add(at + "/period", "a \"fixed-year\" period needs \"start\" as \"MM-DD\" (such as \"03-01\")");
    }
    if (p.period().type() != PeriodType.FIXED_YEAR && p.period().start() != null) {
      problems.add(at + "/period/start", "only a \"fixed-year\" period takes \"start\", but the type is \""
          + p.period().type() + "\"");
    }
    if (p.period().align() != null && !p.period().type().alignable()) {
      problems.add(at + "/period/align", "only \"membership-year\" and \"since-level-change\" periods take \"align\", "
          + "but the type is \"" + p.period().type() + "\"");
    }
    if (p.upgrade() == dev.pledge.tier.Upgrade.STEPWISE && p.period().type() != PeriodType.SINCE_LEVEL_CHANGE) {
      problems.add(at + "/upgrade", "\"stepwise\" needs a \"since-level-change\" period (each step restarts the "
          + "period), but the period is \"" + p.period().type() + "\"");
    }
    if (p.rollover() != null && !p.metrics().containsKey(p.rollover().metric())) {
      problems.add(at + "/rollover/metric", "unknown metric " + Expectations.quote(p.rollover().metric())
          + "; this program defines: " + p.metrics().keySet());
    }
    if (p.rollover() != null && p.rollover().max().isObject()) {
      p.rollover().max().fieldNames().forEachRemaining(level -> {
        if (!ids.contains(level)) {
          problems.add(at + "/rollover/max/" + SourceDocument.escape(level), "unknown level " + Expectations.quote(level)
              + "; the levels are " + p.levels().stream().map(ProgramConfig.Level::id).toList());
        }
      });
    }
    if (p.downgrade() != null && p.downgrade().maxDrop() != null
        && p.downgrade().mode() != dev.pledge.tier.Downgrade.Mode.SOFT_LANDING) {
      problems.add(at + "/downgrade/maxDrop", "only \"soft-landing\" takes \"maxDrop\"");
    }
    Map<String, Compiled.Challenge> challenges = new LinkedHashMap<>();
    if (p.challenges() != null) {
      p.challenges().forEach((level, c) -> {
        String cat = at + "/challenges/" + SourceDocument.escape(level);
        if (!ids.contains(level) || level.equals(base)) {
          problems.add(cat, "a challenge must name a level above the base level, one of "
              + p.levels().stream().skip(1).map(ProgramConfig.Level::id).toList() + ", but was "
              + Expectations.quote(level));
        }
        conditions.compile(c.qualify(), cat + "/qualify", scope)
            .ifPresent(q -> challenges.put(level, new Compiled.Challenge(level, c.days(), q)));
      });
    }
    if (p.subscriptions() != null) {
      for (int i = 0; i < p.subscriptions().size(); i++) {
        String level = p.subscriptions().get(i);
        if (!ids.contains(level)) {
          problems.add(at + "/subscriptions/" + i, "unknown level " + Expectations.quote(level)
              + "; the levels are " + p.levels().stream().map(ProgramConfig.Level::id).toList());
        }
      }
    }
    if (problems.count() > before) {
      return Optional.empty();
    }
    return Optional.of(new Compiled.Program(name, zone, p, metrics, levels, challenges));
  }

  private List<Compiled.Level> levels(ProgramConfig p, String at, RuleContext scope) {
    Problems problems = binder.problems();
    List<Compiled.Level> out = new ArrayList<>();
    for (int i = 0; i < p.levels().size(); i++) {
      ProgramConfig.Level level = p.levels().get(i);
      String lat = at + "/levels/" + i;
      boolean paidOnly = p.subscriptions() != null && p.subscriptions().contains(level.id());
      if (i > 0 && level.qualify() == null && level.qualifyFrom() == null && !paidOnly) {
        problems.add(lat, "every level above the base needs \"qualify\", unless it is listed in "
            + "\"subscriptions\" (a paid-only level); it is missing");
      }
      // The base level's are compiled too: TierProgram.Builder rejects them with their pointer.
      Optional<Condition> qualify = level.qualify() == null ? Optional.empty()
          : conditions.compile(level.qualify(), lat + "/qualify", scope);
      Optional<Condition> lifetime = level.lifetime() == null ? Optional.empty()
          : conditions.compile(level.lifetime(), lat + "/lifetime", scope);
      Optional<Condition> retain = level.retain() == null ? Optional.empty()
          : conditions.compile(level.retain(), lat + "/retain", scope);
      out.add(new Compiled.Level(level.id(), qualify, lifetime, dated(level.qualifyFrom(), lat + "/qualifyFrom", scope),
          retain, dated(level.retainFrom(), lat + "/retainFrom", scope)));
    }
    return out;
  }

  /** Dated conditions ({@code qualifyFrom}, {@code retainFrom}): each key a date ("2027-01-01"), each value a condition. */
  private NavigableMap<LocalDate, Condition> dated(Map<String, JsonNode> byDate, String at, RuleContext scope) {
    NavigableMap<LocalDate, Condition> out = new TreeMap<>();
    if (byDate == null) {
      return out;
    }
    byDate.forEach((key, node) -> {
      String kat = at + "/" + SourceDocument.escape(key);
      Optional<LocalDate> from = date(key);
      if (from.isEmpty()) {
        binder.problems().add(kat, "must be an ISO date such as \"2027-01-01\" (the first day from which the "
            + "condition applies), but was " + Expectations.quote(key));
      }
      Optional<Condition> c = conditions.compile(node, kat, scope);
      if (from.isPresent() && c.isPresent()) {
        out.put(from.get(), c.get());
      }
    });
    return out;
  }

  private static Optional<LocalDate> date(String text) {
    if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Optional<Compiled.Metric> metric(String name, JsonNode node, String at, RuleContext scope,
      List<String> levelIds) {
    Problems problems = binder.problems();
    if (!node.isObject()) {
      problems.add(at, "must be a metric object such as {\"sum\": \"xp\"}, but was " + Expectations.found(node));
      return Optional.empty();
    }
    String typeName = null;
    if (node.has("type")) {
      typeName = node.get("type").asText();
    } else {
      List<String> named = new ArrayList<>();
      node.fieldNames().forEachRemaining(k -> {
        if (registry.metric(k).isPresent()) {
          named.add(k);
        }
      });
      if (named.size() == 1) {
        typeName = named.get(0);
      } else {
        problems.add(at, "a metric needs exactly one of " + registry.metricNames()
            + " (or a \"type\"), but " + (named.isEmpty() ? "has none" : "has " + named)
            + ". If a module defines the metric type, that module may be missing from the class path");
        return Optional.empty();
      }
    }
    Optional<MetricType<?>> type = registry.metric(typeName);
    if (type.isEmpty()) {
      problems.add(at + "/type", "unknown metric type " + Expectations.quote(typeName) + "; known types: "
          + registry.metricNames());
      return Optional.empty();
    }
    Optional<MetricFilter> where = where(node.get("where"), at + "/where");
    Optional<Optional<String>> whileAtLeast = whileAtLeast(node.get("whileAtLeast"), at + "/whileAtLeast", levelIds);
    ObjectNode params = ((ObjectNode) node).deepCopy();
    params.remove("type");
    params.remove("where");
    params.remove("whileAtLeast");
    Optional<MetricType.Metric> metric = create(type.get(), params, at, scope);
    if (metric.isEmpty() || where.isEmpty() || whileAtLeast.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Compiled.Metric(name, metric.get(), where.get(), whileAtLeast.get()));
  }

  /** A metric's {@code whileAtLeast}: absent, or a level of the program; empty when a problem was recorded. */
  private Optional<Optional<String>> whileAtLeast(JsonNode node, String at, List<String> levelIds) {
    if (node == null) {
      return Optional.of(Optional.empty());
    }
    if (!node.isTextual() || !levelIds.contains(node.textValue())) {
      binder.problems().add(at, (node.isTextual() ? "unknown level " : "must be a level id, but was ")
          + Expectations.found(node) + "; the levels are " + levelIds);
      return Optional.empty();
    }
    return Optional.of(Optional.of(node.textValue()));
  }

  private <P> Optional<MetricType.Metric> create(MetricType<P> type, ObjectNode params, String at, RuleContext scope) {
    Optional<P> bound = binder.bind(params, at, type.parameters());
    if (bound.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(type.create(bound.get(), scope));
    } catch (RuleDefinitionException e) {
      binder.problems().add(e.parameter().isEmpty() ? at : at + "/" + e.parameter(), e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<MetricFilter> where(JsonNode node, String at) {
    if (node == null) {
      return Optional.of(MetricFilter.any());
    }
    if (!node.isObject()) {
      binder.problems().add(at, "must be an object of field to allowed values, such as {\"kind\": [\"flight\"]}, but was "
          + Expectations.found(node));
      return Optional.empty();
    }
    Map<String, Set<String>> allowed = new HashMap<>();
    boolean ok = true;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String fat = at + "/" + SourceDocument.escape(e.getKey());
      JsonNode values = e.getValue();
      if (!values.isArray() || values.isEmpty()) {
        binder.problems().add(fat, "must be a non-empty array of allowed values, but was " + Expectations.found(values));
        ok = false;
        continue;
      }
      Set<String> set = new HashSet<>();
      for (int i = 0; i < values.size(); i++) {
        JsonNode v = values.get(i);
        if (!v.isValueNode() || v.isNull()) {
          binder.problems().add(fat + "/" + i, "must be a string, number or boolean, but was " + Expectations.found(v));
          ok = false;
        } else {
          set.add(v.isNumber() ? v.decimalValue().stripTrailingZeros().toPlainString() : v.asText());
        }
      }
      allowed.put(e.getKey(), set);
    }
    if (!ok) {
      return Optional.empty();
    }
    Set<String> kinds = allowed.remove("kind");
    return Optional.of(new MetricFilter(kinds == null ? Set.of() : kinds, allowed));
  }

  private RuleContext scoped(Set<String> metrics, List<String> levelIds) {
    Set<String> names = Set.copyOf(metrics);
    List<String> ids = List.copyOf(levelIds);
    return new RuleContext() {
      @Override
      public Optional<List<String>> programLevels() {
        return Optional.of(ids);
      }

      @Override
      public Set<String> programs() {
        return documentContext.programs();
      }

      @Override
      public Optional<List<String>> levels(String program) {
        return documentContext.levels(program);
      }

      @Override
      public Optional<Set<String>> metrics() {
        return Optional.of(names);
      }
    };
  }

  /**
   * For a program that could not be bound: its levels' and challenges' conditions are still
   * checked, each on its own, against the metric names it declares, so that a bad period or zone
   * does not hide them.
   */
  private void checkConditionsOf(JsonNode node, String at) {
    Set<String> names = new java.util.LinkedHashSet<>();
    node.path("metrics").fieldNames().forEachRemaining(names::add);
    List<String> ids = new ArrayList<>();
    node.path("levels").forEach(level -> {
      if (level.path("id").isTextual()) {
        ids.add(level.path("id").textValue());
      }
    });
    RuleContext scope = scoped(names, ids);
    JsonNode levels = node.path("levels");
    for (int i = 0; levels.isArray() && i < levels.size(); i++) {
      for (String key : List.of("qualify", "lifetime")) {
        JsonNode c = levels.get(i).get(key);
        if (c != null) {
          conditions.compile(c, at + "/levels/" + i + "/" + key, scope);
        }
      }
    }
    node.path("challenges").properties().forEach(e -> {
      JsonNode c = e.getValue().get("qualify");
      if (c != null) {
        conditions.compile(c, at + "/challenges/" + SourceDocument.escape(e.getKey()) + "/qualify", scope);
      }
    });
  }
}
