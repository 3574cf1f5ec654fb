package dev.pledge.input.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.PledgeException;
import java.util.Random;
import java.util.function.Function;

/** What the fast-path properties share: edited lines, and the check against the careful read. */
final class FastPathOracle {
  private FastPathOracle() {}

  /** {@code text}, one time in five with one character replaced by one of {@code noise} or removed. */
  static String sometimesEdited(String text, Random random, String noise) {
    if (random.nextInt(5) != 0 || text.isEmpty()) {
      return text;
    }
    StringBuilder edited = new StringBuilder(text);
    int at = random.nextInt(text.length());
    if (random.nextBoolean()) {
      edited.setCharAt(at, noise.charAt(random.nextInt(noise.length())));
    } else {
      edited.deleteCharAt(at);
    }
    return edited.toString();
  }

  /**
   * Whenever {@code fast} answers, {@code careful} answers the same; whenever {@code careful}
   * refuses the line (a {@link PledgeException}), {@code fast} does not answer (null).
   */
  static <T> void agrees(String line, Function<String, T> fast, Function<String, T> careful) {
    T quick = fast.apply(line);
    T expected;
    try {
      expected = careful.apply(line);
    } catch (PledgeException e) {
      expected = null;
    }
    if (quick != null) {
      assertThat(quick).as(line).isEqualTo(expected);
    }
    if (expected == null) {
      assertThat(quick).as(line).isNull();
    }
  }
}
