package dev.pledge.config.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.config.ConfigException;
import dev.pledge.escalation.CustomAction;
import dev.pledge.measure.MeasureSettings;
import dev.pledge.measure.PeriodUnit;
import dev.pledge.rule.Condition;
import dev.pledge.rule.RuleContext;
import dev.pledge.rule.RuleModule;
import dev.pledge.rule.RuleSet;
import dev.pledge.rule.RuleRegistry;
import dev.pledge.tier.TierProgram;
import dev.pledge.sla.SlaEngine;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads one Pledge document: reads it with locations, binds each section to its records,
 * validates them, compiles conditions and metrics, and checks every reference. All problems are
 * collected and thrown together in one {@link ConfigException}.
 */
public final class ConfigLoader {
  private final Problems problems;
  private final Binder binder;
  private final RuleRegistry registry;
  private final ConditionCompiler conditions;

  private ConfigLoader(String source, List<RuleModule> modules) {
    this.problems = new Problems(source);
    this.binder = new Binder(problems);
    this.registry = new RuleRegistry(modules);
    this.conditions = new ConditionCompiler(registry, binder);
  }

  /**
   * Loads {@code json}.
   *
   * @param source a name for the document, used in messages (a file name)
   * @param modules the rule modules whose types the document may use
   * @throws ConfigException with every problem found
   */
  public static Compiled.Document load(String json, String source, List<RuleModule> modules) {
    return new ConfigLoader(source, modules).load(json);
  }

  private Compiled.Document load(String json) {
    registry.conflicts().forEach(c -> problems.add("", c));
    Optional<SourceDocument> doc = SourceDocument.parse(json, problems.sink());
    if (doc.isEmpty()) {
      problems.throwIfAny();
    }
    problems.locateIn(doc.get());
    JsonNode root = doc.get().root();
    withoutNullMembers(root);
    if (!root.isObject()) {
      problems.add("", "the document must be a JSON object, but was " + Expectations.found(root));
      problems.throwIfAny();
    }
    withoutBlankNames(root);
    Optional<DocumentConfig> top = bindTop((com.fasterxml.jackson.databind.node.ObjectNode) root);
    if (top.isEmpty()) {
      problems.throwIfAny();
    }
    DocumentConfig d = top.get();
    // A zone that was given but could not be read was reported; the sections are still checked, as
    // if in UTC, so that it does not add "needs a zone" to every calendar and program.
    Optional<ZoneId> zone = d.zone() != null ? Optional.of(d.zone())
        : root.has("zone") ? Optional.of(java.time.ZoneOffset.UTC) : Optional.empty();
    RuleContext context = documentContext(d);

    CalendarSection calendarSection = new CalendarSection(binder);
    Map<String, Compiled.Calendar> calendars = new LinkedHashMap<>();
    d.calendars().forEach((name, node) -> calendarSection.compile(name, node, zone)
        .ifPresent(c -> calendars.put(name, c)));

    ProgramSection programSection = new ProgramSection(binder, conditions, registry, context);
    Map<String, Compiled.Program> programs = new LinkedHashMap<>();
    d.programs().forEach((name, node) -> programSection.compile(name, node, "/programs/" + SourceDocument.escape(name), zone)
        .ifPresent(p -> programs.put(name, p)));
    Map<String, TierProgram> tiers = new LinkedHashMap<>();
    programs.forEach((name, p) -> TierWiring.build(p, problems, "/programs/" + SourceDocument.escape(name))
        .ifPresent(t -> tiers.put(name, t)));

    List<Compiled.Policy> policies = policies(d.servicePolicies(), d.calendars().keySet(), context);
    SlaEngine sla = SlaSection.engine(policies, calendars, problems);

    Optional<Compiled.Escalation> escalation = d.escalation() == null ? Optional.empty()
        : escalation(d.escalation(), context, d.programs().keySet());

    Map<String, RuleSet> ruleSets = new LinkedHashMap<>();
    d.ruleSets().forEach((name, node) -> ruleSet(name, node, context).ifPresent(r -> ruleSets.put(name, r)));

    Optional<MeasureSettings> measures = d.measures() == null ? Optional.empty()
        : measures(d.measures(), d.zone(), root.has("zone"), d.programs().keySet(), programs);

    problems.throwIfAny();
    return new Compiled.Document(d.name() == null ? "" : d.name(), calendars, escalation, ruleSets,
        registry, tiers, sla, measures);
  }

  /**
   * The document's top level, bound so that one bad key does not hide the rest: each key a problem
   * was found in is set aside (reported once) and the rest bound again, so that the sections are
   * still checked. A wrong format version is reported and the rest read as version 1.
   */
  private Optional<DocumentConfig> bindTop(com.fasterxml.jackson.databind.node.ObjectNode root) {
    com.fasterxml.jackson.databind.node.ObjectNode rest = root.deepCopy();
    for (int attempt = 0; attempt <= root.size(); attempt++) {
      int before = problems.listed();
      Optional<DocumentConfig> top = binder.bind(rest, "", DocumentConfig.class);
      if (top.isPresent()) {
        return top;
      }
      boolean changed = false;
      for (String pointer : problems.pointersSince(before)) {
        String key = pointer.isEmpty() ? "" : pointer.substring(1).split("/", 2)[0].replace("~1", "/").replace("~0", "~");
        if (key.equals("pledge") && !rest.path("pledge").equals(rest.numberNode(1))) {
          rest.put("pledge", 1);
          changed = true;
        } else if (!key.isEmpty() && !key.equals("pledge") && rest.has(key)) {
          rest.remove(key);
          changed = true;
        }
      }
      if (!changed) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Removes every member whose value is an explicit {@code null}, at any depth: a {@code null} reads
   * as absent everywhere (a required one is then reported as "is required"). Array elements stay.
   */
  private static void withoutNullMembers(JsonNode node) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
      object.properties().removeIf(e -> e.getValue().isNull());
      object.forEach(ConfigLoader::withoutNullMembers);
    } else if (node.isArray()) {
      node.forEach(ConfigLoader::withoutNullMembers);
    }
  }

  /**
   * Reports and removes every blank name of a calendar, program, rule set, tier metric, dated
   * hours and target, so that no builder is ever given one (their names key the document's maps).
   */
  private void withoutBlankNames(JsonNode root) {
    blankKeys(root.get("calendars"), "/calendars", "a calendar's name");
    blankKeys(root.get("programs"), "/programs", "a program's name");
    blankKeys(root.get("ruleSets"), "/ruleSets", "a rule set's name");
    root.path("calendars").properties().forEach(c -> blankKeys(c.getValue().get("dates"),
        "/calendars/" + SourceDocument.escape(c.getKey()) + "/dates", "a date"));
    root.path("programs").properties().forEach(p -> blankKeys(p.getValue().get("metrics"),
        "/programs/" + SourceDocument.escape(p.getKey()) + "/metrics", "a metric's name"));
    JsonNode policies = root.path("servicePolicies");
    for (int i = 0; policies.isArray() && i < policies.size(); i++) {
      blankKeys(policies.get(i).get("targets"), "/servicePolicies/" + i + "/targets", "a metric's name");
    }
  }

  private void blankKeys(JsonNode node, String at, String what) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
      object.properties().removeIf(e -> {
        if (!e.getKey().isBlank()) {
          return false;
        }
        problems.add(at + "/" + SourceDocument.escape(e.getKey()), what + " must not be blank, but was "
            + Expectations.quote(e.getKey()));
        return true;
      });
    }
  }

  private List<Compiled.Policy> policies(List<JsonNode> nodes, Set<String> calendarNames, RuleContext context) {
    List<Compiled.Policy> out = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      String at = "/servicePolicies/" + i;
      Optional<ServicePolicyConfig> bound = binder.bind(nodes.get(i), at, ServicePolicyConfig.class);
      if (bound.isEmpty()) {
        // the policy is out, but its condition is checked on its own (its problems are independent)
        optionalCondition(nodes.get(i).get("when"), at + "/when", context);
        continue;
      }
      ServicePolicyConfig p = bound.get();
      int before = problems.count();
      if (!calendarNames.contains(p.calendar())) {
        problems.add(at + "/calendar", "unknown calendar " + Expectations.quote(p.calendar())
            + "; the calendars are " + calendarNames);
      }
      Optional<Condition> when = optionalCondition(nodes.get(i).get("when"), at + "/when", context);
      if (problems.count() == before) {
        out.add(new Compiled.Policy(at, p, when));
      }
    }
    return out;
  }

  private Optional<Compiled.Escalation> escalation(JsonNode node, RuleContext context, Set<String> programs) {
    String at = "/escalation";
    int before = problems.count();
    ActionSection.Split split = new ActionSection(registry, binder).split(node, at, context);
    Optional<EscalationConfig> bound = binder.bind(split.section(), at, EscalationConfig.class);
    if (bound.isEmpty()) {
      // the section is out, but each step's and entry's condition is checked on its own
      conditionsOf(node.path("steps"), at + "/steps/", context);
      conditionsOf(node.path("entry"), at + "/entry/", context);
      return Optional.empty();
    }
    EscalationConfig e = bound.get();
    if (e.lines() != null) {
      Map<Integer, Integer> seen = new HashMap<>();
      for (int i = 0; i < e.lines().size(); i++) {
        Integer first = seen.putIfAbsent(e.lines().get(i).level(), i);
        if (first != null) {
          problems.add(at + "/lines/" + i + "/level", "line " + e.lines().get(i).level()
              + " is defined twice; first at " + at + "/lines/" + first);
        }
      }
    }
    List<Compiled.Entry> entry = new ArrayList<>();
    List<EscalationConfig.Entry> entries = e.entry() == null ? List.of() : e.entry();
    for (int i = 0; i < entries.size(); i++) {
      Optional<Condition> when = optionalCondition(entries.get(i).when(), at + "/entry/" + i + "/when", context);
      entry.add(new Compiled.Entry(when, entries.get(i).line()));
    }
    List<Compiled.Step> steps = new ArrayList<>();
    for (int i = 0; i < e.steps().size(); i++) {
      EscalationConfig.Step step = e.steps().get(i);
      String sat = at + "/steps/" + i;
      EscalationConfig.Compensate comp = step.then().compensate();
      if (comp != null && !programs.contains(comp.program())) {
        problems.add(sat + "/then/compensate/program", "unknown program " + Expectations.quote(comp.program())
            + "; the programs are " + programs);
      }
      List<CustomAction> custom = split.byStep().getOrDefault(i, List.of());
      conditions.compile(step.when(), sat + "/when", context)
          .ifPresent(c -> steps.add(new Compiled.Step(step, c, custom)));
    }
    if (problems.count() != before) {
      return Optional.empty();
    }
    return EscalationWiring.build(e, entry, steps, problems, at)
        .map(policy -> new Compiled.Escalation(e, entry, steps, policy));
  }

  /** Stand-ins for the required members of {@code measures} that could not be read. */
  private static final Map<String, JsonNode> MEASURES_PLACEHOLDERS = Map.of(
      "active", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
          .set("kinds", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add("?")),
      "churnAfter", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.textNode("P1D"));

  /**
   * The measures section: counted in the document's zone, broken down by a configured program's
   * levels; {@code churnAfter} must be positive.
   */
  private Optional<MeasureSettings> measures(JsonNode node, ZoneId zone, boolean zoneGiven, Set<String> declared,
      Map<String, Compiled.Program> programs) {
    String at = "/measures";
    // A member that cannot be read is reported and set aside (a required one replaced by a
    // placeholder that is not checked further), so that the other members are still checked.
    Set<String> setAside = new java.util.HashSet<>();
    JsonNode rest = node.deepCopy();
    Optional<MeasuresConfig> bound = Optional.empty();
    for (int attempt = 0; attempt <= node.size() && bound.isEmpty(); attempt++) {
      int listed = problems.listed();
      bound = binder.bind(rest, at, MeasuresConfig.class);
      boolean changed = false;
      for (String pointer : bound.isPresent() ? List.<String>of() : problems.pointersSince(listed)) {
        String key = pointer.startsWith(at + "/") ? pointer.substring(at.length() + 1).split("/", 2)[0] : "";
        if (rest instanceof com.fasterxml.jackson.databind.node.ObjectNode object && object.has(key)
            && setAside.add(key)) {
          JsonNode placeholder = MEASURES_PLACEHOLDERS.get(key);
          if (placeholder == null) {
            object.remove(key);
          } else {
            object.set(key, placeholder);
          }
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    if (bound.isEmpty()) {
      return Optional.empty();
    }
    MeasuresConfig m = bound.get();
    if (zone == null && !zoneGiven) {
      problems.add(at, "measures are counted in the document's zone, but the document has no \"zone\"");
    }
    java.time.Period churn = m.churnAfter();
    if (!setAside.contains("churnAfter")
        && (churn.isZero() || churn.getYears() < 0 || churn.getMonths() < 0 || churn.getDays() < 0)) {
      problems.add(at + "/churnAfter", "must be a positive period such as \"P180D\", but was " + churn);
    }
    if (m.tiers() != null && !declared.contains(m.tiers())) { // a declared program with problems has them reported
      problems.add(at + "/tiers", "unknown program " + Expectations.quote(m.tiers()) + "; the programs are "
          + declared);
    }
    if (problems.count() != 0 || zone == null) {
      return Optional.empty(); // the document is refused anyway; its parts may not build (a level twice)
    }
    MeasureSettings settings = MeasureSettings.of(Set.copyOf(m.active().kinds()), churn,
        m.period() == null ? PeriodUnit.MONTH : m.period(), zone);
    return Optional.of(m.tiers() == null ? settings : settings.byLevel(m.tiers(),
        programs.get(m.tiers()).levels().stream().map(Compiled.Level::id).toList()));
  }

  private Optional<RuleSet> ruleSet(String name, JsonNode node, RuleContext context) {
    String at = "/ruleSets/" + SourceDocument.escape(name);
    Optional<RuleSetConfig> bound = binder.bind(node, at, RuleSetConfig.class);
    if (bound.isEmpty()) {
      conditionsOf(node.path("rules"), at + "/rules/", context);
      return Optional.empty();
    }
    RuleSetConfig r = bound.get();
    int before = problems.count();
    List<RuleSet.Rule> rules = new ArrayList<>();
    for (int i = 0; i < r.rules().size(); i++) {
      RuleSetConfig.Rule rule = r.rules().get(i);
      Optional<Condition> when = optionalCondition(rule.when(), at + "/rules/" + i + "/when", context);
      rules.add(new RuleSet.Rule(rule.id(), when, rule.then()));
    }
    RuleSet.Mode mode = r.mode();
    // Built even when a condition failed (it then holds always), so a repeated id is reported too.
    Optional<RuleSet> built = Problems.built(problems, at, () -> new RuleSet(name, mode, rules));
    return problems.count() > before ? Optional.empty() : built;
  }

  /** Checks the {@code when} of each object in {@code items}, if it is an array, on its own. */
  private void conditionsOf(JsonNode items, String at, RuleContext context) {
    if (items.isArray()) {
      for (int i = 0; i < items.size(); i++) {
        optionalCondition(items.get(i).get("when"), at + i + "/when", context);
      }
    }
  }

  /** An absent condition holds always; a present one that fails to compile was reported. */
  private Optional<Condition> optionalCondition(JsonNode node, String at, RuleContext context) {
    return node == null ? Optional.empty() : conditions.compile(node, at, context);
  }

  private static RuleContext documentContext(DocumentConfig d) {
    Map<String, List<String>> levels = new LinkedHashMap<>();
    d.programs().forEach((name, node) -> {
      List<String> ids = new ArrayList<>();
      JsonNode list = node.path("levels");
      for (JsonNode level : list) {
        if (level.path("id").isTextual()) {
          ids.add(level.path("id").textValue());
        }
      }
      levels.put(name, List.copyOf(ids));
    });
    return new RuleContext() {
      @Override
      public Set<String> programs() {
        return levels.keySet();
      }

      @Override
      public Optional<List<String>> levels(String program) {
        java.util.Objects.requireNonNull(program, "program");
        return Optional.ofNullable(levels.get(program));
      }

      @Override
      public Optional<Set<String>> metrics() {
        return Optional.empty();
      }
    };
  }
}
