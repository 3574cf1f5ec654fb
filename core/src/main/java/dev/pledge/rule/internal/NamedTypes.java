package dev.pledge.rule.internal;

import dev.pledge.rule.ActionType;
import dev.pledge.rule.Condition;
import dev.pledge.rule.ConditionType;
import dev.pledge.rule.MetricType;
import dev.pledge.rule.RuleContext;
import java.util.Objects;
import java.util.function.BiFunction;

/** The types made by {@code ConditionType.of}, {@code MetricType.of} and {@code ActionType.of}. */
public final class NamedTypes {
  private NamedTypes() {}

  /** A condition type from a name, a parameter record and a factory. */
  public record OfCondition<P>(String name, Class<P> parameters, BiFunction<P, RuleContext, Condition> factory)
      implements ConditionType<P> {
    /** Checks the components. */
    public OfCondition {
      check(name, parameters, factory);
    }

    @Override
    public Condition create(P p, RuleContext context) {
      checkArguments(p, context);
      return factory.apply(p, context);
    }

    @Override
    public String toString() {
      return "ConditionType[" + name + "]";
    }
  }

  /** A metric type from a name, a parameter record and a factory. */
  public record OfMetric<P>(String name, Class<P> parameters, BiFunction<P, RuleContext, MetricType.Metric> factory)
      implements MetricType<P> {
    /** Checks the components. */
    public OfMetric {
      check(name, parameters, factory);
    }

    @Override
    public MetricType.Metric create(P p, RuleContext context) {
      checkArguments(p, context);
      return factory.apply(p, context);
    }

    @Override
    public String toString() {
      return "MetricType[" + name + "]";
    }
  }

  /** An action type from a name, a parameter record and a factory. */
  public record OfAction<P>(String name, Class<P> parameters, BiFunction<P, RuleContext, ?> factory)
      implements ActionType<P> {
    /** Checks the components. */
    public OfAction {
      check(name, parameters, factory);
    }

    @Override
    public Object create(P p, RuleContext context) {
      checkArguments(p, context);
      return Objects.requireNonNull(factory.apply(p, context), "the factory of action type " + name);
    }

    @Override
    public String toString() {
      return "ActionType[" + name + "]";
    }
  }

  /** The arguments of {@code create}, named as the interfaces name them. */
  private static void checkArguments(Object parameters, RuleContext context) {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(context, "context");
  }

  private static void check(String name, Class<?> parameters, Object factory) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(factory, "factory");
  }
}
