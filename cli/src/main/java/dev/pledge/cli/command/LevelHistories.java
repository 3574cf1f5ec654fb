package dev.pledge.cli.command;

import dev.pledge.PledgeException;
import dev.pledge.tier.TierChange;
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
  /** A level at first and its changes, oldest first. */
  private record Timeline(String initial, Instant[] at, String[] to) {
    String levelAt(Instant instant) {
      String level = initial;
      for (int i = 0; i < at.length && !at[i].isAfter(instant); i++) {
        level = to[i];
      }
      return level;
    }
  }

  private final List<String> programs;
  private final Map<String, Timeline[]> byCustomer = new HashMap<>();
  private final Map<String, String> failed = new HashMap<>();

  LevelHistories(List<String> programs) {
    this.programs = List.copyOf(programs);
  }

  /** Keeps {@code customer}'s statuses, one per program in the order given at construction. */
  void put(String customer, List<TierStatus> statuses) {
    Timeline[] timelines = new Timeline[programs.size()];
    for (int p = 0; p < timelines.length; p++) {
      TierStatus s = statuses.get(p);
      List<TierChange> history = s.history();
      Instant[] at = new Instant[history.size()];
      String[] to = new String[history.size()];
      for (int i = 0; i < at.length; i++) {
        at[i] = history.get(i).at();
        to[i] = history.get(i).to();
      }
      timelines[p] = new Timeline(history.isEmpty() ? s.level() : history.get(0).from(), at, to);
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
    Timeline[] timelines = byCustomer.get(customer);
    return timelines == null ? Optional.empty() : Optional.of(timelines[program].levelAt(at));
  }
}
