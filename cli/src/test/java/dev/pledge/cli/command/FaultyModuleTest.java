package dev.pledge.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.cli.ExitCode;
import dev.pledge.cli.Run;
import dev.pledge.cli.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures inside Pledge's evaluation of one record that are not Pledge's own: a rule module's
 * bug, a stack overflow, the heap exhausted by one record. Every command rejects that record with
 * its line number, in Pledge's words and without a stack trace, counts it, writes every other
 * record's output and ends with exit status 1, not 3. Runs {@code pledge} in a JVM of its own
 * ({@link Forked}) with the {@link FaultyRules} module on its class path and a 64 MiB heap, so the
 * failures are real ones: channel (or kind) {@code bug} throws an {@link IllegalStateException},
 * {@code deep} overflows the stack and {@code hog} exhausts the heap.
 */
class FaultyModuleTest {
  private static final String INTERNAL = "internal error (a bug, please report it): ";
  private static final String HINT = "; PLEDGE_DEBUG=1 shows the stack trace";
  private static final String OUT_OF_MEMORY = "out of memory (Java's heap holds at most ";
  private static final String HEAP = "64m";
  private static final String AS_OF = "2026-03-02T12:00:00Z";

  /** Every faulty type in every section that can hold one; the rest is as plain as can be. */
  private static final String CONFIG = """
      {
        "pledge": 1,
        "name": "Faulty",
        "zone": "UTC",
        "calendars": { "always": { "type": "24x7" } },
        "programs": {
          "status": {
            "zone": "UTC",
            "metrics": { "points": { "type": "faulty" } },
            "period": { "type": "calendar-year" },
            "levels": [ { "id": "base" },
                        { "id": "top", "qualify": { "type": "metric", "metric": "points", "atLeast": 2 } } ]
          }
        },
        "servicePolicies": [
          { "id": "fragile", "when": { "type": "faulty" }, "calendar": "always",
            "targets": { "first-response": "PT1H" }, "objective": 0.9 },
          { "id": "default", "calendar": "always", "targets": { "first-response": "PT1H" }, "objective": 0.9 }
        ],
        "escalation": {
          "lines": [ { "level": 1, "name": "front line" } ],
          "entry": [ { "line": 1 } ],
          "steps": [ { "id": "look", "when": { "type": "faulty" }, "then": { "notify": ["lead"] } } ]
        },
        "ruleSets": {
          "fragile": { "mode": "all", "rules": [ { "id": "x", "when": { "type": "faulty" }, "then": { "ok": true } } ] }
        }
      }
      """;

  /** c2 (bug), c3 (deep) and c4 (hog) fail when their policy is chosen; c1 and c5 are fine. */
  private static final String[] CASES = {
    "{\"case\":\"c1\",\"at\":\"2026-03-02T09:00:00Z\",\"type\":\"opened\",\"customer\":\"anna\",\"channel\":\"email\",\"priority\":\"normal\"}",
    "{\"case\":\"c2\",\"at\":\"2026-03-02T09:00:00Z\",\"type\":\"opened\",\"customer\":\"bob\",\"channel\":\"bug\",\"priority\":\"normal\"}",
    "{\"case\":\"c3\",\"at\":\"2026-03-02T09:00:00Z\",\"type\":\"opened\",\"customer\":\"carl\",\"channel\":\"deep\",\"priority\":\"normal\"}",
    "{\"case\":\"c1\",\"at\":\"2026-03-02T09:30:00Z\",\"type\":\"agent-reply\"}",
    "{\"case\":\"c4\",\"at\":\"2026-03-02T09:00:00Z\",\"type\":\"opened\",\"customer\":\"dora\",\"channel\":\"hog\",\"priority\":\"normal\"}",
    "{\"case\":\"c2\",\"at\":\"2026-03-02T09:30:00Z\",\"type\":\"agent-reply\"}",
    "{\"case\":\"c5\",\"at\":\"2026-03-02T11:30:00Z\",\"type\":\"opened\",\"customer\":\"eve\",\"channel\":\"phone\",\"priority\":\"normal\"}"};

  @TempDir
  Path dir;

  private String config() {
    return Samples.write(dir, "faulty.json", CONFIG);
  }

  /** The three rejected cases of {@link #CASES}, as stderr names them. */
  private static void assertCasesRejected(String err, String cases) {
    List<String> lines = err.lines().toList();
    assertThat(lines.get(0)).isEqualTo(cases + ":2: case \"c2\" (2 lines) not evaluated: " + INTERNAL
        + "IllegalStateException" + HINT);
    assertThat(lines.get(1)).isEqualTo(cases + ":3: case \"c3\" (1 line) not evaluated: " + INTERNAL
        + "StackOverflowError" + HINT);
    assertThat(lines.get(2)).startsWith(cases + ":5: case \"c4\" (1 line) not evaluated: " + OUT_OF_MEMORY)
        .endsWith(" MiB); give Java more heap (-Xmx)");
    assertThat(err).endsWith("read 7 lines, processed 3, rejected 4\n").doesNotContain("\tat ", "Exception in");
  }

  @Test
  void slaRejectsEachCaseThatFailsInsideAndWritesEveryOtherCase() {
    String cases = Samples.write(dir, "cases.jsonl", CASES);

    Forked run = Forked.run(dir, HEAP, "sla", "-c", config(), "--cases", cases, "--as-of", AS_OF);

    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(Samples.records(run.out())).extracting(r -> r.get("case").asText() + " " + r.get("policy").asText()
        + " " + r.get("state").asText()).containsExactly("c1 default achieved", "c5 default active");
    assertCasesRejected(run.err(), cases);
    assertThat(run.err()).contains("cases: 2 evaluated (2 promised, 0 unpromised, 0 not yet opened), 3 rejected\n");
  }

  @Test
  void reportAndCheckFoldOnlyTheCasesThatWereEvaluated() {
    String cases = Samples.write(dir, "cases.jsonl", CASES);

    Forked report = Forked.run(dir, HEAP, "report", "-c", config(), "--cases", cases, "--as-of", AS_OF,
        "--format", "json");
    Forked check = Forked.run(dir, HEAP, "check", "-c", config(), "--cases", cases, "--as-of", AS_OF);

    assertThat(report.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(Samples.records(report.out())).singleElement().satisfies(row -> {
      assertThat(row.get("policy").asText()).isEqualTo("default");
      assertThat(row.get("instances").asInt()).isEqualTo(2);
      assertThat(row.get("achieved").asInt()).isEqualTo(1);
      assertThat(row.get("running").asInt()).isEqualTo(1);
    });
    assertCasesRejected(report.err(), cases);
    assertThat(check.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(check.out()).isEqualTo("""
        kept      default first-response: attainment 100.0% (1 of 1), 1 running, objective 90.0%
        check: every objective kept (1 policy and metric pairs)
        """);
    assertCasesRejected(check.err(), cases);
  }

  @Test
  void escalationsRejectsEachCaseThatFailsInsideAndWritesEveryOtherCase() {
    String cases = Samples.write(dir, "cases.jsonl", CASES);

    Forked run = Forked.run(dir, HEAP, "escalations", "-c", config(), "--cases", cases, "--as-of", AS_OF);

    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(Samples.records(run.out())).extracting(r -> r.get("case").asText()).containsExactly("c1", "c5");
    assertCasesRejected(run.err(), cases);
    assertThat(run.err()).contains("cases 5, evaluated 2, rejected 3\n");
  }

  @Test
  void tiersRejectsEachCustomerThatFailsInsideAndWritesEveryOtherCustomerHeldOrGrouped() {
    String activities = Samples.write(dir, "activities.jsonl",
        "{\"customer\":\"anna\",\"at\":\"2026-01-05T10:00:00Z\",\"kind\":\"flight\"}",
        "{\"customer\":\"anna\",\"at\":\"2026-01-06T10:00:00Z\",\"kind\":\"flight\"}",
        "{\"customer\":\"bob\",\"at\":\"2026-01-05T10:00:00Z\",\"kind\":\"bug\"}",
        "{\"customer\":\"bob\",\"at\":\"2026-01-06T10:00:00Z\",\"kind\":\"flight\"}",
        "{\"customer\":\"carl\",\"at\":\"2026-01-05T10:00:00Z\",\"kind\":\"deep\"}",
        "{\"customer\":\"dora\",\"at\":\"2026-01-05T10:00:00Z\",\"kind\":\"hog\"}",
        "{\"customer\":\"eve\",\"at\":\"2026-01-05T10:00:00Z\",\"kind\":\"flight\"}");

    for (boolean grouped : new boolean[] {false, true}) {
      Forked run = grouped
          ? Forked.run(dir, HEAP, "tiers", "-c", config(), "-a", activities, "--as-of", AS_OF, "--grouped")
          : Forked.run(dir, HEAP, "tiers", "-c", config(), "-a", activities, "--as-of", AS_OF);

      assertThat(run.exitCode()).as("grouped %s", grouped).isEqualTo(ExitCode.REJECTED);
      assertThat(Samples.records(run.out())).extracting(r -> r.get("customer").asText() + "=" + r.get("level").asText())
          .containsExactly("anna=top", "eve=base");
      List<String> err = run.err().lines().toList();
      assertThat(err).hasSize(4);
      assertThat(err.get(0)).isEqualTo(activities + ":3: customer \"bob\" (2 lines) not evaluated: " + INTERNAL
          + "IllegalStateException" + HINT);
      assertThat(err.get(1)).isEqualTo(activities + ":5: customer \"carl\" (1 line) not evaluated: " + INTERNAL
          + "StackOverflowError" + HINT);
      assertThat(err.get(2)).startsWith(activities + ":6: customer \"dora\" (1 line) not evaluated: " + OUT_OF_MEMORY);
      assertThat(err.get(3)).isEqualTo("read 7 lines, processed 3, rejected 4");
    }
  }

  @Test
  void rulesRejectsEachLineThatFailsInsideAndAnswersEveryOtherLine() {
    String facts = Samples.write(dir, "facts.jsonl", "{\"channel\":\"email\"}", "{\"channel\":\"bug\"}",
        "{\"channel\":\"deep\"}", "{\"channel\":\"hog\"}", "{\"channel\":\"phone\"}");

    Forked run = Forked.run(dir, HEAP, "rules", "-c", config(), "-r", "fragile", "-f", facts);

    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(Samples.records(run.out())).extracting(r -> r.get("line").asInt()).containsExactly(1, 5);
    List<String> err = run.err().lines().toList();
    assertThat(err).hasSize(4);
    assertThat(err.get(0)).isEqualTo(facts + ":2: " + INTERNAL + "IllegalStateException" + HINT);
    assertThat(err.get(1)).isEqualTo(facts + ":3: " + INTERNAL + "StackOverflowError" + HINT);
    assertThat(err.get(2)).startsWith(facts + ":4: " + OUT_OF_MEMORY);
    assertThat(err.get(3)).isEqualTo("read 5 lines, processed 2, rejected 3");
  }

  @Test
  void groupedTiersStopsInItsOwnWordsWhenOneCustomersLinesDoNotFitInTheHeap() {
    // one customer with more activities than the heap holds: the issue's "1,000,000 activities in
    // 256 MiB", scaled down. The customer before it is written; the run stops with one line.
    Forked run = Forked.run(dir, "24m", in -> {
      in.write("{\"customer\":\"zed\",\"at\":\"2026-01-05T10:00:00Z\",\"kind\":\"flight\"}\n"
          .getBytes(StandardCharsets.UTF_8));
      for (long i = 0; ; i++) {
        in.write(("{\"customer\":\"anna\",\"at\":\"2026-01-05T10:00:00Z\",\"kind\":\"flight\",\"id\":\"f" + i
            + "\",\"route\":\"WAW-CDG\"}\n").getBytes(StandardCharsets.UTF_8));
      }
    }, "tiers", "-c", Run.SKYCLUB.toString(), "-a", "-", "--as-of", AS_OF, "--grouped");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(Samples.records(run.out())).extracting(r -> r.get("customer").asText()).containsExactly("zed");
    assertThat(run.err()).matches("pledge: out of memory holding the \\d+ lines of customer \"anna\" from line 2: "
        + "with --grouped one customer's lines must fit in memory; give Java more heap \\(-Xmx\\)\n");
  }
}
