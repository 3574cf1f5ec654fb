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

  private final String wireName;

  Validity(String wireName) {
    this.wireName = wireName;
  }

  /** The name as written in JSON ({@code next-period}). */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** The JSON name: the same as {@link #wireName()}. */
  public String id() {
    return wireName;
  }

  /** The validity written {@code name} in JSON, or empty if there is none. */
  public static java.util.Optional<Validity> fromWireName(String name) {
    java.util.Objects.requireNonNull(name, "name");
    return java.util.Arrays.stream(values()).filter(v -> v.wireName.equals(name)).findFirst();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
