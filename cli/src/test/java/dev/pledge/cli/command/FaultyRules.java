package dev.pledge.cli.command;

import dev.pledge.customer.Activity;
import dev.pledge.rule.Condition;
import dev.pledge.rule.ConditionType;
import dev.pledge.rule.Explanation;
import dev.pledge.rule.Facts;
import dev.pledge.rule.MetricType;
import dev.pledge.rule.RuleModule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule module with bugs, as a third party's module might have: its condition and its metric fail
 * inside Pledge's evaluation, with exceptions that are not Pledge's, for chosen records. Not on the
 * test class path as a service (it would change {@code pledge schema} and {@code validate}):
 * {@link Forked} puts it there for a {@code pledge} run in a JVM of its own.
 *
 * <ul>
 *   <li>condition {@code faulty}: false, except for a case or facts on channel {@code bug} (throws
 *       {@link IllegalStateException}), {@code deep} (recurses until the stack overflows) or
 *       {@code hog} (allocates until the heap is exhausted);
 *   <li>metric {@code faulty}: counts activities, and fails like the condition on an activity of
 *       kind {@code bug}, {@code deep} or {@code hog}.
 * </ul>
 */
public final class FaultyRules implements RuleModule {
  /** The parameters of both types: none. */
  public record None() {}

  @Override
  public String name() {
    return "faulty";
  }

  @Override
  public List<ConditionType<?>> conditionTypes() {
    return List.of(ConditionType.of("faulty", None.class, (p, c) -> new Faulty()));
  }

  @Override
  public List<MetricType<?>> metricTypes() {
    return List.of(MetricType.of("faulty", None.class, (p, c) -> () -> new MetricType.Accumulator() {
      private long count;

      @Override
      public void add(Activity activity) {
        fail(activity.kind());
        count++;
      }

      @Override
      public BigDecimal value() {
        return BigDecimal.valueOf(count);
      }
    }));
  }

  /** The {@code faulty} condition. */
  static final class Faulty implements Condition {
    @Override
    public String type() {
      return "faulty";
    }

    @Override
    public Explanation explain(Facts facts) {
      String channel = facts.channel().orElse("");
      fail(channel);
      return Explanation.leaf("faulty", false, "channel is " + channel);
    }
  }

  /** Fails as {@code trigger} says; does nothing for any other word. */
  static void fail(String trigger) {
    switch (trigger) {
      case "bug" -> throw new IllegalStateException("a bug in the faulty module");
      case "deep" -> recurse(0);
      case "hog" -> hog();
      default -> { }
    }
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }

  private static void hog() {
    List<long[]> held = new ArrayList<>();
    while (true) {
      held.add(new long[1 << 16]);
    }
  }
}
