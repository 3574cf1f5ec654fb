package dev.pledge.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads lines from a character stream in bounded memory: a line longer than the limit is skipped
 * to its end and reported as too long instead of being held in memory. Accepts {@code \n} and
 * {@code \r\n} line ends and drops a byte order mark at the start. Not thread-safe.
 */
final class LineReader implements Closeable {

  /**
   * One line.
   *
   * @param number the 1-based line number
   * @param text the line without its terminator, or empty if it was longer than the limit
   */
  record Line(long number, Optional<String> text) {}

  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[8192];
  private final StringBuilder current = new StringBuilder();
  private int position;
  private int limit;
  private long number;

  LineReader(Reader in, int maxChars) {
    this.in = Objects.requireNonNull(in, "in");
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be >= 1, but was " + maxChars);
    }
    this.maxChars = maxChars;
  }

  /** The next line, or empty at the end of the input. */
  Optional<Line> next() throws IOException {
    current.setLength(0);
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        int n = in.read(buffer);
        position = 0;
        limit = Math.max(n, 0);
        if (n <= 0) {
          if (!any) {
            return Optional.empty();
          }
          break;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int length = position - start;
      if (!tooLong && current.length() + length > maxChars + 1) {
        tooLong = true;
        current.setLength(0);
      } else if (!tooLong) {
        current.append(buffer, start, length);
      }
      if (position < limit) {
        position++;
        break;
      }
    }
    number++;
    if (tooLong) {
      return Optional.of(new Line(number, Optional.empty()));
    }
    int end = current.length();
    if (end > 0 && current.charAt(end - 1) == '\r') {
      current.setLength(--end);
    }
    if (end > maxChars) {
      return Optional.of(new Line(number, Optional.empty()));
    }
    int from = number == 1 && end > 0 && current.charAt(0) == '\uFEFF' ? 1 : 0;
    return Optional.of(new Line(number, Optional.of(current.substring(from))));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
