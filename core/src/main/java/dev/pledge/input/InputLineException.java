package dev.pledge.input;

import dev.pledge.PledgeException;
import java.util.OptionalInt;

/**
 * One input line that cannot be read: not UTF-8, too long, not a JSON object, or a record whose
 * field is missing, of the wrong type or not valid. The message is {@code line N: problem}; the
 * problem names the field as a JSON Pointer ({@code /at: expected ...}) or, for JSON that does
 * not parse, the column ({@code invalid JSON at column 4: ...}). Thrown by
 * {@link JsonLinesReader#read(long, String)} and handed to a {@link JsonLinesReader.LineSink}.
 */
public final class InputLineException extends PledgeException {
  private static final long serialVersionUID = 1L;

  private final long line;
  private final int column;
  private final String problem;

  InputLineException(long line, int column, String problem, Throwable cause) {
    super("line " + line + ": " + problem, cause);
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** The 1-based number of the line in its input (blank lines count). */
  public long line() {
    return line;
  }

  /** The 1-based column where the JSON stopped parsing; empty when the JSON parsed. */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /** What is wrong with the line, without the line number: {@code /customer: required}. */
  public String problem() {
    return problem;
  }
}
