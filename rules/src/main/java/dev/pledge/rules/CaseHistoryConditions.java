package dev.pledge.rules;

import dev.pledge.escalation.CaseHistory;
import dev.pledge.escalation.SupportLine;
import dev.pledge.escalation.WorkingTimeTrigger;
import dev.pledge.rule.Condition;
import dev.pledge.rule.Explanation;
import dev.pledge.rule.ConditionType;
import dev.pledge.rule.Facts;
import dev.pledge.rule.RuleDefinitionException;
import dev.pledge.sla.Metric;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Conditions on a case's history, used by escalation steps: {@code elapsed}, {@code breached},
 * {@code remaining}, {@code transfers}, {@code reopened}, {@code customer-messages} and {@code line}. They read the
 * {@link CaseHistory} fact; without it they are false and say so.
 */
final class CaseHistoryConditions {
  private CaseHistoryConditions() {}

  private static final String NO_HISTORY = "no case history is known here";

  record Elapsed(@NotBlank String metric, @NotNull @DecimalMin(value = "0", inclusive = false,
      message = "must be a number > 0 (a share of the target: 0.75 is 75 %)") BigDecimal atLeast) {}

  record Breached(@NotBlank String metric) {}

  record Remaining(@NotBlank String metric, @NotNull Duration atMost) {}

  record Count(@NotNull @Min(1) Integer atLeast) {}

  record Line(@NotEmpty List<@NotNull @Min(0) @Max(3) Integer> in) {}

  static final ConditionType<Elapsed> ELAPSED = ConditionType.of("elapsed", Elapsed.class, (p, ctx) -> {
    requireMetric(p.metric());
    return new Trigger("elapsed", "elapsed " + p.metric() + " at least " + p.atLeast().toPlainString()
        + " of target", p.metric(), p.atLeast());
  });

  static final ConditionType<Breached> BREACHED = ConditionType.of("breached", Breached.class, (p, ctx) -> {
    requireMetric(p.metric());
    return new Trigger("breached", "breached " + p.metric(), p.metric(), BigDecimal.ONE);
  });

  static final ConditionType<Remaining> REMAINING = ConditionType.of("remaining", Remaining.class, (p, ctx) -> {
    requireMetric(p.metric());
    if (p.atMost().isNegative()) {
      throw new RuleDefinitionException("atMost", "must be a duration >= PT0S (the working time left), but was "
          + p.atMost());
    }
    return new TimeLeft(p.metric(), p.atMost());
  });

  /**
   * {@code remaining}: the latest instance of a metric runs and has at most {@code atMost} of
   * working time left before its target. A {@link WorkingTimeTrigger} at the whole target less
   * {@code atMost}, holding only while the instance runs.
   */
  record TimeLeft(String metric, Duration atMost) implements Condition, WorkingTimeTrigger {
    @Override
    public String type() {
      return "remaining";
    }

    @Override
    public BigDecimal share() {
      return BigDecimal.ONE;
    }

    @Override
    public Duration before() {
      return atMost;
    }

    @Override
    public boolean whileRunning() {
      return true;
    }

    @Override
    public boolean test(Facts facts) {
      Objects.requireNonNull(facts, "facts");
      CaseHistory h = facts.extension(CaseHistory.class).orElse(null);
      return h != null && h.remainingAtMost(metric, atMost);
    }

    @Override
    public Explanation explain(Facts facts) {
      Objects.requireNonNull(facts, "facts");
      Optional<CaseHistory> h = history(facts);
      boolean held = test(facts);
      String detail = h.map(x -> x.remaining(metric)
              .map(left -> metric + " has " + left + " of working time left"
                  + (held ? "" : left.compareTo(atMost) > 0 ? ", more than " + atMost
                      : ", but its latest instance has stopped"))
              .orElse(metric + " has no instance with a target"))
          .orElse(NO_HISTORY);
      return Explanation.leaf("remaining " + metric + " at most " + atMost, held, detail);
    }

    @Override
    public String toString() {
      return "remaining " + metric + " at most " + atMost;
    }
  }

  /**
   * {@code elapsed} and {@code breached}: the latest instance of a metric has used a share of its
   * target. A {@link WorkingTimeTrigger}, so the escalation engine computes when it becomes true.
   */
  record Trigger(String type, String description, String metric, BigDecimal share)
      implements Condition, WorkingTimeTrigger {
    @Override
    public boolean test(Facts facts) {
      Objects.requireNonNull(facts, "facts");
      CaseHistory h = facts.extension(CaseHistory.class).orElse(null);
      return h != null && h.reached(metric, share);
    }

    @Override
    public Explanation explain(Facts facts) {
      Objects.requireNonNull(facts, "facts");
      Optional<CaseHistory> h = history(facts);
      boolean held = test(facts);
      String detail = h.map(x -> x.elapsedFraction(metric)
              .map(f -> metric + " has used " + f.toPlainString() + " of its target"
                  + (held ? "" : ", below " + share.toPlainString()))
              .orElse(metric + " has no instance with a target"))
          .orElse(NO_HISTORY);
      return Explanation.leaf(description, held, detail);
    }

    @Override
    public String toString() {
      return description;
    }
  }

  static final ConditionType<Count> TRANSFERS = count("transfers", CaseHistory::transfers);

  static final ConditionType<Count> REOPENED = count("reopened", CaseHistory::reopened);

  static final ConditionType<Count> CUSTOMER_MESSAGES =
      count("customer-messages", CaseHistory::customerMessagesSinceReply);

  static final ConditionType<Line> LINE = ConditionType.of("line", Line.class, (p, ctx) -> new OnLine(p.in()));

  private static ConditionType<Count> count(String name, ToIntFunction<CaseHistory> read) {
    return ConditionType.of(name, Count.class, (p, ctx) -> new CountAtLeast(name, read, p.atLeast()));
  }

  /** The case is on one of a list of support lines. */
  private static final class OnLine extends Leaf {
    private final boolean[] wanted = new boolean[SupportLine.DEFAULTS.size()];  // lines 0 to 3

    OnLine(List<Integer> in) {
      super("line", "line in " + in);
      in.forEach(line -> wanted[line] = true);
    }

    @Override
    boolean holds(Facts facts) {
      CaseHistory h = facts.extension(CaseHistory.class).orElse(null);
      int line = h == null ? -1 : h.line();
      return line >= 0 && line < wanted.length && wanted[line];
    }

    @Override
    String detail(Facts facts) {
      return history(facts).map(h -> "the case is on line " + h.line()).orElse(NO_HISTORY);
    }
  }

  /** A count read off the case's history ({@code transfers}, ...) is at least a number. */
  private static final class CountAtLeast extends Leaf {
    private final String name;
    private final ToIntFunction<CaseHistory> read;
    private final int atLeast;

    CountAtLeast(String name, ToIntFunction<CaseHistory> read, int atLeast) {
      super(name, name + " at least " + atLeast);
      this.name = name;
      this.read = read;
      this.atLeast = atLeast;
    }

    @Override
    boolean holds(Facts facts) {
      CaseHistory h = facts.extension(CaseHistory.class).orElse(null);
      return h != null && read.applyAsInt(h) >= atLeast;
    }

    @Override
    String detail(Facts facts) {
      return history(facts).map(h -> name + " is " + read.applyAsInt(h)).orElse(NO_HISTORY);
    }
  }

  private static Optional<CaseHistory> history(Facts facts) {
    return facts.extension(CaseHistory.class);
  }

  private static void requireMetric(String metric) {
    if (Metric.fromWireName(metric).isEmpty()) {
      throw new RuleDefinitionException("metric", "unknown promise metric \"" + metric + "\"; expected one of "
          + Arrays.stream(Metric.values()).map(Metric::wireName).toList());
    }
  }
}
