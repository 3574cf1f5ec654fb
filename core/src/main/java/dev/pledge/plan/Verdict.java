package dev.pledge.plan;

/** What the history says of a promise (docs/planning.md, "Audit"). */
public enum Verdict {
  /** Attainment is at or above the objective. */
  KEPT("kept"),
  /** Below the objective, but the 95 % interval reaches it: the promise may still be kept. */
  AT_RISK("at-risk"),
  /** Even the top of the 95 % interval is below the objective: history says it cannot be kept. */
  OVER_PROMISED("over-promised"),
  /** No instance was decided yet. */
  NO_DATA("no-data");

  private final String wireName;

  Verdict(String wireName) {
    this.wireName = wireName;
  }

  /** The name as written in JSON ({@code over-promised}). */
  public String wireName() {
    return wireName;
  }

  @Override
  public String toString() {
    return wireName;
  }
}
