package dev.pledge.cli.input;

/**
 * The heap ran out while ungrouped input was held in memory. Not a {@link dev.pledge.PledgeException},
 * so the pipeline does not treat it as one bad line: it stops the command with one clear message.
 */
public final class HeldInputTooLargeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  HeldInputTooLargeException(String noun, long items, int groups) {
    super("out of memory holding " + items + " lines of " + groups + " " + noun + "s: group the input by "
        + noun + " and pass --grouped to stream it, or give Java more heap (-Xmx)");
  }
}
