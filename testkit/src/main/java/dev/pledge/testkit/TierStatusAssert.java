package dev.pledge.testkit;

import dev.pledge.rule.Explanation;
import dev.pledge.rule.Facts;
import dev.pledge.tier.TierChange;
import dev.pledge.tier.TierLevel;
import dev.pledge.tier.TierProgram;
import dev.pledge.tier.TierReason;
import dev.pledge.tier.TierStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link TierStatus}. Every failure message shows the whole status: level, reason,
 * validity, metric values, the progress towards the next level and what retaining the current one
 * asks, and the history of changes. Given the program ({@link #in(TierProgram)}), a wrong level also
 * shows how the expected level's {@code qualify} fared on the running period's metrics.
 */
public final class TierStatusAssert extends AbstractObjectAssert<TierStatusAssert, TierStatus> {
  private Optional<TierProgram> program = Optional.empty();

  TierStatusAssert(TierStatus actual) {
    super(actual, TierStatusAssert.class);
  }

  /**
   * Uses {@code tierProgram} to explain failures: a wrong level shows the expected level's
   * {@code qualify} evaluated on the status's metrics.
   */
  public TierStatusAssert in(TierProgram tierProgram) {
    program = Optional.of(Objects.requireNonNull(tierProgram, "tierProgram"));
    return this;
  }

  /** Verifies that the customer holds {@code level}. */
  public TierStatusAssert hasLevel(String level) {
    Objects.requireNonNull(level, "level");
    isNotNull();
    if (!actual.level().equals(level)) {
      fail("Expected level <" + level + "> but was <" + actual.level() + ">" + qualifyOf(level));
    }
    return this;
  }

  /** Verifies that {@code validUntil} is {@code date}: the last day the level holds. */
  public TierStatusAssert isValidUntil(LocalDate date) {
    Objects.requireNonNull(date, "date");
    isNotNull();
    if (!actual.validUntil().equals(Optional.of(date))) {
      fail("Expected the level to be valid until <" + date + "> but it was valid until <"
          + actual.validUntil().map(Object::toString).orElse("no end") + ">");
    }
    return this;
  }

  /** Verifies that the level holds with no end: the base level, or a lifetime level. */
  public TierStatusAssert isValidIndefinitely() {
    isNotNull();
    if (actual.validUntil().isPresent()) {
      fail("Expected the level to hold with no end but it was valid until <" + actual.validUntil().get() + ">");
    }
    return this;
  }

  /** Verifies why the customer holds the level. */
  public TierStatusAssert hasReason(TierReason reason) {
    Objects.requireNonNull(reason, "reason");
    isNotNull();
    if (actual.reason() != reason) {
      fail("Expected reason <" + reason + "> but was <" + actual.reason() + ">");
    }
    return this;
  }

  /**
   * Verifies why the customer holds the level, written as in JSON ({@code soft-landing}).
   *
   * @throws IllegalArgumentException if {@code reason} names no {@link TierReason}
   */
  public TierStatusAssert hasReason(String reason) {
    Objects.requireNonNull(reason, "reason");
    return hasReason(TierReason.valueOf(reason.toUpperCase(Locale.ROOT).replace('-', '_')));
  }

  /** Verifies that the current level was reached at {@code since}. */
  public TierStatusAssert hasSince(Instant since) {
    Objects.requireNonNull(since, "since");
    isNotNull();
    if (!actual.since().equals(since)) {
      fail("Expected the level to be held since <" + since + "> but it was since <" + actual.since() + ">");
    }
    return this;
  }

  /** Verifies that the history has a change of level at {@code at}. */
  public TierStatusAssert changedAt(Instant at) {
    Objects.requireNonNull(at, "at");
    isNotNull();
    if (changesAt(at).isEmpty()) {
      fail("Expected a change of level at <" + at + "> but there was none then");
    }
    return this;
  }

  /** Verifies that the history has a change to {@code level} at {@code at}. */
  public TierStatusAssert changedAt(Instant at, String level) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(level, "level");
    isNotNull();
    if (changesAt(at).stream().noneMatch(c -> c.to().equals(level))) {
      fail("Expected a change to <" + level + "> at <" + at + "> but there was none");
    }
    return this;
  }

  /** Verifies that the level never changed. */
  public TierStatusAssert hasNoChanges() {
    isNotNull();
    if (!actual.history().isEmpty()) {
      fail("Expected no change of level but there were " + actual.history().size());
    }
    return this;
  }

  /** Verifies the value of a metric in the running period (compared by value: 2 equals 2.0). */
  public TierStatusAssert hasMetric(String metric, BigDecimal value) {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(value, "value");
    isNotNull();
    BigDecimal v = actual.metrics().get(metric);
    if (v == null || v.compareTo(value) != 0) {
      fail("Expected metric <" + metric + "> to be <" + value.toPlainString() + "> but was <"
          + (v == null ? "absent" : v.toPlainString()) + ">");
    }
    return this;
  }

  /** Like {@link #hasMetric(String, BigDecimal)} for a whole number. */
  public TierStatusAssert hasMetric(String metric, long value) {
    Objects.requireNonNull(metric, "metric");
    return hasMetric(metric, BigDecimal.valueOf(value));
  }

  private List<TierChange> changesAt(Instant at) {
    return actual.history().stream().filter(c -> c.at().equals(at)).toList();
  }

  private String qualifyOf(String level) {
    if (program.isEmpty()) {
      return "";
    }
    Optional<TierLevel> expected = program.get().levels().stream().filter(l -> l.id().equals(level)).findFirst();
    if (expected.isEmpty()) {
      return "\nprogram " + program.get().name() + " has no level " + level + "; its levels are "
          + program.get().levels().stream().map(TierLevel::id).toList();
    }
    if (expected.get().qualify().isEmpty()) {
      return "\nlevel " + level + " has no qualify: it is the base level or only sold or granted";
    }
    Facts facts = Facts.builder().metrics(Facts.MetricValues.of(actual.metrics())).build();
    Explanation why = expected.get().qualify().get().explain(facts);
    return "\n" + level + " qualify on the running period's metrics:\n" + why.render().indent(2).stripTrailing();
  }

  private void fail(String message) {
    failWithMessage("%s", message + "\n" + Render.status(actual));
  }
}
