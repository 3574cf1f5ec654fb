package dev.pledge.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: {@code --threads} changes nothing but the speed. On generated input with bad lines,
 * cases that cannot be evaluated and a case that comes back (grouped), every command prints the
 * same standard output and the same messages, in the same order, with the same exit status, on one
 * thread and on three; over several thousand lines, so that many batches are in flight at once.
 */
class ThreadsTest {
  @TempDir
  static Path dir;
  static Path cases;
  static Path customers;
  static Path activities;

  @BeforeAll
  static void generate() throws IOException {
    Random random = new Random(15);
    List<String> events = new ArrayList<>();
    String[] channels = {"email", "phone", "chat"};
    for (int c = 0; c < 2_500; c++) {
      String id = "k" + c;
      long t = 1_772_000_000L + c * 600L;
      int kind = random.nextInt(40);
      if (kind != 0) {  // kind 0: no "opened", so the case cannot be evaluated
        events.add("{\"case\":\"" + id + "\",\"at\":\"" + instant(t) + "\",\"type\":\"opened\",\"customer\":\"c"
            + random.nextInt(300) + "\",\"channel\":\"" + channels[random.nextInt(3)] + "\",\"priority\":\"normal\"}");
      }
      for (int e = random.nextInt(6); e > 0; e--) {
        t += random.nextInt(20_000);
        switch (random.nextInt(12)) {
          case 0 -> events.add("{\"case\":\"" + id + "\",\"at\":\"soon\",\"type\":\"agent-reply\"}");
          case 1 -> events.add("not json at all");
          case 2 -> events.add("");
          case 3 -> events.add("{\"case\":\"" + id + "\",\"at\":\"" + instant(t) + "\",\"type\":\"status\",\"status\":\"pending\"}");
          case 4 -> events.add("{\"case\":\"" + id + "\",\"at\":\"" + instant(t) + "\",\"type\":\"status\",\"status\":\"open\"}");
          default -> events.add("{\"case\":\"" + id + "\",\"at\":\"" + instant(t) + "\",\"type\":\""
              + (random.nextBoolean() ? "agent-reply" : "customer-message") + "\"}");
        }
      }
      if (c == 1_200) {  // a case that comes back: rejected in grouped mode
        events.add("{\"case\":\"k3\",\"at\":\"" + instant(t) + "\",\"type\":\"agent-reply\"}");
      }
    }
    cases = Files.write(dir.resolve("cases.jsonl"), events);
    List<String> people = new ArrayList<>();
    List<String> flights = new ArrayList<>();
    String[] levels = {"explorer", "silver", "gold", "platinum"};
    for (int p = 0; p < 300; p++) {
      people.add("{\"customer\":\"c" + p + "\",\"joined\":\"2020-01-01\",\"tiers\":{\"status\":\""
          + levels[random.nextInt(4)] + "\"}}");
      for (int f = random.nextInt(12); f > 0; f--) {
        flights.add(random.nextInt(50) == 0 ? "{\"customer\":\"c" + p + "\",\"oops\"}"
            : "{\"customer\":\"c" + p + "\",\"at\":\"" + instant(1_760_000_000L + random.nextInt(10_000_000))
                + "\",\"kind\":\"flight\",\"xp\":" + random.nextInt(60) + "}");
      }
    }
    customers = Files.write(dir.resolve("customers.jsonl"), people);
    activities = Files.write(dir.resolve("activities.jsonl"), flights);
  }

  private static String instant(long seconds) {
    return java.time.Instant.ofEpochSecond(seconds).toString();
  }

  /** The same run on one thread and on three: the same everything. */
  private static Run sameOnOneAndThree(String... args) {
    List<String> one = new ArrayList<>(List.of(args));
    one.addAll(List.of("--threads", "1"));
    List<String> three = new ArrayList<>(List.of(args));
    three.addAll(List.of("--threads", "3"));
    Run single = Run.of(one.toArray(String[]::new));
    Run parallel = Run.of(three.toArray(String[]::new));
    assertThat(parallel.out()).isEqualTo(single.out());
    assertThat(parallel.err()).isEqualTo(single.err());
    assertThat(parallel.exitCode()).isEqualTo(single.exitCode());
    return single;
  }

  private static void hasOutputAndRejections(Run run) {
    assertThat(run.out().lines().count()).isGreaterThan(1_000);
    assertThat(run.err()).contains(":1").contains("not evaluated").contains("rejected");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void slaGroupedAndHeld() {
    for (String grouped : new String[] {"--grouped", "--no-progress"}) {
      Run run = sameOnOneAndThree("sla", "-c", Run.SKYCLUB.toString(), "--cases", cases.toString(),
          "--customers", customers.toString(), "--as-of", "2026-03-30T00:00:00Z", grouped);
      hasOutputAndRejections(run);
    }
    assertThat(Run.of("sla", "-c", Run.SKYCLUB.toString(), "--cases", cases.toString(), "--grouped",
        "--as-of", "2026-03-30T00:00:00Z").err()).contains("\"k3\" was already evaluated");
  }

  @Test
  void escalationsAndTheReportsFold() {
    hasOutputAndRejections(sameOnOneAndThree("escalations", "-c", Run.SKYCLUB.toString(), "--cases", cases.toString(),
        "--customers", customers.toString(), "--as-of", "2026-03-30T00:00:00Z", "--grouped"));
    Run check = sameOnOneAndThree("check", "-c", Run.SKYCLUB.toString(), "--cases", cases.toString(),
        "--customers", customers.toString(), "--activities", activities.toString(), "--as-of", "2026-03-30T00:00:00Z");
    assertThat(check.err()).contains("not evaluated");
  }

  @Test
  void tiersGroupedAndHeld() {
    for (String grouped : new String[] {"--grouped", "--no-progress"}) {
      Run run = sameOnOneAndThree("tiers", "-c", Run.SKYCLUB.toString(), "--activities", activities.toString(),
          "--customers", customers.toString(), "--as-of", "2026-03-30T00:00:00Z", grouped);
      assertThat(run.out().lines().count()).isGreaterThan(200);
      assertThat(run.err()).contains("rejected");
    }
  }

  @Test
  void threadsOutsideOneTo256AreAUsageError() {
    Run run = Run.of("sla", "-c", Run.SKYCLUB.toString(), "--cases", cases.toString(), "--as-of",
        "2026-03-30T00:00:00Z", "--threads", "0");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--threads must be from 1 to 256, but was 0");
  }
}
