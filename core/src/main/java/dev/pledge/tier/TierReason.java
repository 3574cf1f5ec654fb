package dev.pledge.tier;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Why a customer holds a level. Written in JSON in lower case with hyphens ({@code soft-landing}).
 */
public enum TierReason {
  /** The base level: nothing else applies. */
  BASE,
  /** Earned by qualifying (or by meeting a challenge) under the program's validity. */
  QUALIFIED,
  /** Kept after a review by the soft-landing floor ({@code maxDrop}) rather than by qualifying. */
  SOFT_LANDING,
  /** A permanent floor reached through a level's {@code lifetime} condition. */
  LIFETIME,
  /** A paid level from a {@code subscription} event. */
  SUBSCRIPTION,
  /** Granted for a challenge's window, not yet met. */
  CHALLENGE,
  /** Set by an {@code override} event until its {@code until}. */
  OVERRIDE;

  /** The JSON name: lower case with hyphens ({@code soft-landing}). */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String toString() {
    return id();
  }
}
