package dev.pledge.benchmarks.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.Pledge;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.escalation.DueStep;
import dev.pledge.escalation.Escalations;
import dev.pledge.input.JsonLinesReader;
import dev.pledge.kafka.PledgeStreams;
import dev.pledge.kafka.PledgeTopics;
import dev.pledge.output.PledgeJson;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Case events per second through Pledge's Kafka Streams topology ({@link PledgeStreams}) in a
 * {@link TopologyTestDriver} on one thread, beside the batch engines on the same cases in the same
 * run (the baseline).
 *
 * <p>The cases: {@value #CASES} generated cases on {@code examples/programs/skyclub.json} (found
 * under the repository root: the working directory or one of its parents, or the system property
 * {@code pledge.examples}), 4 to 6 events each (opened, agent replies, customer messages, solved,
 * closed), the SkyClub customers of {@code examples/data/skyclub-customers.jsonl} in turn, email or
 * phone, opened 7 minutes apart and their events minutes to hours apart, as JSON Lines sorted by
 * time. No customers are piped into the topology, so both sides see each customer as
 * {@code CustomerContext.of(Customer.of(id))} (no tier levels: the default policy applies).
 *
 * <ul>
 *   <li>{@link #topology}: every line piped into the case events topic (key = case id, value = the
 *       line, timestamp = its {@code at}), then the outcomes topic read, so input and output
 *       serialization are included. A fresh driver (fresh RocksDB state directory under a temporary
 *       directory) per invocation, created and closed outside the measurement;
 *       {@code processing.guarantee} at its default, at-least-once. The wall clock does not move,
 *       so no timer fires: this is the per-event path only.
 *   <li>{@link #batch}: the same lines parsed with {@link JsonLinesReader#caseEvents()} in the
 *       measured method, grouped by case, then {@code pledge.sla().evaluate} and
 *       {@code pledge.escalation().evaluate} once per case as of its last event: what
 *       {@code pledge sla} and {@code pledge escalations} do per case.
 * </ul>
 *
 * <p>Not the same work, on purpose: the topology re-evaluates a case on every event (each event
 * costs a replay of the case so far, plus the state store read and write), while the batch
 * evaluates each case once at the end. This is the honest comparison of "as events arrive" with
 * "once at the end". Both figures are events per second ({@link OperationsPerInvocation} = the
 * number of event lines). The setup checks that both sides agree: no dead letters, and each case's
 * last outcome (without what changes by itself with time) and its due steps are the same.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class StreamsBenchmark {
  static final int CASES = 1_000;
  private static final long SEED = 42;
  /** Known after generation; checked in the setup against {@link OperationsPerInvocation}. */
  static final int EVENTS = 5_009;
  private static final Instant START = Instant.parse("2026-03-02T07:00:00Z");
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  Pledge pledge;
  PledgeTopics topics;
  /** Every event line, in time order, with its case id and instant. */
  List<Line> lines;

  record Line(String caseId, String json, Instant at) {}

  /** Loads SkyClub, generates the events, and runs both sides once to check they agree. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path examples = examples();
    pledge = Pledge.load(examples.resolve("programs/skyclub.json"));
    topics = PledgeStreams.of(pledge).topics();
    lines = generate(customers(examples.resolve("data/skyclub-customers.jsonl")));
    if (lines.size() != EVENTS) {
      throw new IllegalStateException("generated " + lines.size() + " events, but @OperationsPerInvocation says "
          + EVENTS + ": update EVENTS");
    }
    check();
  }

  /** A fresh driver per invocation (its creation and closing are not measured). */
  @State(Scope.Thread)
  public static class Driver {
    /** RocksDB stores (the default) or in-memory ones ({@link PledgeStreams#inMemoryStores()}). */
    @Param({"rocksdb", "in-memory"})
    public String stores;

    Path dir;
    TopologyTestDriver driver;
    TestInputTopic<String, String> caseEvents;
    TestOutputTopic<String, String> outcomes;
    TestOutputTopic<String, String> dueSteps;
    TestOutputTopic<String, String> deadLetters;
    private int run;

    @Setup(Level.Trial)
    public void makeDir() throws IOException {
      dir = Files.createTempDirectory("pledge-streams-bench");
    }

    @Setup(Level.Invocation)
    public void open(StreamsBenchmark bench) {
      open(bench, dir.resolve("run-" + run++));
    }

    void open(StreamsBenchmark bench, Path stateDir) {
      Properties props = new Properties();
      props.put(StreamsConfig.APPLICATION_ID_CONFIG, "pledge-bench");
      props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
      props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
      // processing.guarantee left at its default, at_least_once
      PledgeStreams streams = "in-memory".equals(stores) ? PledgeStreams.of(bench.pledge).inMemoryStores()
          : PledgeStreams.of(bench.pledge);
      driver = new TopologyTestDriver(streams.topology(), props, START);
      caseEvents = driver.createInputTopic(bench.topics.caseEvents(), new StringSerializer(), new StringSerializer());
      outcomes = driver.createOutputTopic(bench.topics.outcomes(), new StringDeserializer(), new StringDeserializer());
      dueSteps = driver.createOutputTopic(bench.topics.dueSteps(), new StringDeserializer(), new StringDeserializer());
      deadLetters = driver.createOutputTopic(bench.topics.deadLetters(), new StringDeserializer(),
          new StringDeserializer());
    }

    /** Closing a driver deletes its stores' files. */
    @TearDown(Level.Invocation)
    public void close() {
      driver.close();
    }

    /** What the drivers left (the emptied state directories). */
    @TearDown(Level.Trial)
    public void removeDir() throws IOException {
      try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** Every event through the topology, then the outcomes read back. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public List<KeyValue<String, String>> topology(Driver d) {
    for (Line line : lines) {
      d.caseEvents.pipeInput(line.caseId(), line.json(), line.at());
    }
    return d.outcomes.readKeyValuesToList();
  }

  /**
   * The driver's own cost (the floor): a topology that copies every event from the case events
   * topic to the outcomes topic, in a fresh driver per invocation, as {@link #topology} runs.
   */
  @State(Scope.Thread)
  public static class Floor {
    TopologyTestDriver driver;
    TestInputTopic<String, String> in;
    TestOutputTopic<String, String> out;

    @Setup(Level.Invocation)
    public void open(StreamsBenchmark bench) {
      StreamsBuilder builder = new StreamsBuilder();
      builder.stream(bench.topics.caseEvents(), Consumed.with(Serdes.String(), Serdes.String()))
          .to(bench.topics.outcomes(), Produced.with(Serdes.String(), Serdes.String()));
      Properties props = new Properties();
      props.put(StreamsConfig.APPLICATION_ID_CONFIG, "pledge-bench-floor");
      props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
      driver = new TopologyTestDriver(builder.build(), props, START);
      in = driver.createInputTopic(bench.topics.caseEvents(), new StringSerializer(), new StringSerializer());
      out = driver.createOutputTopic(bench.topics.outcomes(), new StringDeserializer(), new StringDeserializer());
    }

    @TearDown(Level.Invocation)
    public void close() {
      driver.close();
    }
  }

  /** Every event through a topology that only copies it: what the driver costs without Pledge. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public List<KeyValue<String, String>> driverFloor(Floor f) {
    for (Line line : lines) {
      f.in.pipeInput(line.caseId(), line.json(), line.at());
    }
    return f.out.readKeyValuesToList();
  }

  /** The same lines parsed, grouped by case, and each case evaluated once as of its last event. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public void batch(Blackhole bh) {
    for (Map.Entry<String, List<CaseEvent>> c : group(lines).entrySet()) {
      List<CaseEvent> events = c.getValue();
      CustomerContext customer = context(events);
      Instant asOf = events.get(events.size() - 1).at();
      bh.consume(pledge.sla().evaluate(events, customer, asOf));
      bh.consume(pledge.escalation().evaluate(events, customer, asOf));
    }
  }

  private static Map<String, List<CaseEvent>> group(List<Line> lines) {
    JsonLinesReader<CaseEvent> reader = JsonLinesReader.caseEvents();
    Map<String, List<CaseEvent>> cases = new LinkedHashMap<>();
    for (Line line : lines) {
      CaseEvent event = reader.read(line.json());
      cases.computeIfAbsent(event.caseId(), k -> new ArrayList<>()).add(event);
    }
    return cases;
  }

  /** The customer of the case's opened event, with no levels: what the topology sees without customers piped. */
  private static CustomerContext context(List<CaseEvent> events) {
    return CustomerContext.of(Customer.of(events.get(0).customer().orElseThrow()));
  }

  /** Runs both sides once; each case's last outcome and its due steps must agree. */
  private void check() throws IOException {
    Driver d = new Driver();
    d.makeDir();
    Map<String, String> streamOutcomes = new HashMap<>();
    TreeSet<String> streamSteps = new TreeSet<>();
    try {
      d.open(this, d.dir.resolve("check"));
      List<KeyValue<String, String>> outs = topology(d);
      for (KeyValue<String, String> kv : outs) {
        streamOutcomes.put(kv.key, fingerprint(JSON.readTree(kv.value)));
      }
      for (TestRecord<String, String> r : d.dueSteps.readRecordsToList()) {
        streamSteps.add(r.key() + " " + JSON.readTree(r.value()).get("step").asText());
      }
      if (!d.deadLetters.isEmpty()) {
        throw new IllegalStateException("dead letters: " + d.deadLetters.readValuesToList());
      }
    } finally {
      d.close();
      d.removeDir();
    }
    TreeSet<String> batchSteps = new TreeSet<>();
    for (Map.Entry<String, List<CaseEvent>> c : group(lines).entrySet()) {
      List<CaseEvent> events = c.getValue();
      Instant asOf = events.get(events.size() - 1).at();
      CaseOutcome outcome = pledge.sla().evaluate(events, context(events), asOf);
      String batch = fingerprint(PledgeJson.caseOutcome(outcome));
      if (!batch.equals(streamOutcomes.get(c.getKey()))) {
        throw new IllegalStateException("case " + c.getKey() + ": the topology's last outcome is "
            + streamOutcomes.get(c.getKey()) + ", the batch's " + batch);
      }
      Escalations escalations = pledge.escalation().evaluate(events, context(events), asOf);
      for (DueStep step : escalations.due()) {
        batchSteps.add(c.getKey() + " " + step.step());
      }
    }
    if (!batchSteps.equals(streamSteps)) {
      throw new IllegalStateException("due steps differ: topology " + streamSteps + ", batch " + batchSteps);
    }
    if (streamOutcomes.size() != CASES) {
      throw new IllegalStateException(streamOutcomes.size() + " cases have outcomes, not " + CASES);
    }
  }

  /** The outcome without what changes by itself as time passes (as the topology decides what is new). */
  private static String fingerprint(JsonNode outcome) {
    ObjectNode copy = outcome.deepCopy();
    copy.remove("asOf");
    for (JsonNode instance : copy.path("instances")) {
      if (instance.path("stop").isNull()) {
        ((ObjectNode) instance).remove(List.of("elapsed", "paused", "breachedBy"));
      }
    }
    return copy.toString();
  }

  // ---- the generated cases ----

  static List<Line> generate(List<String> customers) {
    SplittableRandom random = new SplittableRandom(SEED);
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      String id = String.format("c%04d", i);
      Instant t = START.plus(Duration.ofMinutes(7L * i));
      String customer = customers.get(i % customers.size());
      String channel = random.nextBoolean() ? "email" : "phone";
      ObjectNode opened = event(id, t, "opened").put("customer", customer).put("channel", channel)
          .put("priority", random.nextInt(4) == 0 ? "high" : "normal");
      lines.add(new Line(id, opened.toString(), t));
      int middle = 1 + random.nextInt(3); // 1-3 exchanges, then solved and closed: 4-6 events
      for (int k = 0; k < middle; k++) {
        t = t.plus(Duration.ofMinutes(5 + random.nextInt(6 * 60)));
        String type = k % 2 == 0 ? "agent-reply" : "customer-message";
        lines.add(new Line(id, event(id, t, type).toString(), t));
      }
      t = t.plus(Duration.ofMinutes(10 + random.nextInt(4 * 60)));
      lines.add(new Line(id, event(id, t, "status").put("status", "solved").toString(), t));
      t = t.plus(Duration.ofMinutes(30 + random.nextInt(24 * 60)));
      lines.add(new Line(id, event(id, t, "status").put("status", "closed").toString(), t));
    }
    lines.sort(Comparator.comparing(Line::at)); // stable: a case's ties keep their order
    return List.copyOf(lines);
  }

  private static ObjectNode event(String caseId, Instant at, String type) {
    return JSON.createObjectNode().put("case", caseId).put("at", at.toString()).put("type", type);
  }

  private static List<String> customers(Path file) throws IOException {
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        ids.add(JSON.readTree(line).get("customer").asText());
      }
    }
    return ids;
  }

  /** {@code pledge.examples}, or {@code examples} in the working directory or the nearest parent that has it. */
  private static Path examples() {
    String property = System.getProperty("pledge.examples");
    if (property != null) {
      return Path.of(property);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("examples/programs/skyclub.json"))) {
        return dir.resolve("examples");
      }
    }
    throw new UncheckedIOException(new IOException(
        "examples/programs/skyclub.json not found above " + Path.of("").toAbsolutePath()
            + "; run from the repository or set -Dpledge.examples"));
  }
}
