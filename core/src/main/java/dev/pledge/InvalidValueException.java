package dev.pledge;

import java.util.Objects;

/**
 * A value given to a Pledge builder, factory or value type is wrong: blank, out of range, given
 * twice, or referring to something that does not exist. Says which field or element is at fault,
 * so that a configuration loader can point at it, as {@link dev.pledge.rule.RuleDefinitionException}
 * does for a rule's parameters.
 */
public class InvalidValueException extends PledgeException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String problem;

  /**
   * @param field the offending field or element as a path relative to the value being built,
   *     segments separated by {@code /} ({@code "maxDrop"}, {@code "levels/2/id"}), or {@code ""}
   *     for the value as a whole
   * @param message what was expected and what was found, quoting the bad value
   */
  public InvalidValueException(String field, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.field = Objects.requireNonNull(field, "field");
    this.problem = message;
  }

  /**
   * An exception whose problem is also said relative to its field, for a caller that names the
   * field itself (a configuration loader printing the JSON Pointer of {@code maxDrop}).
   *
   * @param field as for {@link #InvalidValueException(String, String)}
   * @param message the whole sentence ({@code "maxDrop must be at least 1, but was 0"})
   * @param problem the same said of the field ({@code "a soft landing drops at least 1 level a
   *     review, but maxDrop was 0"})
   */
  public InvalidValueException(String field, String message, String problem) {
    super(Objects.requireNonNull(message, "message"));
    this.field = Objects.requireNonNull(field, "field");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /**
   * @param field as for {@link #InvalidValueException(String, String)}
   * @param message what was expected and what was found
   * @param cause the lower-level failure (a parse error); may be {@code null}, as for any
   *     {@link Throwable}
   */
  public InvalidValueException(String field, String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.field = Objects.requireNonNull(field, "field");
    this.problem = message;
  }

  /**
   * As {@link #InvalidValueException(String, String, String)}, with the lower-level failure
   * ({@code cause}, which may be {@code null} as for any {@link Throwable}).
   */
  public InvalidValueException(String field, String message, String problem, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.field = Objects.requireNonNull(field, "field");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** The offending field or element relative to the value being built, or {@code ""} for the whole value. */
  public String field() {
    return field;
  }

  /** The problem said of {@link #field()}, for a caller that names the field itself; else the message. */
  public String problem() {
    return problem;
  }
}
