package dev.pledge.cli.input;

/**
 * The heap ran out while input was held in memory: ungrouped input, or one group of grouped input.
 * Not a {@link dev.pledge.PledgeException}, so the pipeline does not treat it as one bad line: it
 * stops the command with one clear message.
 */
public final class HeldInputTooLargeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  HeldInputTooLargeException(String noun, long items, int groups) {
    this("out of memory holding " + items + " lines of " + groups + " " + noun + "s: group the input by "
        + noun + " and pass --grouped to stream it, or give Java more heap (-Xmx)");
  }

  private HeldInputTooLargeException(String message) {
    super(message);
  }

  /**
   * The heap ran out ({@code e}) holding the lines of one group in grouped mode; {@code key} is
   * {@code null} if no group was being held.
   */
  static HeldInputTooLargeException oneGroup(String noun, String key, long lines, long firstLine,
      OutOfMemoryError e) {
    if (key == null) {
      return new HeldInputTooLargeException(RecordFailure.reason(e));
    }
    return new HeldInputTooLargeException("out of memory holding the " + lines + " lines of " + noun + " \""
        + key + "\" from line " + firstLine + ": with --grouped one " + noun + "'s lines must fit in "
        + "memory; give Java more heap (-Xmx)");
  }
}
