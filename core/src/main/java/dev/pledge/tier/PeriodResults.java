package dev.pledge.tier;

/**
 * The customer's completed periods in one tier program, as the program's own conditions see them:
 * the earned result of each period (the highest level whose condition in force was met at its end,
 * a challenge met in it, or a level kept by {@code retain}), oldest first. A period the engine has
 * not completed yet is not counted: inside {@code qualify} the running period is never counted; at
 * a review the period under review is counted once its result is known. Under
 * {@code since-level-change} a period cut short by a change of the earned level is complete, its
 * result the level reached at the change. Periods before the customer's first counted event do not
 * exist for the engine and are not counted.
 *
 * <p>Handed to conditions as the {@link dev.pledge.rule.Facts#extension(Class) extension} of this
 * type while a program is evaluated (see {@link PeriodsAtLevel}); absent elsewhere.
 */
public interface PeriodResults {

  /** The number of completed periods whose result was {@code level} or a higher one; 0 for an unknown level. */
  int atLeast(String level);

  /** The longest run of consecutive completed periods whose result was {@code level} or higher; 0 for an unknown level. */
  int longestRunAtLeast(String level);
}
