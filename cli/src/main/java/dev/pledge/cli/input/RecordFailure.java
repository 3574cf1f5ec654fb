package dev.pledge.cli.input;

import dev.pledge.PledgeException;
import dev.pledge.input.InputLineException;
import java.io.PrintWriter;

/**
 * What a command says of one record (an input line, a case, a customer, a query) whose reading or
 * evaluation failed, so that the record is rejected with its line number and the run goes on.
 *
 * <p>A {@link PledgeException} is a bad record: its message says what is wrong. Anything else
 * that one record can raise (any other {@link RuntimeException}, a {@link StackOverflowError}) is
 * a bug, in Pledge or in a rule module: it is reported as an internal error naming the exception's
 * kind, never its stack trace (set {@code PLEDGE_DEBUG=1} to have the trace printed too) nor its
 * message (which may quote a huge value or a library's internals). The caller still counts the
 * record as rejected, so the summary and the exit status say so.
 */
public final class RecordFailure {
  /** The environment variable that asks for stack traces. */
  static final String DEBUG = "PLEDGE_DEBUG";

  private static final String HINT = "; " + DEBUG + "=1 shows the stack trace";

  private RecordFailure() {}

  /**
   * Why the record failed, in Pledge's words: a {@link PledgeException}'s message; for an
   * {@link OutOfMemoryError} (which a command contains only where one record's evaluation holds
   * the memory) the heap's size and {@code -Xmx}; otherwise
   * {@code internal error (a bug, please report it): KIND; PLEDGE_DEBUG=1 shows the stack trace}.
   */
  public static String reason(Throwable failure) {
    if (failure instanceof OutOfMemoryError) {
      return "out of memory (Java's heap holds at most " + (Runtime.getRuntime().maxMemory() >> 20)
          + " MiB); give Java more heap (-Xmx)";
    }
    if (!isInternal(failure)) {
      return String.valueOf(failure.getMessage());
    }
    return "internal error (a bug, please report it): " + kind(failure) + HINT;
  }

  /**
   * Why core's reader rejected a line: its problem, and for a line that failed inside the reader
   * (an internal cause) where to see the stack trace.
   */
  public static String reason(InputLineException problem) {
    return problem.problem() + (isInternal(problem.getCause()) ? HINT : "");
  }

  /**
   * Whether {@code failure} is a bug rather than a bad record: an unchecked exception that is not a
   * {@link PledgeException}, or an error.
   */
  public static boolean isInternal(Throwable failure) {
    return failure instanceof RuntimeException && !(failure instanceof PledgeException)
        || failure instanceof Error;
  }

  /**
   * Prints {@code failure}'s stack trace on {@code err} if it is internal and {@code PLEDGE_DEBUG}
   * is set; otherwise does nothing.
   */
  public static void debug(PrintWriter err, Throwable failure) {
    if (isInternal(failure) && !(failure instanceof OutOfMemoryError) && System.getenv(DEBUG) != null) {
      failure.printStackTrace(err);
    }
  }

  /** The exception's simple class name ({@code DateTimeException}), or its full name if it has none. */
  static String kind(Throwable failure) {
    String simple = failure.getClass().getSimpleName();
    return simple.isEmpty() ? failure.getClass().getName() : simple;
  }
}
