package dev.pledge.sla;

import java.util.Optional;

/**
 * What a service policy promises, measured in the working time of the policy's calendar. The
 * exact start, stop and pause rules are in {@code docs/promises.md}.
 */
public enum Metric {
  /** From {@code opened} to the first agent reply. Never paused. */
  FIRST_RESPONSE("first-response"),
  /** One instance per customer wait after the first reply, up to the next agent reply. */
  NEXT_RESPONSE("next-response"),
  /** One instance per gap between agent replies while unsolved; paused while pending. */
  PERIODIC_UPDATE("periodic-update"),
  /** From {@code opened} to solved; paused while pending; a reopen resumes it. */
  RESOLUTION("resolution"),
  /** Like resolution, also paused while on-hold. */
  AGENT_WORK("agent-work");

  private final String wireName;

  Metric(String wireName) {
    this.wireName = wireName;
  }

  /** The name as written in JSON. */
  public String wireName() {
    return wireName;
  }

  /** Whether the metric is paused while the case has {@code status}. */
  public boolean pausedIn(CaseStatus status) {
    switch (this) {
      case PERIODIC_UPDATE:
      case RESOLUTION:
        return status == CaseStatus.PENDING;
      case AGENT_WORK:
        return status == CaseStatus.PENDING || status == CaseStatus.ON_HOLD;
      default:
        return false;
    }
  }

  /** The metric written {@code name} in JSON, or empty if there is none. */
  public static Optional<Metric> fromWireName(String name) {
    for (Metric metric : values()) {
      if (metric.wireName.equals(name)) {
        return Optional.of(metric);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
