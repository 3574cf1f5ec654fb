package dev.pledge.input;

import java.io.IOException;

/**
 * Reading the stream itself failed (an I/O error, not a bad line), at {@link #line()}. The cause is
 * the {@link IOException} the stream threw.
 */
public final class InputReadException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long line;

  InputReadException(long line, IOException cause) {
    super("line " + line + ": " + cause.getMessage(), cause);
    this.line = line;
  }

  /** The 1-based number of the line being read when the stream failed. */
  public long line() {
    return line;
  }

  /** The stream's own exception. */
  @Override
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }
}
