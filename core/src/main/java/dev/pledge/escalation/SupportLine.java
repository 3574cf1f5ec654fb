package dev.pledge.escalation;

import dev.pledge.InvalidValueException;
import java.util.Objects;

/**
 * A support line: 0 self-service, 1 front line, 2 technical, 3 management by default.
 *
 * @param level the line's number, 0 to 3
 * @param name what the line is called ({@code "technical"}), not blank
 */
public record SupportLine(int level, String name) {

  /** The four default lines. */
  public static final java.util.List<SupportLine> DEFAULTS = java.util.List.of(
      new SupportLine(0, "self-service"), new SupportLine(1, "front line"),
      new SupportLine(2, "technical"), new SupportLine(3, "management"));

  /**
   * Checks the components.
   *
   * @throws InvalidValueException if the level is not 0 to 3 or the name is blank
   */
  public SupportLine {
    checkLevel(level, "level");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new InvalidValueException("name", "the name of line " + level + " must not be blank");
    }
  }

  static int checkLevel(int level, String what) {
    if (level < 0 || level > 3) {
      throw new InvalidValueException("level", what + " must be a support line from 0 to 3, but was " + level);
    }
    return level;
  }
}
