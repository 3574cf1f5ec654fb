package dev.pledge.sla;

/** Where a metric instance stands at the evaluation instant. */
public enum InstanceState {
  /** Stopped no later than its deadline. */
  ACHIEVED("achieved"),
  /** Stopped after its deadline, or still running (or paused) past it. */
  BREACHED("breached"),
  /** Running and not past its deadline. */
  ACTIVE("active"),
  /** Running but paused (the clock stands still), not past its deadline. */
  PAUSED("paused");

  private final String wireName;

  InstanceState(String wireName) {
    this.wireName = wireName;
  }

  /** The name as written in JSON. */
  public String wireName() {
    return wireName;
  }

  @Override
  public String toString() {
    return wireName;
  }
}
