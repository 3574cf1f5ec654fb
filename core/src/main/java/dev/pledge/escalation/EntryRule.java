package dev.pledge.escalation;

import dev.pledge.rule.Condition;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry rule: when a case opens, the first rule whose {@code when} holds chooses the line it
 * starts on (no {@code when} always holds).
 *
 * @param when the condition, on the customer and the case as opened; empty means every case
 * @param line the starting line, 0 to 3
 */
public record EntryRule(Optional<Condition> when, int line) {

  /**
   * Checks the components.
   *
   * @throws dev.pledge.InvalidValueException if the line is not 0 to 3
   */
  public EntryRule {
    Objects.requireNonNull(when, "when");
    SupportLine.checkLevel(line, "line");
  }

  /** A rule for every case. */
  public static EntryRule always(int line) {
    return new EntryRule(Optional.empty(), line);
  }

  /** A rule for the cases {@code when} selects. */
  public static EntryRule when(Condition when, int line) {
    return new EntryRule(Optional.of(Objects.requireNonNull(when, "when")), line);
  }
}
