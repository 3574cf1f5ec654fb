package dev.pledge.benchmarks.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import dev.pledge.customer.Activity;
import dev.pledge.input.JsonLinesReader;
import dev.pledge.input.internal.ActivityLine;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Input lines per second: an activity line read by Pledge's reader ({@link JsonLinesReader}: the
 * limits, numbers checked from their text, repeated keys, the activity built), beside the way it
 * read lines before issue 14 (Jackson's own tree of the line, with exact decimals, then the same
 * activity built from it: the peer), and Jackson's tree alone (nothing checked, nothing built).
 * 1,024 pre-generated lines are visited round-robin.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class LinesBenchmark {
  private static final ObjectMapper JACKSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private final List<String> lines = new ArrayList<>();
  private final JsonLinesReader<Activity> reader = JsonLinesReader.activities();
  private int next;

  public LinesBenchmark() {
    Random random = new Random(42);
    for (int i = 0; i < 1024; i++) {
      lines.add("{\"customer\":\"c" + random.nextInt(500) + "\",\"at\":\"2026-03-" + (10 + random.nextInt(18))
          + "T0" + random.nextInt(10) + ":15:00Z\",\"kind\":\"flight\",\"id\":\"F" + i + "\",\"xp\":"
          + random.nextInt(200) + ".5,\"route\":\"WAW-CDG\",\"seats\":" + random.nextInt(3) + "}");
    }
  }

  private String line() {
    String line = lines.get(next);
    next = (next + 1) & 1023;
    return line;
  }

  @Benchmark
  public Activity pledgeReader() {
    return reader.read(line());
  }

  @Benchmark
  public Activity jacksonTreeThenActivity() throws Exception {
    return ActivityLine.read((ObjectNode) JACKSON.readTree(line()));
  }

  @Benchmark
  public JsonNode jacksonTreeOnly() throws Exception {
    return JACKSON.readTree(line());
  }
}
