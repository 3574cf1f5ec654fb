package dev.pledge.cli.input;

import dev.pledge.PledgeException;
import dev.pledge.config.ConfigException;
import dev.pledge.config.Problem;
import java.util.List;

/** A configuration file with problems; rendered one problem a line as {@code FILE: problem}. */
public final class InvalidConfigException extends PledgeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final transient List<Problem> problems;

  InvalidConfigException(String file, ConfigException cause) {
    super(cause.getMessage(), cause);
    this.file = file;
    this.problems = cause.problems();
  }

  /** Every problem, each as {@code FILE: /pointer at line:col: message}. */
  public List<String> lines() {
    return problems.stream().map(p -> file + ": " + p).toList();
  }
}
