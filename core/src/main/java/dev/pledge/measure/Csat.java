package dev.pledge.measure;

import dev.pledge.InvalidValueException;
import java.util.OptionalDouble;

/**
 * Customer satisfaction over rated cases: a case's last rating (1 to 5) counts, and a rating of 4
 * or 5 is satisfied.
 *
 * @param rated the cases rated
 * @param satisfied those rated 4 or 5
 * @param scoreTotal the sum of their scores
 */
public record Csat(long rated, long satisfied, long scoreTotal) {
  /** No rating. */
  public static final Csat NONE = new Csat(0, 0, 0);

  /** Checks the counts. */
  public Csat {
    if (rated < 0 || satisfied < 0 || satisfied > rated || scoreTotal < rated || scoreTotal > 5 * rated) {
      throw new InvalidValueException("rated", "inconsistent satisfaction counts: " + satisfied + " satisfied of "
          + rated + " rated, scores adding up to " + scoreTotal);
    }
  }

  /** The share satisfied, from 0 to 1; empty when nothing was rated. */
  public OptionalDouble share() {
    return rated == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) satisfied / rated);
  }

  /** The mean score, from 1 to 5; empty when nothing was rated. */
  public OptionalDouble mean() {
    return rated == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) scoreTotal / rated);
  }

  /** These ratings and one more of {@code score}. */
  Csat plus(int score) {
    return new Csat(rated + 1, satisfied + (score >= 4 ? 1 : 0), scoreTotal + score);
  }
}
