package dev.pledge.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Parsing on an executor hands the sink exactly what the one-thread read hands it, in the same order. */
class ParallelReadTest {
  private static final ExecutorService POOL = Executors.newFixedThreadPool(3);

  @AfterAll
  static void stop() {
    POOL.shutdownNow();
  }

  /** Everything a read hands the sink, one string an entry. */
  private static List<String> record(InputStream in, boolean parallel) throws InputReadException {
    List<String> seen = new ArrayList<>();
    JsonLinesReader.LineSink<Object> sink = new JsonLinesReader.LineSink<>() {
      @Override
      public void accept(long line, Object record) {
        seen.add(line + " " + record);
      }

      @Override
      public void reject(InputLineException problem) {
        seen.add("rejected " + problem.getMessage());
      }
    };
    if (parallel) {
      JsonLinesReader.caseEvents().read(in, sink, POOL, 3);
    } else {
      JsonLinesReader.caseEvents().read(in, sink);
    }
    return seen;
  }

  /** Case event lines, one in five broken in one of several ways, blank lines among them. */
  private static byte[] input(int lines, long seed) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      String good = "{\"case\":\"k" + i / 7 + "\",\"at\":\"2026-03-02T09:" + String.format("%02d", i % 60)
          + ":00Z\",\"type\":\"" + (i % 7 == 0 ? "opened" : "agent-reply") + "\"}";
      switch (random.nextInt(10)) {
        case 0 -> out.append("{\"case\": oops");
        case 1 -> out.append("   ");
        case 2 -> out.append(good.replace("2026-03-02", "2026-13-02"));
        case 3 -> out.append("[1, 2]");
        default -> out.append(good);
      }
      out.append(random.nextInt(20) == 0 ? "\r\n" : "\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theSinkSeesWhatTheOneThreadReadShowsInTheSameOrder() throws InputReadException {
    for (int lines : new int[] {0, 1, 511, 512, 513, 5_000, 20_000}) {
      byte[] bytes = input(lines, lines);
      List<String> one = record(new ByteArrayInputStream(bytes), false);
      List<String> many = record(new ByteArrayInputStream(bytes), true);
      assertThat(many).as("%d lines", lines).isEqualTo(one);
      if (lines > 1000) {
        assertThat(one).anyMatch(s -> s.startsWith("rejected")).anyMatch(s -> !s.startsWith("rejected"));
      }
    }
  }

  @Test
  void aStreamThatFailsHandsOverEveryLineBeforeAndNamesTheNext() throws InputReadException {
    byte[] bytes = input(3_000, 3);
    InputStream failing = new InputStream() {
      private int at;

      @Override
      public int read() throws IOException {
        if (at == bytes.length) {
          throw new IOException("disk gone");
        }
        return bytes[at++] & 0xff;
      }
    };
    List<String> seen = new ArrayList<>();
    JsonLinesReader.LineSink<Object> sink = new JsonLinesReader.LineSink<>() {
      @Override
      public void accept(long line, Object record) {
        seen.add(String.valueOf(line));
      }

      @Override
      public void reject(InputLineException problem) {
        seen.add("rejected " + problem.line());
      }
    };
    assertThatThrownBy(() -> JsonLinesReader.caseEvents().read(failing, sink, POOL, 2))
        .isInstanceOf(InputReadException.class).satisfies(e -> assertThat(((InputReadException) e).line()).isEqualTo(3_001));
    List<String> expected = record(new ByteArrayInputStream(bytes), false);
    assertThat(seen).hasSize(expected.size());
  }
}
