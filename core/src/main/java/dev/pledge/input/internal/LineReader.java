package dev.pledge.input.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads UTF-8 lines from a byte stream in bounded memory. A line longer than the limit is skipped
 * to its end, and a line that is not valid UTF-8 is not decoded; both are returned with a problem
 * instead of text, so the caller can reject that line and go on. Splits on {@code \n} (never part
 * of a multi-byte UTF-8 sequence), drops a {@code \r} before it and a byte order mark at the start.
 * Not thread-safe.
 */
public final class LineReader implements Closeable {

  /**
   * One line.
   *
   * @param number the 1-based line number
   * @param text the line without its terminator; {@code ""} when there is a problem
   * @param problem why the line could not be read, if it could not
   */
  public record Line(long number, String text, Optional<String> problem) {
    static Line of(long number, String text) {
      return new Line(number, text, Optional.empty());
    }

    static Line bad(long number, String problem) {
      return new Line(number, "", Optional.of(problem));
    }
  }

  private final InputStream in;
  private final int maxBytes;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buffer = new byte[8192];
  private byte[] current = new byte[256];
  private int currentLength;
  private int position;
  private int limit;
  private long number;

  /**
   * @param in the bytes, UTF-8
   * @param maxBytes the longest line accepted, in bytes, without its terminator
   */
  public LineReader(InputStream in, int maxBytes) {
    this.in = Objects.requireNonNull(in, "in");
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be >= 1, but was " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** The next line, or empty at the end of the input. */
  public Optional<Line> next() throws IOException {
    currentLength = 0;
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
      // one byte of slack for a \r before the \n
      if (!tooLong && currentLength + position - start > maxBytes + 1) {
        tooLong = true;
      } else if (!tooLong) {
        append(start, position - start);
      }
      if (position < limit) {
        position++;
        break;
      }
    }
    number++;
    int end = currentLength;
    if (end > 0 && current[end - 1] == '\r') {
      end--;
    }
    if (tooLong || end > maxBytes) {
      return Optional.of(Line.bad(number, "line longer than " + maxBytes + " bytes"));
    }
    int from = number == 1 && end >= 3 && current[0] == (byte) 0xEF && current[1] == (byte) 0xBB
        && current[2] == (byte) 0xBF ? 3 : 0;
    try {
      return Optional.of(Line.of(number,
          decoder.decode(ByteBuffer.wrap(current, from, end - from)).toString()));
    } catch (CharacterCodingException e) {
      return Optional.of(Line.bad(number, "not valid UTF-8"));
    }
  }

  private void append(int start, int length) {
    if (currentLength + length > current.length) {
      current = Arrays.copyOf(current, Math.max(current.length * 2, currentLength + length));
    }
    System.arraycopy(buffer, start, current, currentLength, length);
    currentLength += length;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
