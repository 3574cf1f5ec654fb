package dev.pledge;

import java.util.Objects;

/** A name asked for (a calendar, a rule set, a tier program) is not defined. */
public class UnknownNameException extends PledgeException {
  private static final long serialVersionUID = 1L;

  private final String name;

  /**
   * @param name the name that was asked for
   * @param message what was asked for and what exists
   */
  public UnknownNameException(String name, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.name = Objects.requireNonNull(name, "name");
  }

  /** The name that was asked for. */
  public String name() {
    return name;
  }
}
