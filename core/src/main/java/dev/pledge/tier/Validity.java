package dev.pledge.tier;

import com.fasterxml.jackson.annotation.JsonValue;

/** How long an earned level holds. */
public enum Validity {
  /**
   * A level earned in period <i>k</i> holds through the end of period <i>k+1</i>; at the end of
   * <i>k</i> the level becomes {@code max(E_k, floor)}.
   */
  NEXT_PERIOD("next-period"),
  /** A level holds to the end of the period in which it was earned; at the boundary it falls to the floor. */
  CURRENT_PERIOD("current-period");

  private final String id;

  Validity(String id) {
    this.id = id;
  }

  /** The JSON name. */
  @JsonValue
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
