package dev.pledge.tier;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a what-if evaluation: the status without and with the hypothetical activities.
 * Nothing stored changes: both are computed from the inputs.
 *
 * @param before the status from the actual activities
 * @param after the status with the hypothetical activities added
 */
public record WhatIf(TierStatus before, TierStatus after) {

  /** Checks the components. */
  public WhatIf {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** Whether the hypothetical activities change the level held at {@code asOf}. */
  public boolean levelChanged() {
    return !before.level().equals(after.level());
  }

  /** Whether they change the last valid day. */
  public boolean validUntilChanged() {
    return !before.validUntil().equals(after.validUntil());
  }

  /** The changes of level that happen only with the hypothetical activities, oldest first. */
  public List<TierChange> newChanges() {
    return after.history().stream().filter(c -> !before.history().contains(c)).toList();
  }

  /** The changes of level that no longer happen with them, oldest first. */
  public List<TierChange> lostChanges() {
    return before.history().stream().filter(c -> !after.history().contains(c)).toList();
  }

  /** Per metric, {@code after - before} in the running period; metrics that do not move are left out. */
  public Map<String, BigDecimal> metricChanges() {
    Map<String, BigDecimal> out = new HashMap<>();
    after.metrics().forEach((name, value) -> {
      BigDecimal delta = value.subtract(before.metrics().getOrDefault(name, BigDecimal.ZERO));
      if (delta.signum() != 0) {
        out.put(name, delta);
      }
    });
    return Map.copyOf(out);
  }
}
