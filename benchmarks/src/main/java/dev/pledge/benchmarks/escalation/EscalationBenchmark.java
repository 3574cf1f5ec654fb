package dev.pledge.benchmarks.escalation;

import dev.pledge.Pledge;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.escalation.EscalationEngine;
import dev.pledge.escalation.Escalations;
import dev.pledge.sla.CaseEvent;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cases per second through {@link EscalationEngine#evaluate}: 10-event cases, 5 steps (two
 * time-based on resolution, one on first response, two count-based), on Warsaw office hours with
 * Polish public holidays; beside the naive baseline that polls every minute of the case's life.
 * One invocation evaluates one case; 1,024 pre-generated cases are visited round-robin.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class EscalationBenchmark {
  private static final CustomerContext ANNA = CustomerContext.of(Customer.of("anna")).withLevel("status", "gold");

  static final String CONFIG = """
      {"pledge": 1, "zone": "Europe/Warsaw",
       "calendars": {"support-hours": {
          "week": {"mon": ["08:00-18:00"], "tue": ["08:00-12:00", "13:00-18:00"],
                   "wed": ["08:00-18:00"], "thu": ["08:00-18:00"], "fri": ["08:00-16:00"]},
          "publicHolidays": {"country": "PL"}}},
       "programs": {"status": {"metrics": {"xp": {"sum": "xp"}}, "period": {"type": "calendar-year"},
          "levels": [{"id": "base"}, {"id": "gold", "qualify": {"type": "metric", "metric": "xp", "atLeast": 200}}],
          "validity": "next-period", "downgrade": {"mode": "to-qualified"}}},
       "servicePolicies": [{"id": "default", "calendar": "support-hours",
          "targets": {"first-response": "PT4H", "next-response": "PT8H", "resolution": "P3D"}, "objective": 0.9}],
       "escalation": {"entry": [{"when": {"type": "tier-at-least", "program": "status", "level": "gold"}, "line": 2},
                                {"line": 1}],
          "steps": [
            {"id": "warn", "when": {"type": "elapsed", "metric": "resolution", "atLeast": 0.75},
             "then": {"notify": ["assignee"]}},
            {"id": "breach", "when": {"type": "breached", "metric": "first-response"},
             "then": {"notify": ["team-lead"], "moveToLine": 2}},
            {"id": "ping-pong", "when": {"type": "transfers", "atLeast": 2},
             "then": {"moveToLine": 3, "keepOwner": true}},
            {"id": "chase", "when": {"type": "customer-messages", "atLeast": 2}, "then": {"notify": ["assignee"]}},
            {"id": "sorry", "when": {"type": "breached", "metric": "resolution"},
             "then": {"compensate": {"program": "status", "activity": {"kind": "goodwill", "xp": 10}}}}]}}
      """;

  private EscalationEngine engine;
  private PollingEscalations polling;
  private List<List<CaseEvent>> cases;
  private Instant[] asOf;
  private int next;

  /** Builds the engine from JSON, the baseline and the cases; checks both agree to the minute. */
  @Setup(Level.Trial)
  public void setUp() {
    engine = Pledge.builder().loadJson(CONFIG).escalation();
    polling = new PollingEscalations(engine);
    cases = EscalationCases.generate(1024, 10, 42);
    asOf = cases.stream().map(EscalationCases::asOf).toArray(Instant[]::new);
    int dueSteps = 0;
    for (int i = 0; i < 16; i++) {
      Escalations exact = engine.evaluate(cases.get(i), ANNA, asOf[i]);
      Instant[] polled = polling.evaluate(cases.get(i), ANNA, asOf[i]);
      dueSteps += exact.due().size();
      long polledCount = java.util.Arrays.stream(polled).filter(java.util.Objects::nonNull).count();
      if (polledCount != exact.due().size()) {
        throw new IllegalStateException("engine and baseline disagree on " + cases.get(i) + ": " + exact
            + " versus " + java.util.Arrays.toString(polled));
      }
    }
    if (dueSteps == 0) {
      throw new IllegalStateException("no step is due in the sample: the benchmark would measure nothing");
    }
  }

  /** The engine: exact due instants and nextCheckAt. */
  @Benchmark
  public Escalations engine10Events5Steps() {
    next = (next + 1) & 1023;
    return engine.evaluate(cases.get(next), ANNA, asOf[next]);
  }

  /** Baseline: poll the case every minute of its life. */
  @Benchmark
  public Instant[] naivePollingEveryMinute10Events5Steps() {
    next = (next + 1) & 1023;
    return polling.evaluate(cases.get(next), ANNA, asOf[next]);
  }
}
