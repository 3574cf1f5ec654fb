package dev.pledge.sla;

import java.util.Objects;
import java.util.Optional;

/** The kinds of case event, with their names as written in JSON ({@code "agent-reply"}). */
public enum CaseEventType {
  /** The case was opened; carries customer, channel, priority, tags and attributes. */
  OPENED("opened"),
  /** The customer wrote. Does not change the status by itself. */
  CUSTOMER_MESSAGE("customer-message"),
  /** An agent answered publicly: a response the customer sees. */
  AGENT_REPLY("agent-reply"),
  /** An agent wrote a note the customer does not see; no metric reacts to it. */
  INTERNAL_NOTE("internal-note"),
  /** The status changed; carries the new {@link CaseStatus}. */
  STATUS("status"),
  /** The priority changed; the service policy is selected again. */
  PRIORITY("priority"),
  /** The case was passed to someone else; carries {@code to} and optionally {@code line}. */
  TRANSFER("transfer"),
  /** An escalation step was recorded; carries {@code step}. */
  ESCALATED("escalated"),
  /**
   * The customer rated the case; carries {@code score} (1 to 5) and optionally {@code comment}. No
   * metric or escalation step reacts to it, and it may come after the case was closed.
   */
  SATISFACTION("satisfaction");

  private final String wireName;

  CaseEventType(String wireName) {
    this.wireName = wireName;
  }

  /** The name as written in JSON. */
  public String wireName() {
    return wireName;
  }

  /** The type written {@code name} in JSON, or empty if there is none. */
  public static Optional<CaseEventType> fromWireName(String name) {
    Objects.requireNonNull(name, "name");
    for (CaseEventType type : values()) {
      if (type.wireName.equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
