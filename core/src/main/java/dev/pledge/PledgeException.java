package dev.pledge;

/**
 * The root of every exception Pledge throws. Unchecked: a problem in a configuration or an
 * input is reported with a precise message, never swallowed.
 */
public class PledgeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with the given message. */
  public PledgeException(String message) {
    super(message);
  }

  /** An exception with the given message and cause. */
  public PledgeException(String message, Throwable cause) {
    super(message, cause);
  }
}
