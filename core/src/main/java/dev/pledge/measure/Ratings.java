package dev.pledge.measure;

import dev.pledge.customer.Activity;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import java.math.BigDecimal;
import java.util.Optional;

/** Where ratings and survey answers are read from: satisfaction events and survey activities. */
final class Ratings {
  private Ratings() {}

  /** Whether {@code e} is a customer's rating of the case. */
  static boolean isRating(CaseEvent e) {
    return e.type() == CaseEventType.SATISFACTION;
  }

  /** A rating's score, 1 to 5 (the event checks it). */
  static int score(CaseEvent rating) {
    return rating.score().orElseThrow();
  }

  /** A survey's answer, 0 to 10 (the activity checks it), if it has one. */
  static Optional<Integer> nps(Activity survey) {
    return survey.kind().equals(Activity.SURVEY) ? survey.number("nps").map(BigDecimal::intValueExact)
        : Optional.empty();
  }
}
