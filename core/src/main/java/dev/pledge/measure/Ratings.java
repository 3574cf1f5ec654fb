package dev.pledge.measure;

import dev.pledge.customer.Activity;
import dev.pledge.sla.CaseEvent;
import java.math.BigDecimal;
import java.util.Optional;

/** Where ratings and survey answers are read from: satisfaction events and survey activities. */
final class Ratings {
  /** The activity kind of an NPS answer. */
  static final String SURVEY = "survey";

  private Ratings() {}

  static boolean isRating(CaseEvent e) {
    return false; // until the satisfaction event type lands
  }

  static int score(CaseEvent e) {
    throw new IllegalStateException("no satisfaction events yet");
  }

  /** A survey's answer, 0 to 10, if it has one. */
  static Optional<Integer> nps(Activity survey) {
    return survey.number("nps").map(BigDecimal::intValueExact);
  }
}
