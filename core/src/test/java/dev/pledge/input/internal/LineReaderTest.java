package dev.pledge.input.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  private static List<LineReader.Line> readAll(String text, int maxBytes) throws IOException {
    return readAll(text.getBytes(StandardCharsets.UTF_8), maxBytes);
  }

  private static List<LineReader.Line> readAll(byte[] bytes, int maxBytes) throws IOException {
    List<LineReader.Line> lines = new ArrayList<>();
    try (LineReader reader = new LineReader(new ByteArrayInputStream(bytes), maxBytes)) {
      for (Optional<LineReader.Line> l = reader.next(); l.isPresent(); l = reader.next()) {
        lines.add(l.get());
      }
    }
    return lines;
  }

  @Test
  void splitsOnNewlineAndCrLfAndNumbersEveryLine() throws IOException {
    assertThat(readAll("a\r\n\nbc\n", 10)).containsExactly(
        LineReader.Line.of(1, "a"),
        LineReader.Line.of(2, ""),
        LineReader.Line.of(3, "bc"));
  }

  @Test
  void lastLineWithoutNewlineIsRead() throws IOException {
    assertThat(readAll("a\nb", 10)).extracting(LineReader.Line::text)
        .containsExactly("a", "b");
  }

  @Test
  void emptyInputHasNoLines() throws IOException {
    assertThat(readAll("", 10)).isEmpty();
  }

  @Test
  void byteOrderMarkAtTheStartIsDropped() throws IOException {
    assertThat(readAll("\uFEFF{}\n", 10)).extracting(LineReader.Line::text)
        .containsExactly("{}");
  }

  @Test
  void lineLongerThanTheLimitIsSkippedAndTheNextStillRead() throws IOException {
    String longLine = "x".repeat(20_000);

    assertThat(readAll("ok\n" + longLine + "\nafter\n", 10)).containsExactly(
        LineReader.Line.of(1, "ok"),
        LineReader.Line.bad(2, "line longer than 10 bytes"),
        LineReader.Line.of(3, "after"));
  }

  @Test
  void lineOfExactlyTheLimitIsKeptEvenWithCrLf() throws IOException {
    assertThat(readAll("0123456789\r\n01234567890\n", 10)).extracting(LineReader.Line::problem)
        .containsExactly(Optional.empty(), Optional.of("line longer than 10 bytes"));
  }

  @Test
  void multiByteCharactersAreDecoded() throws IOException {
    assertThat(readAll("zażółć\n\uD83D\uDE00\n", 100)).extracting(LineReader.Line::text)
        .containsExactly("zażółć", "\uD83D\uDE00");
  }

  @Test
  void invalidUtf8MakesThatLineBadAndTheNextStillRead() throws IOException {
    byte[] bytes = {'a', '\n', (byte) 0xC3, '(', '\n', 'b', '\n'};

    assertThat(readAll(bytes, 10)).containsExactly(LineReader.Line.of(1, "a"),
        LineReader.Line.bad(2, "not valid UTF-8"), LineReader.Line.of(3, "b"));
  }
}
