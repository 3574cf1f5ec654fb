package dev.pledge.cli;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a usage error (unknown option, missing or bad value, ...) as two lines on stderr instead
 * of picocli's message and the whole usage text, and exits with status 2:
 *
 * <pre>
 * pledge sla: unknown option '--case' (did you mean --cases?)
 * see pledge sla --help
 * </pre>
 *
 * <p>An argument that nothing claimed is the problem reported even when picocli noticed something
 * else first: a mistyped {@code --case} also leaves {@code --cases} missing, and picocli checks
 * required options before unmatched arguments. It is named as an unknown option (with picocli's
 * closest option name as a suggestion), an unknown command, or an unexpected argument.
 */
public final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    Optional<UnmatchedArgumentException> unmatched = firstUnmatched(ex);
    CommandLine where = unmatched.<CommandLine>map(ParameterException::getCommandLine).orElse(ex.getCommandLine());
    String problem = unmatched.map(UsageErrorHandler::describe).orElseGet(() -> sentence(ex.getMessage()));
    String command = where.getCommandSpec().qualifiedName();
    PrintWriter err = ex.getCommandLine().getErr();
    err.println(command + ": " + problem);
    err.println("see " + command + " --help");
    err.flush();
    return where.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** The first arguments no option or parameter claimed, from {@code pledge} down to the failing command. */
  private static Optional<UnmatchedArgumentException> firstUnmatched(ParameterException ex) {
    Deque<CommandLine> chain = new ArrayDeque<>();
    for (CommandLine c = ex.getCommandLine(); c != null; c = c.getParent()) {
      chain.addFirst(c);
    }
    for (CommandLine c : chain) {
      List<String> unmatched = c.getUnmatchedArguments();
      if (!unmatched.isEmpty()) {
        return Optional.of(new UnmatchedArgumentException(c, unmatched));
      }
    }
    return ex instanceof UnmatchedArgumentException u ? Optional.of(u) : Optional.empty();
  }

  /** Names the first unmatched argument: an unknown option, an unknown command or an extra argument. */
  private static String describe(UnmatchedArgumentException e) {
    String arg = e.getUnmatched().get(0);
    List<String> suggestions = e.getSuggestions();
    if (e.isUnknownOption()) {
      int equals = arg.indexOf('=');
      String option = equals < 0 ? arg : arg.substring(0, equals);
      return "unknown option '" + option + "'" + didYouMean(suggestions);
    }
    if (!e.getCommandLine().getSubcommands().isEmpty()) {
      // picocli suggests any command that shares a pair of letters ("x.json": escalations);
      // keep only those that also start like the word typed.
      List<String> alike = suggestions.stream().filter(s -> s.charAt(0) == arg.charAt(0)).toList();
      return "unknown command '" + arg + "'" + didYouMean(alike);
    }
    return "unexpected argument '" + arg + "'";
  }

  private static String didYouMean(List<String> suggestions) {
    return suggestions.isEmpty() ? "" : " (did you mean " + suggestions.get(0) + "?)";
  }

  /**
   * picocli's message as one line starting in lower case and without a closing full stop, like the
   * command's other messages.
   */
  static String sentence(String message) {
    String line = String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", " ").replaceAll("\\.$", "");
    boolean capitalised = line.length() > 1 && Character.isUpperCase(line.charAt(0))
        && Character.isLowerCase(line.charAt(1));
    return capitalised ? Character.toLowerCase(line.charAt(0)) + line.substring(1) : line;
  }
}
