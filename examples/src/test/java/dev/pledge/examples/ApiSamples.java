package dev.pledge.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pledge.Pledge;
import dev.pledge.RepeatedValueException;
import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.BusinessCalendarBuilder;
import dev.pledge.calendar.LocalTimeRange;
import dev.pledge.customer.Activity;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.escalation.CaseHistory;
import dev.pledge.escalation.EntryRule;
import dev.pledge.escalation.EscalationEngine;
import dev.pledge.escalation.EscalationPolicy;
import dev.pledge.escalation.EscalationStep;
import dev.pledge.input.JsonLinesReader;
import dev.pledge.input.InputLineException;
import dev.pledge.report.Compliance;
import dev.pledge.rule.ActionType;
import dev.pledge.rule.Condition;
import dev.pledge.rule.ConditionType;
import dev.pledge.rule.Conditions;
import dev.pledge.rule.Explanation;
import dev.pledge.rule.Facts;
import dev.pledge.rule.MetricType;
import dev.pledge.rule.RuleContext;
import dev.pledge.rule.RuleModule;
import dev.pledge.rule.RuleRegistry;
import dev.pledge.rule.RuleResult;
import dev.pledge.rule.RuleSet;
import dev.pledge.rules.StandardRules;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventBuilder;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.Metric;
import dev.pledge.sla.MetricInstance;
import dev.pledge.sla.ServicePolicy;
import dev.pledge.sla.SlaEngine;
import dev.pledge.testkit.ActivityShape;
import dev.pledge.testkit.BreachAssert;
import dev.pledge.testkit.CaseOutcomeAssert;
import dev.pledge.testkit.ComplianceAssert;
import dev.pledge.testkit.PledgeArbitraries;
import dev.pledge.testkit.PledgeAssertions;
import dev.pledge.testkit.TierStatusAssert;
import dev.pledge.tier.MetricFilter;
import dev.pledge.tier.TierPeriod;
import dev.pledge.tier.TierProgram;
import dev.pledge.tier.PeriodResults;
import dev.pledge.tier.TierLevel;
import dev.pledge.tier.TierStatus;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A simple valid value of every type Pledge's public API takes or is called on, for
 * {@link NullArgumentsTest}: made fresh on each call (builders and assertions are mutable), from a
 * small configuration loaded once. Objects that only Pledge makes (a rule context, a case's
 * history) are captured from a rule module registered in code while the configuration loads and
 * a case is evaluated.
 */
final class ApiSamples {
  static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  static final String CONFIG = """
      {
        "pledge": 1, "name": "Samples", "zone": "UTC",
        "calendars": { "office": { "zone": "UTC", "week": { "mon": ["08:00-18:00"], "tue": ["08:00-18:00"] } } },
        "programs": { "status": { "zone": "UTC", "metrics": { "xp": { "sum": "xp" } },
          "period": { "type": "calendar-year" },
          "levels": [ { "id": "base" }, { "id": "gold", "qualify": { "type": "metric", "metric": "xp", "atLeast": 100 },
            "lifetime": { "type": "capture" } } ] } },
        "servicePolicies": [ { "id": "default", "calendar": "office", "targets": { "first-response": "PT1H" },
          "objective": 0.9 } ],
        "escalation": { "lines": [ { "level": 1, "name": "front line" } ], "entry": [ { "line": 1 } ],
          "steps": [ { "id": "look", "when": { "type": "capture" }, "then": { "notify": ["lead"] } } ] },
        "ruleSets": { "routing": { "mode": "first",
          "rules": [ { "id": "all", "when": { "type": "capture" }, "then": { "queue": "general" } } ] },
          "standard": { "mode": "all", "rules": [
            { "id": "tier", "when": { "type": "tier", "program": "status", "in": ["gold"] }, "then": {} },
            { "id": "tier-at-least", "when": { "type": "tier-at-least", "program": "status", "level": "gold" }, "then": {} },
            { "id": "segment", "when": { "type": "segment", "in": ["b2b"] }, "then": {} },
            { "id": "attribute", "when": { "type": "attribute", "name": "country", "in": ["PL"] }, "then": {} },
            { "id": "customer-since", "when": { "type": "customer-since", "atLeast": "P1Y" }, "then": {} },
            { "id": "metric", "when": { "type": "metric", "metric": "xp", "atLeast": 1 }, "then": {} },
            { "id": "channel", "when": { "type": "channel", "in": ["email"] }, "then": {} },
            { "id": "priority", "when": { "type": "priority", "in": ["high"] }, "then": {} },
            { "id": "tag", "when": { "type": "tag", "in": ["vip"] }, "then": {} },
            { "id": "elapsed", "when": { "type": "elapsed", "metric": "resolution", "atLeast": 0.5 }, "then": {} },
            { "id": "breached", "when": { "type": "breached", "metric": "resolution" }, "then": {} },
            { "id": "remaining", "when": { "type": "remaining", "metric": "resolution", "atMost": "PT1H" }, "then": {} },
            { "id": "transfers", "when": { "type": "transfers", "atLeast": 2 }, "then": {} },
            { "id": "reopened", "when": { "type": "reopened", "atLeast": 1 }, "then": {} },
            { "id": "customer-messages", "when": { "type": "customer-messages", "atLeast": 2 }, "then": {} },
            { "id": "line", "when": { "type": "line", "in": [2] }, "then": {} } ] } }
      }
      """;

  /** The parameters of {@code capture}: none. */
  public record None() {}

  /** Keeps the rule context it is compiled with and the case history it is evaluated with. */
  static final class Capture implements RuleModule {
    RuleContext context;
    CaseHistory history;
    PeriodResults periods;

    @Override
    public String name() {
      return "capture";
    }

    @Override
    public List<ConditionType<?>> conditionTypes() {
      return List.of(ConditionType.of("capture", None.class, (p, c) -> {
        context = c;
        return new Condition() {
          @Override
          public String type() {
            return "capture";
          }

          @Override
          public Explanation explain(Facts facts) {
            facts.extension(CaseHistory.class).ifPresent(h -> history = h);
            facts.extension(PeriodResults.class).ifPresent(r -> periods = r);
            return Explanation.leaf("capture", false, "");
          }
        };
      }));
    }
  }

  private final Map<Class<?>, Supplier<?>> byType = new HashMap<>();
  private final Map<Class<?>, List<Object>> implementations = new HashMap<>();

  ApiSamples() {
    Capture capture = new Capture();
    Pledge pledge = Pledge.builder().module(capture).loadJson(CONFIG, "samples.json");
    List<CaseEvent> events = List.of(CaseEvent.opened("k1", AT, "c1", "email", "normal"));
    CustomerContext customer = CustomerContext.of(Customer.of("c1"));
    Instant later = AT.plus(Duration.ofDays(1));
    pledge.escalation().evaluate(events, customer, later);
    CaseOutcome outcome = pledge.sla().evaluate(events, customer, later);
    TierStatus status = pledge.tiers("status").evaluate(Customer.of("c1"),
        List.of(Activity.of("c1", AT, "flight").with("xp", BigDecimal.TEN)), later);
    PledgeArbitraries arbitraries = PledgeArbitraries.of(pledge, CONFIG);

    put(String.class, () -> "x");
    put(CharSequence.class, () -> "09:00-17:00");
    put(Object.class, () -> "x");
    put(Integer.class, () -> 1);
    put(Boolean.class, () -> true);
    put(BigDecimal.class, () -> BigDecimal.ONE);
    put(Instant.class, () -> AT);
    put(Duration.class, () -> Duration.ofHours(1));
    put(java.util.concurrent.Executor.class, () -> (java.util.concurrent.Executor) Runnable::run);
    put(Period.class, () -> Period.ofDays(1));
    put(LocalDate.class, () -> LocalDate.of(2026, 3, 2));
    put(LocalTime.class, () -> LocalTime.of(9, 0));
    put(MonthDay.class, () -> MonthDay.of(1, 1));
    put(ZoneId.class, () -> ZoneOffset.UTC);
    put(DayOfWeek.class, () -> DayOfWeek.MONDAY);
    put(Path.class, () -> Path.of("samples.json"));
    put(InputStream.class, () -> new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)));
    put(Class.class, () -> String.class);
    put(Throwable.class, () -> new IllegalStateException("a cause"));
    put(Iterable.class, List::of);
    put(Collection.class, List::of);
    put(List.class, List::of);
    put(Set.class, Set::of);
    put(Map.class, Map::of);
    put(Optional.class, Optional::empty);
    put(OptionalInt.class, OptionalInt::empty);
    put(Supplier.class, () -> (Supplier<Explanation>) () -> Explanation.leaf("x", true, ""));
    put(Consumer.class, () -> (Consumer<Object>) x -> { });
    put(BiFunction.class, () -> (BiFunction<Object, Object, Object>) (a, b) -> null);
    put(JsonNode.class, () -> JsonNodeFactory.instance.objectNode());

    put(Pledge.class, () -> pledge);
    put(Pledge.Builder.class, Pledge::builder);
    put(RepeatedValueException.class, () -> new RepeatedValueException("id", "1", "level", "gold", "levels/0"));
    put(BusinessCalendar.class, () -> pledge.calendar("office"));
    put(BusinessCalendarBuilder.class, () -> BusinessCalendar.builder("c", ZoneOffset.UTC));
    put(LocalTimeRange.class, () -> LocalTimeRange.of(LocalTime.of(9, 0), LocalTime.of(17, 0)));
    put(Activity.class, () -> Activity.of("c1", AT, "flight"));
    put(Customer.class, () -> Customer.of("c1"));
    put(TierLevel.class, () -> TierLevel.of("gold"));
    put(java.util.NavigableMap.class, java.util.TreeMap::new);
    put(PeriodResults.class, () -> java.util.Objects.requireNonNull(capture.periods,
        "the tier engine gave the capture condition no PeriodResults"));
    put(CustomerContext.class, () -> customer);
    put(CaseHistory.class, () -> capture.history);
    put(EntryRule.class, () -> EntryRule.when(Conditions.all(List.of()), 1));
    put(EscalationEngine.class, pledge::escalation);
    put(EscalationPolicy.class, EscalationPolicy::empty);
    put(EscalationPolicy.Builder.class, EscalationPolicy::builder);
    put(EscalationStep.class, () -> EscalationStep.builder("s").when(Conditions.all(List.of())).build());
    put(EscalationStep.Builder.class, () -> EscalationStep.builder("s"));
    put(JsonLinesReader.class, JsonLinesReader::objects);
    put(JsonLinesReader.LineSink.class, () -> new JsonLinesReader.LineSink<Object>() {
      @Override
      public void accept(long line, Object record) {
      }

      @Override
      public void reject(InputLineException problem) {
      }
    });
    put(Compliance.class, () -> {
      Compliance compliance = Compliance.create();
      compliance.add(outcome);
      return compliance;
    });
    put(java.util.OptionalDouble.class, java.util.OptionalDouble::empty);
    put(dev.pledge.plan.PromiseAudit.class, dev.pledge.plan.PromiseAudit::create);
    put(dev.pledge.measure.MeasureSettings.class, () -> dev.pledge.measure.MeasureSettings.of(Set.of("flight"),
        Period.ofDays(30), dev.pledge.measure.PeriodUnit.MONTH, ZoneOffset.UTC));
    put(dev.pledge.measure.Measures.class, () -> dev.pledge.measure.Measures.create(
        dev.pledge.measure.MeasureSettings.of(Set.of("flight"), Period.ofDays(30), dev.pledge.measure.PeriodUnit.MONTH,
            ZoneOffset.UTC), AT));
    put(dev.pledge.measure.Nps.class, () -> dev.pledge.measure.Nps.NONE);
    put(dev.pledge.measure.Csat.class, () -> dev.pledge.measure.Csat.NONE);
    put(dev.pledge.measure.Requests.class, () -> new dev.pledge.measure.Requests(0, Map.of(), Map.of(), Map.of(), 0,
        java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty()));
    put(dev.pledge.plan.Demand.class, () -> new dev.pledge.plan.Demand(AT, AT.plusSeconds(1800), 10));
    put(dev.pledge.plan.Staffing.Builder.class, dev.pledge.plan.Staffing::builder);
    put(dev.pledge.plan.Staffing.class, () -> dev.pledge.plan.Staffing.builder().aht(Duration.ofMinutes(3))
        .target(Duration.ofSeconds(20)).objective("0.8").build());
    put(dev.pledge.plan.WeekProfile.Builder.class, () -> dev.pledge.plan.WeekProfile.builder(Duration.ofMinutes(30),
        ZoneOffset.UTC));
    put(dev.pledge.plan.WeekProfile.class, () -> dev.pledge.plan.WeekProfile.builder(Duration.ofMinutes(30),
        ZoneOffset.UTC).add(AT).build());
    put(ActionType.class, () -> ActionType.of("a", String.class, (p, c) -> p));
    put(Condition.class, () -> Conditions.all(List.of()));
    put(ConditionType.class, () -> ConditionType.of("c", String.class, (p, c) -> Conditions.all(List.of())));
    put(Explanation.class, () -> Explanation.leaf("x", true, ""));
    put(Facts.class, Facts::empty);
    put(Facts.Builder.class, Facts::builder);
    put(Facts.MetricValues.class, () -> Facts.MetricValues.of(Map.of()));
    put(MetricType.class, () -> MetricType.of("m", String.class, (p, c) -> metric()));
    put(MetricType.Metric.class, ApiSamples::metric);
    put(RuleContext.class, () -> capture.context);
    put(RuleModule.class, StandardRules::new);
    put(RuleRegistry.class, () -> new RuleRegistry(List.of(new StandardRules())));
    put(RuleResult.Match.class, () -> new RuleResult.Match("r", JsonNodeFactory.instance.objectNode()));
    put(RuleSet.class, () -> pledge.ruleSet("routing"));
    put(CaseEvent.class, () -> CaseEvent.agentReply("k1", AT));
    put(CaseEventBuilder.class, () -> CaseEvent.builder("k1", AT, CaseEventType.OPENED));
    put(CaseOutcome.class, () -> outcome);
    put(MetricInstance.class, () -> outcome.instances().get(0));
    put(Metric.class, () -> Metric.FIRST_RESPONSE);
    put(ServicePolicy.class, () -> pledge.sla().policy("default").orElseThrow());
    put(ServicePolicy.Builder.class, () -> ServicePolicy.builder("p"));
    put(SlaEngine.class, pledge::sla);
    put(MetricFilter.class, () -> MetricFilter.kinds("flight"));
    put(TierPeriod.class, () -> TierPeriod.fixedYear(MonthDay.of(1, 1)));
    put(TierProgram.class, () -> pledge.tiers("status"));
    put(TierProgram.Builder.class, () -> TierProgram.builder("p", ZoneOffset.UTC));
    put(TierStatus.class, () -> status);
    put(dev.pledge.tier.LevelTimeline.class, () -> dev.pledge.tier.LevelTimeline.of(status));
    put(PledgeArbitraries.class, () -> arbitraries);
    put(ActivityShape.class, () -> arbitraries.shape("status"));
    put(TierStatusAssert.class, () -> PledgeAssertions.assertThat(status));
    put(CaseOutcomeAssert.class, () -> PledgeAssertions.assertThat(outcome));
    put(ComplianceAssert.class, () -> PledgeAssertions.assertThat((Compliance) of(Compliance.class).orElseThrow()));
    put(BreachAssert.class, () -> PledgeAssertions.assertThat(outcome).breached(Metric.FIRST_RESPONSE));

    // Pledge's own implementations of its interfaces: the combinators, and the standard module's types
    List<Object> conditions = new ArrayList<>(List.of(Conditions.all(List.of()), Conditions.any(List.of()),
        Conditions.not(Conditions.all(List.of()))));
    pledge.ruleSet("standard").rules().forEach(rule -> conditions.add(rule.when().orElseThrow()));
    implementations.put(Condition.class, conditions);
    List<Object> accumulators = new ArrayList<>();
    for (MetricType<?> type : new StandardRules().metricTypes()) {
      accumulators.add(accumulator(type, capture.context));
    }
    implementations.put(MetricType.Accumulator.class, accumulators);
  }

  /** An accumulator of a metric of {@code type}, its parameters built from sample values. */
  private <P> MetricType.Accumulator accumulator(MetricType<P> type, RuleContext context) {
    P parameters = type.parameters().cast(record(type.parameters()).orElseThrow(() ->
        new IllegalStateException("no parameters for metric type " + type.name())));
    return type.create(parameters, context).start();
  }

  /**
   * The objects to call {@code type}'s instance methods on: every implementation Pledge has of an
   * interface it implements more than once ({@link Condition}: the combinators and each standard
   * condition type), else the one sample; empty when there is none.
   */
  List<Object> receivers(Class<?> type) {
    List<Object> known = implementations.get(type);
    return known != null ? known : of(type).map(List::of).orElse(List.of());
  }

  private <T> void put(Class<T> type, Supplier<?> sample) {
    byType.put(type, sample);
  }

  private static MetricType.Metric metric() {
    return () -> new MetricType.Accumulator() {
      @Override
      public void add(Activity activity) {
      }

      @Override
      public BigDecimal value() {
        return BigDecimal.ZERO;
      }
    };
  }

  /**
   * A fresh value of {@code type}: the one registered, the first constant of an enum, an empty
   * array, or a record built from values of its components; empty when there is none.
   */
  Optional<Object> of(Class<?> type) {
    Supplier<?> sample = byType.get(type);
    if (sample != null) {
      return Optional.ofNullable(sample.get());
    }
    if (type.isEnum()) {
      return Optional.of(type.getEnumConstants()[0]);
    }
    if (type.isArray()) {
      return Optional.of(Array.newInstance(type.getComponentType(), 0));
    }
    if (type.isRecord()) {
      return record(type);
    }
    return Optional.empty();
  }

  /** A value of a primitive type (never null: only reference parameters are given null). */
  static Object primitive(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == char.class) {
      return 'x';
    }
    if (type == long.class) {
      return 1L;
    }
    if (type == double.class || type == float.class) {
      return type == double.class ? (Object) 1.0 : (Object) 1.0f;
    }
    return type == byte.class ? (Object) (byte) 1 : type == short.class ? (Object) (short) 1 : (Object) 1;
  }

  private Optional<Object> record(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      Optional<Object> value = types[i].isPrimitive() ? Optional.of(primitive(types[i])) : of(types[i]);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      values.add(value.get());
    }
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return Optional.of(canonical.newInstance(values.toArray()));
    } catch (ReflectiveOperationException e) {
      return Optional.empty();
    }
  }
}
