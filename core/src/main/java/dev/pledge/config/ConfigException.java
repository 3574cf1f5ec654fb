package dev.pledge.config;

import dev.pledge.PledgeException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A configuration could not be loaded. Carries every problem that was found, not only the
 * first, each with its JSON Pointer, line and column.
 */
public final class ConfigException extends PledgeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * @param source a name for the document (a file name), used in the message
   * @param problems the problems, at least one
   */
  public ConfigException(String source, List<Problem> problems) {
    super(render(Objects.requireNonNull(source, "source"), Objects.requireNonNull(problems, "problems")));
    if (problems.isEmpty()) {
      throw new dev.pledge.InvalidValueException("problems", "a ConfigException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in document order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String render(String source, List<Problem> problems) {
    String head = source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems");
    return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", head + "\n", ""));
  }
}
