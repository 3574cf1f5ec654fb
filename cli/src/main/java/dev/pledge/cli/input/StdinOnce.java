package dev.pledge.cli.input;

import dev.pledge.PledgeException;
import java.util.Arrays;
import java.util.Objects;

/** Checks that at most one input of a command reads standard input. */
public final class StdinOnce {
  private StdinOnce() {}

  /**
   * @param specs the inputs as given on the command line; absent ones are {@code null}
   * @throws PledgeException if more than one is {@code -}
   */
  public static void check(String... specs) {
    if (Arrays.stream(specs).filter(Objects::nonNull).filter("-"::equals).count() > 1) {
      throw new PledgeException("only one input can be - (standard input)");
    }
  }
}
