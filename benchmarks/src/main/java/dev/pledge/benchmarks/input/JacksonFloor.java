package dev.pledge.benchmarks.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The floor of an end-to-end run (issue 15): a JSON Lines file read and parsed into Jackson trees,
 * nothing checked, built or written. {@code one}: one thread, Jackson's own reader of a sequence
 * of values. {@code N} (a number): the way {@code pledge --threads N} reads, one thread splitting
 * lines, N threads parsing batches of 512 into trees, the trees taken in input order. Prints the
 * lines, the seconds and the lines per second. Run by hand:
 *
 * <pre>
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar dev.pledge.benchmarks.input.JacksonFloor /tmp/cases.jsonl 2
 * </pre>
 */
public final class JacksonFloor {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JacksonFloor() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    long start = System.nanoTime();
    long[] counted = args[1].equals("one") ? one(file) : parallel(file, Integer.parseInt(args[1]));
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%s: %,d lines (%,d members) in %.2f s: %,.0f lines/s%n", args[1], counted[0], counted[1],
        seconds, counted[0] / seconds);
  }

  private static long[] one(Path file) throws IOException {
    long lines = 0;
    long members = 0;
    try (MappingIterator<JsonNode> values = MAPPER.readerFor(JsonNode.class).readValues(file.toFile())) {
      while (values.hasNext()) {
        members += values.next().size();
        lines++;
      }
    }
    return new long[] {lines, members};
  }

  private static long[] parallel(Path file, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ArrayDeque<Future<List<JsonNode>>> pending = new ArrayDeque<>();
    long lines = 0;
    long members = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String> batch = new ArrayList<>(512);
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        batch.add(line);
        if (batch.size() == 512) {
          pending.add(submit(pool, batch));
          batch = new ArrayList<>(512);
          while (!pending.isEmpty() && (pending.size() > 4 * threads || pending.peek().isDone())) {
            for (JsonNode n : pending.poll().get()) {
              members += n.size();
              lines++;
            }
          }
        }
      }
      pending.add(submit(pool, batch));
      while (!pending.isEmpty()) {
        for (JsonNode n : pending.poll().get()) {
          members += n.size();
          lines++;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new long[] {lines, members};
  }

  private static Future<List<JsonNode>> submit(ExecutorService pool, List<String> batch) {
    return pool.submit(() -> {
      List<JsonNode> trees = new ArrayList<>(batch.size());
      for (String line : batch) {
        trees.add(MAPPER.readTree(line));
      }
      return trees;
    });
  }
}
