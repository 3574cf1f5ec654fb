package dev.pledge.config;

import java.util.Objects;

/**
 * One problem found in a configuration document: where it is and what is wrong.
 *
 * @param pointer the JSON Pointer (RFC 6901) of the offending value, {@code ""} for the root
 * @param line the 1-based line of the value in the source, or 0 when unknown
 * @param column the 1-based column of the value in the source, or 0 when unknown
 * @param message what was expected and what was found
 */
public record Problem(String pointer, int line, int column, String message) {

  /** Checks the components. */
  public Problem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new dev.pledge.InvalidValueException("line", "line and column must be >= 0, but were " + line + ":" + column);
    }
  }

  /** Renders as {@code /pointer at line:column: message}. */
  @Override
  public String toString() {
    String where = pointer.isEmpty() ? "(document)" : pointer;
    return line > 0 ? where + " at " + line + ":" + column + ": " + message : where + ": " + message;
  }
}
