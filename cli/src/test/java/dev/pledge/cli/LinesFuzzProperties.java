package dev.pledge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzing the commands' JSON Lines inputs (issue 14, deliverable 7): bad lines (broken syntax,
 * numbers and instants out of range, limits, wrong shapes, bytes that are not UTF-8) mixed into the
 * examples' data and run through every command that reads lines. For every run: each bad line is
 * reported with its own line number, the output is exactly that of the clean data (every good
 * line's output present, nothing else), the summary counts the rejected lines, no exit 3 and no
 * stack trace, within a time bound.
 */
class LinesFuzzProperties {
  private static final Path DATA = Path.of("../examples/data");
  private static final String AS_OF = "2026-03-06T18:00:00Z";
  private static final AtomicLong RUNS = new AtomicLong();
  private static final AtomicLong LINES = new AtomicLong();
  private static final AtomicLong BAD = new AtomicLong();
  private static final Map<String, Run> CLEAN = new ConcurrentHashMap<>();

  /** A command that reads one fuzzed file, with the file's place in its arguments. */
  record Command(String name, String file, List<String> args) {
    List<String> with(String path) {
      return args.stream().map(a -> a.equals("@file") ? path : a).toList();
    }
  }

  private static final List<Command> COMMANDS = List.of(
      new Command("tiers activities", "skyclub-activities.jsonl", List.of("tiers", "-c", Run.SKYCLUB.toString(),
          "--customers", DATA.resolve("skyclub-customers.jsonl").toString(), "--activities", "@file", "--as-of",
          AS_OF)),
      new Command("tiers customers", "shop-customers.jsonl", List.of("tiers", "-c", Run.SHOP.toString(),
          "--customers", "@file", "--activities", DATA.resolve("shop-activities.jsonl").toString(), "--as-of",
          AS_OF)),
      new Command("sla", "skyclub-cases.jsonl", List.of("sla", "-c", Run.SKYCLUB.toString(), "--cases", "@file",
          "--customers", DATA.resolve("skyclub-customers.jsonl").toString(), "--as-of", AS_OF)),
      new Command("escalations", "shop-cases.jsonl", List.of("escalations", "-c", Run.SHOP.toString(), "--cases",
          "@file", "--as-of", AS_OF)),
      new Command("report", "skyclub-cases.jsonl", List.of("report", "-c", Run.SKYCLUB.toString(), "--cases",
          "@file", "--customers", DATA.resolve("skyclub-customers.jsonl").toString(), "--as-of", AS_OF)),
      new Command("check", "shop-cases.jsonl", List.of("check", "-c", Run.SHOP.toString(), "--cases", "@file",
          "--as-of", AS_OF)),
      new Command("staff cases", "skyclub-cases.jsonl", List.of("staff", "-c", Run.SKYCLUB.toString(), "--policy",
          "platinum-phone", "--cases", "@file", "--customers", DATA.resolve("skyclub-customers.jsonl").toString(),
          "--aht", "PT6M")),
      new Command("staff forecast", "skyclub-forecast.jsonl", List.of("staff", "-c", Run.SKYCLUB.toString(),
          "--policy", "platinum-phone", "--forecast", "@file", "--aht", "PT6M")),
      new Command("measures activities", "skyclub-activities.jsonl", List.of("measures", "-c", Run.SKYCLUB.toString(),
          "--cases", DATA.resolve("skyclub-cases.jsonl").toString(), "--customers",
          DATA.resolve("skyclub-customers.jsonl").toString(), "-a", "@file", "--as-of", AS_OF, "--format", "json")),
      new Command("measures cases", "shop-cases.jsonl", List.of("measures", "-c", Run.SHOP.toString(), "--cases",
          "@file", "-a", DATA.resolve("shop-activities.jsonl").toString(), "--as-of", AS_OF, "--format", "json")),
      new Command("audit", "skyclub-cases.jsonl", List.of("audit", "-c", Run.SKYCLUB.toString(), "--cases", "@file",
          "--customers", DATA.resolve("skyclub-customers.jsonl").toString(), "--by", "hour", "--as-of", AS_OF)));

  @Property(tries = 30) // 1,500 once by hand: docs/reliability.md
  void badLinesAreReportedWithTheirNumbersAndTheRestIsProcessed(@ForAll long seed) throws IOException {
    Random random = new Random(seed);
    Command command = COMMANDS.get(random.nextInt(COMMANDS.size()));
    List<String> good = Files.readAllLines(DATA.resolve(command.file()), StandardCharsets.UTF_8);
    Run clean = CLEAN.computeIfAbsent(command.name(), k -> Run.of(command.with(DATA.resolve(command.file())
        .toString()).toArray(String[]::new)));
    // the clean data is itself clean: nothing rejected (check may still fail on the promises)
    assertThat(clean.exitCode()).as("clean run of %s: %s", command.name(), clean.err()).isNotEqualTo(3);
    assertThat(clean.err()).as("clean run of %s", command.name()).doesNotContain("rejected 1", "rejected 2");

    TreeMap<Integer, byte[]> lines = new TreeMap<>(); // line number -> bytes, after insertion
    List<Integer> badNumbers = new ArrayList<>();
    int bad = 1 + random.nextInt(4);
    List<byte[]> mixed = new ArrayList<>();
    good.forEach(l -> mixed.add(l.getBytes(StandardCharsets.UTF_8)));
    List<Boolean> isBad = new ArrayList<>(java.util.Collections.nCopies(mixed.size(), false));
    for (int i = 0; i < bad; i++) {
      int at = random.nextInt(mixed.size() + 1);
      mixed.add(at, badLine(random, good.get(random.nextInt(good.size()))));
      isBad.add(at, true);
    }
    for (int i = 0; i < mixed.size(); i++) {
      lines.put(i + 1, mixed.get(i));
      if (isBad.get(i)) {
        badNumbers.add(i + 1);
      }
    }
    Path dir = Files.createTempDirectory("pledge-fuzz");
    Path file = dir.resolve("input.jsonl");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    lines.values().forEach(b -> {
      bytes.writeBytes(b);
      bytes.write('\n');
    });
    Files.write(file, bytes.toByteArray());

    Run run = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> Run.of(command.with(file.toString()).toArray(String[]::new)));
    RUNS.incrementAndGet();
    LINES.addAndGet(lines.size());
    BAD.addAndGet(bad);
    assertThat(run.exitCode()).as("exit of %s: %s", command.name(), run.err()).isNotEqualTo(3).isNotZero();
    assertThat(run.err()).as("clean run of %s", command.name()).contains("rejected " + bad);
    assertThat(run.err()).as("%s", command.name()).doesNotContain("\tat ", "Exception", "Jackson", "`");
    for (int n : badNumbers) {
      assertThat(run.err()).as("line %d of %s reported", n, command.name()).contains(file + ":" + n + ":");
    }
    assertThat(run.err().lines().filter(l -> l.startsWith(file + ":")).count()).as("lines reported")
        .isEqualTo(bad);
    assertThat(run.err()).as("the summary").contains("rejected " + bad);
    assertThat(run.out()).as("the output of the good lines, unchanged").isEqualTo(clean.out());
    deleteAll(dir);
  }

  /** A line that cannot be read: its reader must reject it, whatever the command. */
  private static byte[] badLine(Random random, String good) {
    String line = switch (random.nextInt(11)) {
      case 0 -> good.substring(0, 1 + random.nextInt(good.length() - 1)); // cut short
      case 1 -> instead(good, good.replaceFirst("\"at\":\"[^\"]*\"", "\"at\":\"-999999999-01-01T00:00:00+18:00\""));
      case 2 -> instead(good, good.replaceFirst("\"(at|joined)\":\"[^\"]*\"", "\"$1\":\"+10000-01-01T00:00:00Z\""));
      case 3 -> good.substring(0, good.length() - 1) + ",\"n\":1e-2147483648}";
      case 4 -> good.substring(0, good.length() - 1) + ",\"n\":1e99999999}";
      case 5 -> "{\"a\":" + "[".repeat(70) + "]".repeat(70) + "}";
      case 6 -> good.substring(0, good.length() - 1) + "," + good.substring(1); // every key twice
      case 7 -> "[" + good + "]";
      case 8 -> good.substring(0, good.length() - 1) + ",\"n\":NaN}";
      case 9 -> good + " {}";
      default -> null; // bytes that are not UTF-8
    };
    if (line == null) {
      byte[] raw = good.getBytes(StandardCharsets.UTF_8);
      raw[random.nextInt(raw.length)] = (byte) 0xC3;
      raw[raw.length - 1] = (byte) 0xFF;
      return raw;
    }
    return line.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code changed}, or, if the line had no such field, the line with its value changed to out of range. */
  private static String instead(String good, String changed) {
    return changed.equals(good) ? good.substring(0, good.length() - 1) + ",\"n\":-1e-101}" : changed;
  }

  private static void deleteAll(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterContainer
  static void figures() {
    System.out.printf("lines fuzzing: %d runs, %d lines, %d bad lines, each reported%n", RUNS.get(), LINES.get(),
        BAD.get());
  }
}
