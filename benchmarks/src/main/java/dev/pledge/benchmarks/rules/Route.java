package dev.pledge.benchmarks.rules;

/**
 * The mutable holder an Easy Rules action writes its queue into (Easy Rules actions return
 * nothing). Public because MVEL actions call {@link #set} by reflection. Not thread-safe.
 */
public final class Route {
  private String queue;

  /** Records {@code queue} as the answer. */
  public void set(String queue) {
    this.queue = queue;
  }

  /** The recorded queue, or {@code null} if no action ran since {@link #clear}. */
  public String get() {
    return queue;
  }

  /** Forgets the recorded queue, before the next evaluation. */
  public void clear() {
    queue = null;
  }
}
