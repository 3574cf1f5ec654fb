package dev.pledge.tier;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** How an activity raises the earned level ({@code "upgrade"} of a program). */
public enum Upgrade {
  /** Straight to the highest level the period's metrics satisfy. */
  DIRECT("direct"),
  /**
   * One level at a time, each step restarting the period with its rollover, the new period's
   * opening values tested again at once; only with a period that restarts on a level change
   * ({@code since-level-change}).
   */
  STEPWISE("stepwise");

  private final String wireName;

  Upgrade(String wireName) {
    this.wireName = wireName;
  }

  /** The name as written in JSON ({@code stepwise}). */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** The upgrade written {@code name} in JSON, or empty if there is none. */
  public static Optional<Upgrade> fromWireName(String name) {
    java.util.Objects.requireNonNull(name, "name");
    return Arrays.stream(values()).filter(u -> u.wireName.equals(name)).findFirst();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
