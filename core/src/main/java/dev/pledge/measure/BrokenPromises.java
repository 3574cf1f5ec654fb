package dev.pledge.measure;

import dev.pledge.report.Proportion;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What a broken promise costs: satisfaction and churn after cases whose promises were all kept
 * against after cases with at least one breach, each a {@link Proportion} with its 95 % Wilson
 * interval. A case with promises still running and none breached, and an unpromised case, counts
 * in neither.
 *
 * @param csatKept rated cases with every promise kept: the share rated 4 or 5
 * @param csatBroken rated cases with a breach: the share rated 4 or 5
 * @param churnKept cases with every promise kept, opened at least {@code churnAfter} before
 *     {@code asOf}: the share whose customer churned within {@code churnAfter} after the opening
 * @param churnBroken the same for cases with a breach
 */
public record BrokenPromises(Proportion csatKept, Proportion csatBroken, Proportion churnKept,
    Proportion churnBroken) {
  /** The widest interval, from 0 to 1, that still says something: 20 points. */
  public static final double WIDEST_INTERVAL = 0.20;

  /** Checks the components. */
  public BrokenPromises {
    Objects.requireNonNull(csatKept, "csatKept");
    Objects.requireNonNull(csatBroken, "csatBroken");
    Objects.requireNonNull(churnKept, "churnKept");
    Objects.requireNonNull(churnBroken, "churnBroken");
  }

  /** Satisfied share after a breach minus after kept promises, in points; empty when either is empty. */
  public OptionalDouble csatDifference() {
    return difference(csatBroken, csatKept);
  }

  /** Churned share after a breach minus after kept promises, in points; empty when either is empty. */
  public OptionalDouble churnDifference() {
    return difference(churnBroken, churnKept);
  }

  /** Whether both satisfaction intervals are at most {@link #WIDEST_INTERVAL} wide. */
  public boolean enoughCsatData() {
    return csatKept.width() <= WIDEST_INTERVAL && csatBroken.width() <= WIDEST_INTERVAL;
  }

  /** Whether both churn intervals are at most {@link #WIDEST_INTERVAL} wide. */
  public boolean enoughChurnData() {
    return churnKept.width() <= WIDEST_INTERVAL && churnBroken.width() <= WIDEST_INTERVAL;
  }

  /**
   * The comparison in words, one clause for satisfaction and one for churn: {@code "CSAT 21.3
   * points lower after a broken promise (78.0% kept, 56.7% broken; the intervals do not overlap);
   * churn not enough data (12 kept, 3 broken)"}.
   */
  public String verdict() {
    return "CSAT " + clause(csatKept, csatBroken, enoughCsatData(), "lower", "higher")
        + "; churn " + clause(churnKept, churnBroken, enoughChurnData(), "higher", "lower");
  }

  private static String clause(Proportion kept, Proportion broken, boolean enough, String worse, String better) {
    if (!enough) {
      return "not enough data (" + kept.n() + " kept, " + broken.n() + " broken)";
    }
    double points = 100 * (broken.share().getAsDouble() - kept.share().getAsDouble());
    boolean apart = broken.high().getAsDouble() < kept.low().getAsDouble()
        || kept.high().getAsDouble() < broken.low().getAsDouble();
    String direction = points == 0 ? "the same" : String.format(Locale.ROOT, "%.1f points %s",
        Math.abs(points), points < 0 == worse.equals("lower") ? worse : better);
    return direction + " after a broken promise (" + percent(kept) + " kept, " + percent(broken)
        + " broken; the intervals " + (apart ? "do not overlap" : "overlap") + ")";
  }

  private static String percent(Proportion p) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * p.share().getAsDouble());
  }

  private static OptionalDouble difference(Proportion a, Proportion b) {
    return a.n() == 0 || b.n() == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(100 * (a.share().getAsDouble() - b.share().getAsDouble()));
  }
}
