package dev.pledge.report.internal;

import java.time.Duration;

/**
 * Quantiles of durations in constant memory: a histogram with logarithmic buckets, so every
 * estimate is within {@link #RELATIVE_ERROR} (0.5 %) of the true nearest-rank quantile; values
 * below one millisecond are kept within half a millisecond, zero is kept exactly, and estimates
 * never leave the exact range [min, max] seen. About 3,000 long counters (24 KiB), whatever the count.
 */
public final class QuantileSketch {
  /** The largest relative error of an estimate for a value of one millisecond or more. */
  public static final double RELATIVE_ERROR = 0.005;
  private static final double GAMMA = (1 + RELATIVE_ERROR) / (1 - RELATIVE_ERROR);
  private static final double LOG_GAMMA = Math.log(GAMMA);
  private static final double SMALLEST = 1e6; // one millisecond, in nanoseconds
  private static final double LARGEST = 9.3e18; // past Long.MAX_VALUE nanoseconds
  private static final int BUCKETS = index(LARGEST) + 1;

  private final long[] counts = new long[BUCKETS];
  private long zeros;
  private long small;
  private long total;
  private long min = Long.MAX_VALUE;
  private long max;

  private static int index(double nanos) {
    return (int) Math.ceil(Math.log(nanos / SMALLEST) / LOG_GAMMA);
  }

  /** Counts one value; negative values are not expected and count as zero. */
  public void add(Duration value) {
    long nanos = saturatedNanos(value);
    total++;
    min = Math.min(min, nanos);
    max = Math.max(max, nanos);
    if (nanos <= 0) {
      zeros++;
    } else if (nanos < SMALLEST) {
      small++;
    } else {
      counts[Math.min(BUCKETS - 1, index(nanos))]++;
    }
  }

  /** Adds every value counted by {@code other}. */
  public void merge(QuantileSketch other) {
    for (int i = 0; i < BUCKETS; i++) {
      counts[i] += other.counts[i];
    }
    zeros += other.zeros;
    small += other.small;
    total += other.total;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  /** How many values were counted. */
  public long count() {
    return total;
  }

  /**
   * An estimate of the nearest-rank {@code q}-quantile: the value of rank {@code ceil(q * n)} among
   * the values sorted ascending (rank 1 for {@code q = 0}).
   *
   * @throws IllegalStateException if nothing was counted
   */
  public Duration quantile(double q) {
    if (total == 0) {
      throw new IllegalStateException("no values counted");
    }
    long rank = Math.max(1, (long) Math.ceil(q * total));
    long seen = zeros;
    if (rank <= seen) {
      return clamp(0);
    }
    seen += small;
    if (rank <= seen) {
      return clamp((long) (SMALLEST / 2));
    }
    for (int i = 0; i < BUCKETS; i++) {
      seen += counts[i];
      if (rank <= seen) {
        return clamp((long) (SMALLEST * 2 * Math.pow(GAMMA, i) / (GAMMA + 1)));
      }
    }
    return Duration.ofNanos(max);
  }

  private Duration clamp(long nanos) {
    return Duration.ofNanos(Math.max(min, Math.min(max, nanos)));
  }

  private static long saturatedNanos(Duration d) {
    try {
      return Math.max(0, d.toNanos());
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }
}
