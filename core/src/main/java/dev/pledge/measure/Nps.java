package dev.pledge.measure;

import dev.pledge.InvalidValueException;
import java.util.OptionalDouble;

/**
 * Net Promoter Score over the customers who answered: each customer's last answer (0 to 10) in a
 * period counts once; 9 and 10 are promoters, 7 and 8 passives, 0 to 6 detractors.
 *
 * @param answers the customers who answered
 * @param promoters those who answered 9 or 10
 * @param passives those who answered 7 or 8
 * @param detractors those who answered 0 to 6
 */
public record Nps(long answers, long promoters, long passives, long detractors) {
  /** No answer. */
  public static final Nps NONE = new Nps(0, 0, 0, 0);

  /** Checks the counts. */
  public Nps {
    if (promoters < 0 || passives < 0 || detractors < 0 || promoters + passives + detractors != answers) {
      throw new InvalidValueException("answers", "inconsistent NPS counts: " + promoters + " promoters, "
          + passives + " passives and " + detractors + " detractors of " + answers + " answers");
    }
  }

  /** % promoters minus % detractors, from -100 to 100; empty without answers. */
  public OptionalDouble score() {
    return answers == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * (promoters - detractors) / answers);
  }

  /** These answers and one more of {@code nps}. */
  Nps plus(int nps) {
    return new Nps(answers + 1, promoters + (nps >= 9 ? 1 : 0), passives + (nps == 7 || nps == 8 ? 1 : 0),
        detractors + (nps <= 6 ? 1 : 0));
  }
}
