package dev.pledge.rule;

import dev.pledge.PledgeException;
import java.util.Objects;

/**
 * Thrown by a condition, metric or action factory when its parameters are well-typed but wrong
 * (a program or level that does not exist). The loader reports it at the parameter's JSON Pointer.
 */
public final class RuleDefinitionException extends PledgeException {
  private static final long serialVersionUID = 1L;

  private final String parameter;

  /**
   * @param parameter the name of the offending parameter ({@code "level"}), or {@code ""} for the
   *     whole condition
   * @param message what was expected and what was found
   */
  public RuleDefinitionException(String parameter, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.parameter = Objects.requireNonNull(parameter, "parameter");
  }

  /** The name of the offending parameter, or {@code ""} for the whole definition. */
  public String parameter() {
    return parameter;
  }
}
