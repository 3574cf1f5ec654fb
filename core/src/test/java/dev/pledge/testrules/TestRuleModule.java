package dev.pledge.testrules;

import dev.pledge.customer.Activity;
import dev.pledge.escalation.CaseHistory;
import dev.pledge.escalation.WorkingTimeTrigger;
import dev.pledge.rule.Condition;
import dev.pledge.rule.ConditionType;
import dev.pledge.rule.Conditions;
import dev.pledge.rule.Explanation;
import dev.pledge.rule.Facts;
import dev.pledge.rule.MetricThreshold;
import dev.pledge.rule.MetricType;
import dev.pledge.rule.RuleModule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rule module of core's own tests, so that core's types (the loader, {@code Pledge}, the
 * engines, rule sets) are tested in core without the standard module of pledge-rules. Its types
 * are deliberately few and named apart from the standard ones ({@code at-least}, not
 * {@code metric}), so that no test here stands in for the standard module's behaviour: that is
 * tested in pledge-rules. Register it in code: {@code Pledge.builder().withoutDiscovery().module(new
 * TestRuleModule())}; tests that build engines in code use the static factories.
 *
 * <ul>
 *   <li>conditions: {@code at-least} (metric, atLeast), a metric threshold tier programs report
 *       progress on; {@code level-is} (program, level); {@code channel-is} (channel);
 *       {@code priority-is} (priority); {@code deadline-passed} (metric), for escalation steps: the
 *       latest instance of the metric is breached (a working-time trigger);
 *   <li>metrics: {@code total} (field), the sum of a numeric field; {@code count}, the number of
 *       activities.
 * </ul>
 */
public final class TestRuleModule implements RuleModule {

  /** Parameters of {@code at-least}. */
  public record AtLeastParams(@NotBlank String metric, @NotNull BigDecimal atLeast) {}

  /** Parameters of {@code level-is}. */
  public record LevelParams(@NotBlank String program, @NotBlank String level) {}

  /** Parameters of {@code channel-is}. */
  public record ChannelParams(@NotBlank String channel) {}

  /** Parameters of {@code priority-is}. */
  public record PriorityParams(@NotBlank String priority) {}

  /** Parameters of {@code deadline-passed}. */
  public record DeadlineParams(@NotBlank String metric) {}

  /** Parameters of {@code total}. */
  public record TotalParams(@NotBlank String field) {}

  /** Parameters of {@code count}: none. */
  public record CountParams() {}

  @Override
  public String name() {
    return "core-tests";
  }

  @Override
  public List<ConditionType<?>> conditionTypes() {
    return List.of(
        ConditionType.of("at-least", AtLeastParams.class, (p, c) -> new AtLeast(p.metric(), p.atLeast())),
        ConditionType.of("level-is", LevelParams.class, (p, c) -> levelIs(p.program(), p.level())),
        ConditionType.of("channel-is", ChannelParams.class, (p, c) -> channelIs(p.channel())),
        ConditionType.of("priority-is", PriorityParams.class, (p, c) -> priorityIs(p.priority())),
        ConditionType.of("deadline-passed", DeadlineParams.class, (p, c) -> new DeadlinePassed(p.metric())));
  }

  @Override
  public List<MetricType<?>> metricTypes() {
    return List.of(
        MetricType.of("total", TotalParams.class, (p, c) -> total(p.field())),
        MetricType.of("count", CountParams.class, (p, c) -> count()));
  }

  /** {@code metric >= atLeast}: the {@code at-least} condition. */
  public record AtLeast(String metric, BigDecimal atLeast) implements Condition, MetricThreshold {
    @Override
    public String type() {
      return "at-least";
    }

    @Override
    public boolean test(Facts facts) {
      return facts.metric(metric).map(v -> v.compareTo(atLeast) >= 0).orElse(false);
    }

    @Override
    public Explanation explain(Facts facts) {
      return Explanation.leaf(metric + " >= " + atLeast, test(facts), "");
    }
  }

  /** The latest instance of {@code metric} is past its deadline: the {@code deadline-passed} condition. */
  public record DeadlinePassed(String metric) implements Condition, WorkingTimeTrigger {
    @Override
    public String type() {
      return "deadline-passed";
    }

    @Override
    public BigDecimal share() {
      return BigDecimal.ONE;
    }

    @Override
    public boolean test(Facts facts) {
      return facts.extension(CaseHistory.class).map(h -> h.breached(metric)).orElse(false);
    }

    @Override
    public Explanation explain(Facts facts) {
      return Explanation.leaf(metric + " deadline passed", test(facts), "");
    }
  }

  /** {@code metric >= value}. */
  public static Condition atLeast(String metric, long value) {
    return new AtLeast(metric, BigDecimal.valueOf(value));
  }

  /** Any of the parts. */
  public static Condition any(Condition... parts) {
    return Conditions.any(List.of(parts));
  }

  /** All of the parts. */
  public static Condition all(Condition... parts) {
    return Conditions.all(List.of(parts));
  }

  /** The customer's level in {@code program} is {@code level}. */
  public static Condition levelIs(String program, String level) {
    return equalTo("level-is", program + " level is " + level, f -> f.level(program), level);
  }

  /** The case came in on {@code channel}. */
  public static Condition channelIs(String channel) {
    return equalTo("channel-is", "channel is " + channel, Facts::channel, channel);
  }

  /** The case has priority {@code priority}. */
  public static Condition priorityIs(String priority) {
    return equalTo("priority-is", "priority is " + priority, Facts::priority, priority);
  }

  private static Condition equalTo(String type, String description, Function<Facts, Optional<String>> read,
      String wanted) {
    return new Condition() {
      @Override
      public String type() {
        return type;
      }

      @Override
      public Explanation explain(Facts facts) {
        Optional<String> value = read.apply(facts);
        return Explanation.leaf(description, value.filter(wanted::equals).isPresent(),
            "value is " + value.orElse("unknown"));
      }
    };
  }

  /** The sum of a numeric field (activities without it add nothing). */
  public static MetricType.Metric total(String field) {
    return () -> new MetricType.Accumulator() {
      private BigDecimal total = BigDecimal.ZERO;

      @Override
      public void add(Activity activity) {
        activity.number(field).ifPresent(v -> total = total.add(v));
      }

      @Override
      public BigDecimal value() {
        return total;
      }
    };
  }

  /** The number of activities. */
  public static MetricType.Metric count() {
    return () -> new MetricType.Accumulator() {
      private long n;

      @Override
      public void add(Activity activity) {
        n++;
      }

      @Override
      public BigDecimal value() {
        return BigDecimal.valueOf(n);
      }
    };
  }
}
