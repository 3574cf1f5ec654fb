package dev.pledge.rules;

import dev.pledge.customer.Customer;
import dev.pledge.rule.Condition;
import dev.pledge.rule.ConditionType;
import dev.pledge.rule.Explanation;
import dev.pledge.rule.Facts;
import dev.pledge.rule.MetricThreshold;
import dev.pledge.rule.RuleContext;
import dev.pledge.rule.RuleDefinitionException;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Conditions on the customer: {@code tier}, {@code tier-at-least}, {@code segment},
 * {@code attribute}, {@code customer-since} and {@code metric}.
 */
final class CustomerConditions {
  private CustomerConditions() {}

  record Tier(@NotBlank String program, @NotEmpty List<@NotBlank String> in) {}

  record TierAtLeast(@NotBlank String program, @NotBlank String level) {}

  record In(@NotEmpty List<@NotBlank String> in) {}

  record Attribute(@NotBlank String name, List<@NotNull String> in, String equals) {
    @AssertTrue(message = "needs exactly one of \"in\" and \"equals\"")
    boolean isOneOfInOrEquals() {
      return (in == null) != (equals == null);
    }
  }

  record CustomerSince(@NotNull Period atLeast) {}

  record Metric(@NotBlank String metric, @NotNull @PositiveOrZero BigDecimal atLeast) {}

  static final ConditionType<Tier> TIER = ConditionType.of("tier", Tier.class, (p, ctx) -> {
    List<String> levels = levelsOf(p.program(), ctx);
    for (String level : p.in()) {
      requireLevel(levels, p.program(), level, "in");
    }
    return new LevelIn("tier", "tier " + p.program() + " in " + Leaf.list(p.in()), p.program(), Set.copyOf(p.in()));
  });

  static final ConditionType<TierAtLeast> TIER_AT_LEAST = ConditionType.of("tier-at-least",
      TierAtLeast.class, (p, ctx) -> {
        List<String> levels = levelsOf(p.program(), ctx);
        requireLevel(levels, p.program(), p.level(), "level");
        // "At least gold" is "one of gold and the levels above it": one set lookup, no ranking.
        Set<String> atOrAbove = Set.copyOf(levels.subList(levels.indexOf(p.level()), levels.size()));
        return new LevelIn("tier-at-least", "tier-at-least " + p.program() + " " + p.level(), p.program(), atOrAbove);
      });

  static final ConditionType<In> SEGMENT = ConditionType.of("segment", In.class, (p, ctx) -> new Segment(p.in()));

  static final ConditionType<Attribute> ATTRIBUTE = ConditionType.of("attribute", Attribute.class,
      (p, ctx) -> new AttributeIn(p.name(), p.in() != null ? p.in() : List.of(p.equals()),
          "attribute " + p.name() + (p.in() != null ? " in " + Leaf.list(p.in()) : " equals " + p.equals())));

  static final ConditionType<CustomerSince> CUSTOMER_SINCE = ConditionType.of("customer-since",
      CustomerSince.class, (p, ctx) -> {
        if (p.atLeast().isNegative()) {
          throw new RuleDefinitionException("atLeast", "must be a period >= P0D, but was " + p.atLeast());
        }
        return new Since(p.atLeast());
      });

  /** The customer's level in a program is one of a set ({@code tier}, {@code tier-at-least}). */
  private static final class LevelIn extends Leaf {
    private final String program;
    private final Values wanted;

    LevelIn(String type, String description, String program, Set<String> wanted) {
      super(type, description);
      this.program = program.intern();  // facts built with a literal key then find it by reference
      this.wanted = new Values(wanted);
    }

    @Override
    boolean holds(Facts facts) {
      return wanted.contains(facts.levels().get(program));
    }

    @Override
    String detail(Facts facts) {
      return facts.level(program).map(l -> program + " level is " + l)
          .orElse("the customer's " + program + " level is not known");
    }
  }

  /** Any of the customer's segments is one of a list. */
  private static final class Segment extends Leaf {
    private final String[] wanted;

    Segment(List<String> in) {
      super("segment", "segment in " + list(in));
      this.wanted = Set.copyOf(in).toArray(String[]::new);
    }

    @Override
    boolean holds(Facts facts) {
      Optional<Customer> c = facts.customer();
      return c.isPresent() && containsAny(c.get().segments(), wanted);
    }

    @Override
    String detail(Facts facts) {
      return facts.customer().map(c -> "segments are " + list(c.segments())).orElse("no customer is known");
    }
  }

  /** An attribute of the case, or else of the customer, is one of a list. */
  private static final class AttributeIn extends Leaf {
    private final String name;
    private final Values wanted;

    AttributeIn(String name, List<String> in, String description) {
      super("attribute", description);
      this.name = name.intern();  // facts built with a literal key then find it by reference
      this.wanted = new Values(in);
    }

    @Override
    boolean holds(Facts facts) {
      return wanted.contains(attribute(facts, name));
    }

    @Override
    String detail(Facts facts) {
      String value = attribute(facts, name);
      return value != null ? name + " is " + value : "no attribute " + name + " on the case or the customer";
    }
  }

  /**
   * The customer joined at least a period before the evaluation's date (UTC): the date joined
   * plus the period is not after that date. Computed on epoch days, so that the test builds no
   * dates ({@link CalendarDays#plus} adds a period as {@code LocalDate.plus} does).
   */
  private static final class Since extends Leaf {
    private final Period atLeast;

    Since(Period atLeast) {
      super("customer-since", "customer-since at least " + atLeast);
      this.atLeast = atLeast;
    }

    @Override
    boolean holds(Facts facts) {
      Customer c = facts.customer().orElse(null);
      LocalDate joined = c == null ? null : c.joined().orElse(null);
      Instant asOf = facts.asOf().orElse(null);
      if (joined == null || asOf == null) {
        return false;
      }
      return CalendarDays.plus(joined, atLeast) <= Math.floorDiv(asOf.getEpochSecond(), CalendarDays.SECONDS_PER_DAY);
    }

    @Override
    String detail(Facts facts) {
      Optional<LocalDate> joined = facts.customer().flatMap(Customer::joined);
      if (joined.isEmpty() || facts.asOf().isEmpty()) {
        return "the customer's joining date or the evaluation instant is not known";
      }
      return "joined " + joined.get() + ", today is " + LocalDate.ofInstant(facts.asOf().get(), ZoneOffset.UTC);
    }
  }

  static final ConditionType<Metric> METRIC = ConditionType.of("metric", Metric.class, (p, ctx) -> {
    ctx.metrics().ifPresent(known -> {
      if (!known.contains(p.metric())) {
        throw new RuleDefinitionException("metric", "unknown metric \"" + p.metric()
            + "\"; this program defines: " + Leaf.list(known.stream().sorted().toList()));
      }
    });
    return new MetricCondition(p.metric(), p.atLeast());
  });

  /** The {@code metric} condition; exposes its threshold for progress reports. */
  record MetricCondition(String metric, BigDecimal atLeast) implements Condition, MetricThreshold {
    @Override
    public String type() {
      return "metric";
    }

    @Override
    public boolean test(Facts facts) {
      Objects.requireNonNull(facts, "facts");
      Optional<BigDecimal> v = facts.metric(metric);
      return v.isPresent() && v.get().compareTo(atLeast) >= 0;
    }

    @Override
    public Explanation explain(Facts facts) {
      Objects.requireNonNull(facts, "facts");
      Optional<BigDecimal> v = facts.metric(metric);
      return Explanation.leaf("metric " + metric + " at least " + atLeast.toPlainString(), test(facts),
          v.map(x -> metric + " is " + x.toPlainString()).orElse("metric " + metric + " is not known"));
    }
  }

  /** The case's attribute {@code name}, or else the customer's; null when neither has it. */
  private static String attribute(Facts facts, String name) {
    String onCase = facts.caseAttributes().get(name);
    if (onCase != null) {
      return onCase;
    }
    Customer c = facts.customer().orElse(null);
    return c == null ? null : c.attributes().get(name);
  }

  private static List<String> levelsOf(String program, RuleContext ctx) {
    return ctx.levels(program).orElseThrow(() -> new RuleDefinitionException("program",
        "unknown program \"" + program + "\"; the configuration defines: "
            + Leaf.list(ctx.programs().stream().sorted().toList())));
  }

  private static void requireLevel(List<String> levels, String program, String level, String parameter) {
    if (!levels.contains(level)) {
      throw new RuleDefinitionException(parameter, "unknown level \"" + level + "\" in program \""
          + program + "\"; its levels are " + Leaf.list(levels));
    }
  }
}
