package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import dev.pledge.config.ConfigException;
import dev.pledge.config.Problem;
import dev.pledge.customer.Activity;
import dev.pledge.customer.CustomerContext;
import dev.pledge.input.JsonLinesReader;
import dev.pledge.sla.CaseEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzing in the build (issue 14, deliverable 7): the two example configurations, mutated
 * structurally, with boundary values (numbers, durations, dates, names, nesting) and with damaged
 * syntax. For every input: a {@link ConfigException} whose every problem has a pointer, a line and
 * column and Pledge's own words; or a {@link Pledge} whose evaluation of the examples' data (every
 * customer's tiers, every case's promises and escalations) ends within a time bound and throws
 * nothing but a {@link PledgeException}. Two independent errors in different sections are both
 * reported. Run long by hand with the tries raised (docs/reliability.md has the figures).
 */
class ConfigFuzzProperties {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path PROGRAMS = Path.of("../examples/programs");
  private static final Path DATA = Path.of("../examples/data");
  private static final List<String> SOURCES = List.of("skyclub", "shop");
  private static final Instant AS_OF = Instant.parse("2026-12-31T00:00:00Z");
  private static final String MARK = "@@boundary@@";

  /** Boundary values, as raw JSON text: numbers, durations, dates, instants, names, nesting. */
  private static final List<String> BOUNDARIES = List.of(
      "1e-2147483648", "1e2147483648", "1e99999999", "1e308", "1e-999999999", "-0", "0.0", "1e100", "1e-100",
      "-1e100", "1e101", "9223372036854775808", "1" + "0".repeat(63), "1".repeat(70), "0.5", "-1", "7",
      "\"\"", "\" \"", "\"PT87600000H\"", "\"P36525D\"", "\"P36526D\"", "\"PT0S\"", "\"-PT1H\"", "\"P999999999D\"",
      "\"P200Y\"", "\"1969-12-31\"", "\"1970-01-01\"", "\"0000-01-01\"", "\"0001-01-01\"", "\"9999-12-31\"",
      "\"+10000-01-01\"", "\"+1000000000-01-01\"", "\"--02-29\"", "\"--13-01\"", "\"-999999999-01-01T00:00:00+18:00\"",
      "\"1969-12-31T23:59:59Z\"", "\"UTC+25:00\"", "\"x" + "y".repeat(100_000) + "\"", "null", "[]", "{}", "[null]",
      "[".repeat(70) + "]".repeat(70), "[".repeat(60) + "]".repeat(60), "{\"type\": \"all\", \"of\": []}",
      "{\"type\": \"any\", \"of\": [null]}", "\"\\u0000\"");

  private static final AtomicLong INPUTS = new AtomicLong();
  private static final AtomicLong REJECTED = new AtomicLong();
  private static final AtomicLong LOADED = new AtomicLong();
  private static final AtomicLong EVALUATION_REFUSALS = new AtomicLong();
  private static final AtomicLong PAIRS = new AtomicLong();

  private static final Map<String, String> CONFIGS = new LinkedHashMap<>();
  private static final Map<String, Data> EXAMPLE_DATA = new LinkedHashMap<>();

  record Data(List<CustomerContext> customers, List<Activity> activities, Map<String, List<CaseEvent>> cases) {}

  static {
    for (String source : SOURCES) {
      try {
        CONFIGS.put(source, Files.readString(PROGRAMS.resolve(source + ".json")));
        EXAMPLE_DATA.put(source, new Data(read(JsonLinesReader.customers(), source + "-customers.jsonl"),
            read(JsonLinesReader.activities(), source + "-activities.jsonl"), cases(source)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static <T> List<T> read(JsonLinesReader<T> reader, String file) throws IOException {
    try (InputStream in = Files.newInputStream(DATA.resolve(file))) {
      return reader.readAll(in, e -> {
        throw new AssertionError("the example data must be valid: " + e.getMessage());
      });
    }
  }

  private static Map<String, List<CaseEvent>> cases(String source) throws IOException {
    Map<String, List<CaseEvent>> byCase = new LinkedHashMap<>();
    for (CaseEvent e : read(JsonLinesReader.caseEvents(), source + "-cases.jsonl")) {
      byCase.computeIfAbsent(e.caseId(), k -> new ArrayList<>()).add(e);
    }
    return byCase;
  }

  @Property(tries = 400) // 100,000 once by hand: docs/reliability.md
  void everyMutationLoadsOrIsRejectedInPledgesWords(@ForAll @IntRange(min = 0, max = 1) int source,
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int mutations) throws IOException {
    Random random = new Random(seed);
    String name = SOURCES.get(source);
    JsonNode root = JSON.readTree(CONFIGS.get(name));
    List<String> raw = new ArrayList<>();
    for (int i = 0; i < mutations; i++) {
      mutate(root, random, raw);
    }
    String json = print(root, raw);
    if (random.nextInt(6) == 0) {
      json = damage(json, random);
    }
    check(json, name);
  }

  @Property(tries = 150)
  void twoIndependentErrorsAreBothReported(@ForAll @IntRange(min = 0, max = 1) int source, @ForAll long seed)
      throws IOException {
    Random random = new Random(seed);
    String name = SOURCES.get(source);
    List<String[]> pairs = List.of(new String[] {"/calendars", "/programs"},
        new String[] {"/calendars", "/ruleSets"}, new String[] {"/calendars", "/escalation"},
        new String[] {"/servicePolicies", "/ruleSets"}, new String[] {"/servicePolicies", "/escalation"},
        new String[] {"/escalation", "/ruleSets"}, new String[] {"/programs", "/calendars"});
    String[] pair = pairs.get(random.nextInt(pairs.size()));
    JsonNode base = JSON.readTree(CONFIGS.get(name));
    Assume.that(!base.at(pair[0]).isMissingNode() && !base.at(pair[1]).isMissingNode());
    long seedA = random.nextLong();
    long seedB = random.nextLong();
    Set<String> alone0 = problemsOfOneError(base, pair[0], seedA);
    Set<String> alone1 = problemsOfOneError(base, pair[1], seedB);
    // Each must be an error of its own section: not a document-level one (pointer ""), such as a
    // nesting limit, which stops the read, so that nothing after it can be found.
    Assume.that(!alone0.isEmpty() && !alone1.isEmpty() && !alone0.contains("") && !alone1.contains(""));
    JsonNode both = base.deepCopy();
    List<String> raw = new ArrayList<>();
    mutateUnder(both.at(pair[0]), new Random(seedA), raw);
    mutateUnder(both.at(pair[1]), new Random(seedB), raw);
    Set<String> together = pointers(check(print(both, raw), name));
    PAIRS.incrementAndGet();
    assertThat(together).as("problems of both errors, alone: %s and %s", alone0, alone1)
        .containsAnyElementsOf(alone0).containsAnyElementsOf(alone1);
  }

  /** The pointers of the problems of {@code base} with one random error under {@code section}; empty if it loads. */
  private static Set<String> problemsOfOneError(JsonNode base, String section, long seed) {
    JsonNode one = base.deepCopy();
    List<String> raw = new ArrayList<>();
    mutateUnder(one.at(section), new Random(seed), raw);
    try {
      Pledge.builder().loadJson(print(one, raw), "one.json");
      return Set.of();
    } catch (ConfigException e) {
      return pointers(e.problems());
    }
  }

  private static Set<String> pointers(List<Problem> problems) {
    Set<String> out = new HashSet<>();
    problems.forEach(p -> out.add(p.pointer()));
    return out;
  }

  /**
   * Loads {@code json} and checks the outcome; returns the problems (empty when it loaded and its
   * evaluation passed).
   */
  private static List<Problem> check(String json, String source) {
    INPUTS.incrementAndGet();
    Pledge pledge;
    try {
      pledge = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Pledge.builder().loadJson(json, "fuzz.json"));
    } catch (ConfigException e) {
      REJECTED.incrementAndGet();
      assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
        assertThat(p.pointer()).as("pointer of %s", p).isNotNull();
        assertThat(p.line()).as("line of %s", p).isPositive();
        assertThat(p.column()).as("column of %s", p).isPositive();
        assertThat(p.message()).as("words of %s", p).isNotBlank().doesNotContain("Jackson", "Feature",
            "StreamReadConstraints", "`", "Source:", "java.", "Cannot invoke", "com.fasterxml");
        assertThat(p.message().length()).as("length of %s", p).isLessThan(600);
      });
      assertThat(e.getMessage().length()).isLessThan(600 * (e.problems().size() + 1));
      return e.problems();
    }
    LOADED.incrementAndGet();
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> evaluate(pledge, EXAMPLE_DATA.get(source)));
    return List.of();
  }

  /** Evaluates every customer and case of the data; only a PledgeException may come out, counted. */
  private static void evaluate(Pledge pledge, Data data) {
    Map<String, CustomerContext> contexts = new LinkedHashMap<>();
    for (CustomerContext c : data.customers()) {
      List<Activity> own = data.activities().stream().filter(a -> a.customer().equals(c.customer().id())).toList();
      try {
        contexts.put(c.customer().id(), pledge.context(c.customer(), own, AS_OF));
      } catch (PledgeException e) {
        EVALUATION_REFUSALS.incrementAndGet();
        contexts.put(c.customer().id(), c);
      }
    }
    for (List<CaseEvent> events : data.cases().values()) {
      CustomerContext customer = contexts.getOrDefault(events.get(0).customer().orElse(""), data.customers().get(0));
      try {
        pledge.evaluateCase(events, customer, AS_OF);
        pledge.escalation().evaluate(events, customer, events.get(events.size() - 1).at());
      } catch (PledgeException e) {
        EVALUATION_REFUSALS.incrementAndGet();
      }
    }
  }

  @AfterContainer
  static void figures() {
    System.out.printf("config fuzzing: %d inputs, %d rejected with problems, %d loaded and evaluated "
        + "(%d documented refusals while evaluating), %d pairs of independent errors%n", INPUTS.get(), REJECTED.get(),
        LOADED.get(), EVALUATION_REFUSALS.get(), PAIRS.get());
  }

  // ---- mutations

  private static void mutate(JsonNode root, Random random, List<String> raw) {
    mutateUnder(root, random, raw);
  }

  /** One random mutation of a container at or under {@code top}. */
  private static void mutateUnder(JsonNode top, Random random, List<String> raw) {
    List<JsonNode> containers = new ArrayList<>();
    collect(top, containers);
    if (containers.isEmpty()) {
      return;
    }
    JsonNode parent = containers.get(random.nextInt(containers.size()));
    if (parent.isEmpty()) {
      return;
    }
    int op = random.nextInt(6);
    JsonNode value = op >= 3 ? boundary(random, raw) : retype(random);
    if (parent instanceof ObjectNode o) {
      List<String> keys = new ArrayList<>();
      o.fieldNames().forEachRemaining(keys::add);
      String key = keys.get(random.nextInt(keys.size()));
      switch (op) {
        case 0 -> o.remove(key);
        case 1 -> o.set(random.nextBoolean() ? key + "-copy" : random.nextBoolean() ? "" : " ", o.get(key).deepCopy());
        case 2 -> {
          String other = keys.get(random.nextInt(keys.size()));
          JsonNode a = o.get(key);
          o.set(key, o.get(other));
          o.set(other, a);
        }
        default -> o.set(key, value);
      }
    } else if (parent instanceof ArrayNode a) {
      int i = random.nextInt(a.size());
      switch (op) {
        case 0 -> a.remove(i);
        case 1 -> a.add(a.get(i).deepCopy());
        case 2 -> a.set(i, retype(random));
        default -> a.set(i, value);
      }
    }
  }

  private static JsonNode retype(Random random) {
    JsonNode[] kinds = {JsonNodeFactory.instance.textNode("x"), JsonNodeFactory.instance.numberNode(-1),
        JsonNodeFactory.instance.numberNode(1.5), JsonNodeFactory.instance.booleanNode(true),
        JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.arrayNode(),
        JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.textNode("PT1H")};
    return kinds[random.nextInt(kinds.length)];
  }

  /** A marker the printer replaces with one of {@link #BOUNDARIES}, written raw. */
  private static JsonNode boundary(Random random, List<String> raw) {
    raw.add(BOUNDARIES.get(random.nextInt(BOUNDARIES.size())));
    return JsonNodeFactory.instance.textNode(MARK + (raw.size() - 1));
  }

  private static String print(JsonNode root, List<String> raw) {
    String json = root.toPrettyString();
    for (int i = raw.size() - 1; i >= 0; i--) {
      json = json.replace("\"" + MARK + i + "\"", raw.get(i));
    }
    return json;
  }

  /** Damages the text: a character removed, added or changed, or the text cut short. */
  private static String damage(String json, Random random) {
    int at = random.nextInt(json.length());
    String junk = String.valueOf("{}[],:\"\\0aeE-+. \n\u0000\u00e9".charAt(random.nextInt(18)));
    return switch (random.nextInt(4)) {
      case 0 -> json.substring(0, at) + json.substring(at + 1);
      case 1 -> json.substring(0, at) + junk + json.substring(at);
      case 2 -> json.substring(0, at) + junk + json.substring(at + 1);
      default -> json.substring(0, at);
    };
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        collect(it.next().getValue(), out);
      }
      if (node.isArray()) {
        node.forEach(child -> collect(child, out));
      }
    }
  }
}
