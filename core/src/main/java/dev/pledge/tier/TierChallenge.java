package dev.pledge.tier;

import dev.pledge.InvalidValueException;
import dev.pledge.rule.Condition;
import java.util.Objects;

/**
 * A status challenge: a {@code challenge} event grants {@code level} at once for {@code days}
 * days (to the midnight, in the program's zone, that starts the day {@code days} after the
 * event's day); meeting {@code qualify} on the metrics counted since the event within that window
 * turns it into an earned level with the program's normal validity, otherwise it lapses.
 *
 * @param level the level granted
 * @param days the window in days, at least 1
 * @param qualify what must be met within the window, on metrics counted from the event
 */
public record TierChallenge(String level, int days, Condition qualify) {

  /** Checks the components. */
  public TierChallenge {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(qualify, "qualify");
    if (days < 1) {
      throw new InvalidValueException("days", "challenge days must be at least 1, but was " + days);
    }
  }
}
