package dev.pledge.tier;

import dev.pledge.InvalidValueException;
import dev.pledge.rule.Condition;
import java.util.Objects;
import java.util.Optional;

/**
 * A level of a tier program.
 *
 * @param id the level's id, unique in its program
 * @param qualify what the period's metrics must satisfy to earn the level; empty for the base
 *     level and for levels that are only sold, granted or overridden
 * @param lifetime what the all-time metrics must satisfy to hold the level for ever, if any
 */
public record TierLevel(String id, Optional<Condition> qualify, Optional<Condition> lifetime) {

  /** Checks the components. */
  public TierLevel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(qualify, "qualify");
    Objects.requireNonNull(lifetime, "lifetime");
    if (id.isBlank()) {
      throw new InvalidValueException("id", "level id must not be blank");
    }
  }
}
