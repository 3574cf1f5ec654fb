package dev.pledge.cli.command;

import dev.pledge.PledgeException;
import dev.pledge.tier.LevelTimeline;
import dev.pledge.tier.TierStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each customer's level over time in every program, kept from their statuses at {@code asOf} (the
 * level at an instant is that of the last change at or before it), so that activities can be read
 * once, customer by customer, and cases still find their customer's level at their opening. About
 * 100 bytes a customer and program, plus 40 a change.
 */
final class LevelHistories {
  private final List<String> programs;
  private final Map<String, LevelTimeline[]> byCustomer = new HashMap<>();
  private final Map<String, String> failed = new HashMap<>();

  LevelHistories(List<String> programs) {
    this.programs = List.copyOf(programs);
  }

  /** Keeps {@code customer}'s statuses, one per program in the order given at construction. */
  void put(String customer, List<TierStatus> statuses) {
    LevelTimeline[] timelines = new LevelTimeline[programs.size()];
    for (int p = 0; p < timelines.length; p++) {
      timelines[p] = LevelTimeline.of(statuses.get(p));
    }
    byCustomer.put(customer, timelines);
  }

  /** Remembers that {@code customer}'s levels could not be evaluated, and why. */
  void fail(String customer, String reason) {
    failed.put(customer, reason);
  }

  /**
   * The level {@code customer} held in program number {@code program} at {@code at}, if the customer was kept.
   *
   * @throws PledgeException if the customer's levels could not be evaluated: a case of theirs cannot
   *     choose its policy
   */
  Optional<String> levelAt(String customer, int program, Instant at) {
    String reason = failed.get(customer);
    if (reason != null) {
      throw new PledgeException("the levels of customer \"" + customer + "\" could not be evaluated: " + reason);
    }
    LevelTimeline[] timelines = byCustomer.get(customer);
    return timelines == null ? Optional.empty() : Optional.of(timelines[program].levelAt(at));
  }
}
