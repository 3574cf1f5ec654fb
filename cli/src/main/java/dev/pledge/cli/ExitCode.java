package dev.pledge.cli;

/** The exit statuses of every {@code pledge} command. */
public final class ExitCode {
  /** Everything was fine. */
  public static final int OK = 0;
  /** Some input lines were rejected, or (for {@code check}) an objective was not kept. */
  public static final int REJECTED = 1;
  /** The configuration is invalid, a file cannot be read, or the command line is wrong. */
  public static final int INVALID = 2;
  /** A bug in Pledge: an unexpected error, reported in one line. */
  public static final int INTERNAL = 3;

  /** The exit code list shown in every command's {@code --help}. */
  static final String[] HELP_LIST = {
    "0:ok",
    "1:input lines rejected, or an objective not kept",
    "2:invalid configuration, unreadable file or wrong usage",
    "3:internal error (a bug; please report it)"
  };

  private ExitCode() {}
}
