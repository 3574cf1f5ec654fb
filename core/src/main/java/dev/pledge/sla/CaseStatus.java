package dev.pledge.sla;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;

/** The status of a case, with its name as written in JSON. */
public enum CaseStatus {
  /** Being worked on by the team. */
  OPEN("open"),
  /** Waiting on the customer. Pauses periodic-update, resolution and agent-work by default. */
  PENDING("pending"),
  /** Waiting on a third party. Pauses agent-work by default. */
  ON_HOLD("on-hold"),
  /** Solved; may be reopened by a status event back to open, pending or on-hold. */
  SOLVED("solved"),
  /** Closed for good: no status may follow. */
  CLOSED("closed");

  private final String wireName;

  CaseStatus(String wireName) {
    this.wireName = wireName;
  }

  /** The name as written in JSON. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** Whether the team still owes work: open, pending or on-hold. */
  public boolean unsolved() {
    return this == OPEN || this == PENDING || this == ON_HOLD;
  }

  /** Whether a metric's clock may be paused while the case has this status: pending or on-hold. */
  public boolean pausable() {
    return this == PENDING || this == ON_HOLD;
  }

  /** The status written {@code name} in JSON, or empty if there is none. */
  public static Optional<CaseStatus> fromWireName(String name) {
    Objects.requireNonNull(name, "name");
    for (CaseStatus status : values()) {
      if (status.wireName.equals(name)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
