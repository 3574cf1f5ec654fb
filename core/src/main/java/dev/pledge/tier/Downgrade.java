package dev.pledge.tier;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.pledge.InvalidValueException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What happens at a review when the customer did not earn the level held: the floor below
 * which the level cannot fall at that review.
 *
 * @param mode {@link Mode#SOFT_LANDING} (at most {@code maxDrop} levels a review) or
 *     {@link Mode#TO_QUALIFIED} (straight to the level earned, possibly the base)
 * @param maxDrop for soft landing, the most levels lost at one review (at least 1); 0 for to-qualified
 */
public record Downgrade(Mode mode, int maxDrop) {

  /** The downgrade modes. */
  public enum Mode {
    /** Drop at most {@code maxDrop} levels a review. */
    SOFT_LANDING("soft-landing"),
    /** Drop to the level earned. */
    TO_QUALIFIED("to-qualified");

    private final String wireName;

    Mode(String wireName) {
      this.wireName = wireName;
    }

    /** The name as written in JSON ({@code soft-landing}). */
    @JsonValue
    public String wireName() {
      return wireName;
    }

    /** The mode written {@code name} in JSON, or empty if there is none. */
    public static Optional<Mode> fromWireName(String name) {
      java.util.Objects.requireNonNull(name, "name");
      return Arrays.stream(values()).filter(m -> m.wireName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
      return wireName;
    }
  }

  /** Checks the components. */
  public Downgrade {
    Objects.requireNonNull(mode, "mode");
    if (mode == Mode.SOFT_LANDING && maxDrop < 1) {
      throw new InvalidValueException("maxDrop", "maxDrop must be at least 1, but was " + maxDrop,
          "a soft landing drops at least 1 level a review, but maxDrop was " + maxDrop);
    }
    if (mode == Mode.TO_QUALIFIED && maxDrop != 0) {
      throw new InvalidValueException("maxDrop", "maxDrop applies only to soft-landing, but was " + maxDrop);
    }
  }

  /** Soft landing: at most {@code maxDrop} (at least 1) levels lost a review. */
  public static Downgrade softLanding(int maxDrop) {
    return new Downgrade(Mode.SOFT_LANDING, maxDrop);
  }

  /** Straight to the level earned. */
  public static Downgrade toQualified() {
    return new Downgrade(Mode.TO_QUALIFIED, 0);
  }

  /** The lowest level index a review may leave a customer who holds {@code current}. */
  public int floor(int current) {
    return mode == Mode.SOFT_LANDING ? Math.max(0, current - maxDrop) : 0;
  }
}
