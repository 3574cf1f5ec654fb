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
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Collections;
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
    Set<String> wanted = Set.copyOf(p.in());
    return new Leaf("tier", "tier " + p.program() + " in " + Leaf.list(p.in()),
        facts -> facts.level(p.program()).map(wanted::contains).orElse(false),
        facts -> levelDetail(facts, p.program()));
  });

  static final ConditionType<TierAtLeast> TIER_AT_LEAST = ConditionType.of("tier-at-least",
      TierAtLeast.class, (p, ctx) -> {
        List<String> levels = levelsOf(p.program(), ctx);
        requireLevel(levels, p.program(), p.level(), "level");
        int required = levels.indexOf(p.level());
        return new Leaf("tier-at-least", "tier-at-least " + p.program() + " " + p.level(),
            facts -> facts.level(p.program()).map(l -> levels.indexOf(l) >= required).orElse(false),
            facts -> levelDetail(facts, p.program()));
      });

  static final ConditionType<In> SEGMENT = ConditionType.of("segment", In.class, (p, ctx) -> {
    Set<String> wanted = Set.copyOf(p.in());
    return new Leaf("segment", "segment in " + Leaf.list(p.in()),
        facts -> facts.customer().map(c -> !Collections.disjoint(c.segments(), wanted)).orElse(false),
        facts -> facts.customer().map(c -> "segments are " + Leaf.list(c.segments()))
            .orElse("no customer is known"));
  });

  static final ConditionType<Attribute> ATTRIBUTE = ConditionType.of("attribute", Attribute.class,
      (p, ctx) -> {
        Set<String> wanted = p.in() != null ? Set.copyOf(p.in()) : Set.of(p.equals());
        String description = "attribute " + p.name()
            + (p.in() != null ? " in " + Leaf.list(p.in()) : " equals " + p.equals());
        return new Leaf("attribute", description,
            facts -> attribute(facts, p.name()).map(wanted::contains).orElse(false),
            facts -> attribute(facts, p.name()).map(v -> p.name() + " is " + v)
                .orElse("no attribute " + p.name() + " on the case or the customer"));
      });

  static final ConditionType<CustomerSince> CUSTOMER_SINCE = ConditionType.of("customer-since",
      CustomerSince.class, (p, ctx) -> {
        if (p.atLeast().isNegative()) {
          throw new RuleDefinitionException("atLeast", "must be a period >= P0D, but was " + p.atLeast());
        }
        return new Leaf("customer-since", "customer-since at least " + p.atLeast(),
            facts -> since(facts).map(s -> !s.joined().plus(p.atLeast()).isAfter(s.today())).orElse(false),
            facts -> since(facts).map(s -> "joined " + s.joined() + ", today is " + s.today())
                .orElse("the customer's joining date or the evaluation instant is not known"));
      });

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

  private record Since(LocalDate joined, LocalDate today) {}

  private static Optional<Since> since(Facts facts) {
    Optional<LocalDate> joined = facts.customer().flatMap(Customer::joined);
    if (joined.isEmpty() || facts.asOf().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Since(joined.get(), LocalDate.ofInstant(facts.asOf().get(), ZoneOffset.UTC)));
  }

  private static Optional<String> attribute(Facts facts, String name) {
    String onCase = facts.caseAttributes().get(name);
    if (onCase != null) {
      return Optional.of(onCase);
    }
    return facts.customer().map(c -> c.attributes().get(name));
  }

  private static String levelDetail(Facts facts, String program) {
    return facts.level(program).map(l -> program + " level is " + l)
        .orElse("the customer's " + program + " level is not known");
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
