package dev.pledge.cli.input;

import dev.pledge.cli.StderrTerminal;
import dev.pledge.cli.command.ProgressOption;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Reports a long run's progress on stderr at most once per interval, so a person at a terminal
 * sees it is alive. Commands enable it when stderr is a terminal ({@link StderrTerminal}) or
 * {@code --progress} says so ({@link ProgressOption}), so logs and pipes stay clean.
 */
public final class Progress {
  /** How often progress is shown. */
  static final Duration INTERVAL = Duration.ofSeconds(2);

  private final PrintWriter err;
  private final boolean enabled;
  private final LongSupplier nanoClock;
  private long nextAt;

  /**
   * @param err where progress goes
   * @param enabled whether to report at all
   * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
   */
  Progress(PrintWriter err, boolean enabled, LongSupplier nanoClock) {
    this.err = err;
    this.enabled = enabled;
    this.nanoClock = nanoClock;
    this.nextAt = enabled ? nanoClock.getAsLong() + INTERVAL.toNanos() : Long.MAX_VALUE;
  }

  /** Called after each line; prints when the interval has passed. */
  void update(long read, long rejected) {
    if (!enabled) {
      return;
    }
    long now = nanoClock.getAsLong();
    if (now - nextAt >= 0) {
      err.println("... read " + read + " lines, rejected " + rejected);
      err.flush();
      nextAt = now + INTERVAL.toNanos();
    }
  }
}
