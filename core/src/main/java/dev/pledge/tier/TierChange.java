package dev.pledge.tier;

import dev.pledge.InvalidValueException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of a customer's level in a program.
 *
 * @param at when the level changed (an activity, a period boundary or an expiry)
 * @param from the level before
 * @param to the level after, never equal to {@code from}
 * @param reason why the customer holds {@code to}
 * @param note free text: the {@code reason} field of the override that caused the change, if any
 */
public record TierChange(Instant at, String from, String to, TierReason reason, Optional<String> note) {

  /** Checks the components. */
  public TierChange {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(note, "note");
    if (from.equals(to)) {
      throw new InvalidValueException("to", "a change must change the level, but from and to are both " + from);
    }
  }

  /** A change without a note. */
  public static TierChange of(Instant at, String from, String to, TierReason reason) {
    return new TierChange(at, from, to, reason, Optional.empty());
  }
}
