package dev.pledge.benchmarks.sla;

import dev.pledge.Pledge;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.ServicePolicy;
import dev.pledge.sla.SlaEngine;
import java.time.Instant;
import java.util.ArrayList;
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
 * Cases per second through {@link SlaEngine#evaluate}: 10- and 50-event cases on a business
 * calendar (Warsaw office hours with a lunch break on Tuesday and Polish public holidays), two
 * policies loaded from JSON (the first chosen by tier and channel conditions), each targeting four
 * metrics; beside the same engine on a minute-stepping calendar (the naive baseline). One
 * invocation evaluates one case; 1,024 pre-generated cases are visited round-robin, half of them
 * a gold customer's.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class SlaBenchmark {
  private static final CustomerContext GOLD =
      CustomerContext.of(Customer.of("anna")).withLevel("status", "gold");
  private static final CustomerContext SILVER =
      CustomerContext.of(Customer.of("piotr")).withLevel("status", "silver");

  /** Warsaw office hours with Polish public holidays; gold email cases get tighter targets. */
  public static final String CONFIG = """
      {"pledge": 1, "zone": "Europe/Warsaw",
       "calendars": {"support-hours": {
          "week": {"mon": ["08:00-18:00"], "tue": ["08:00-12:00", "13:00-18:00"],
                   "wed": ["08:00-18:00"], "thu": ["08:00-18:00"], "fri": ["08:00-16:00"]},
          "publicHolidays": {"country": "PL"}}},
       "programs": {"status": {"metrics": {"xp": {"sum": "xp"}},
          "period": {"type": "calendar-year"},
          "levels": [{"id": "base"},
                     {"id": "silver", "qualify": {"type": "metric", "metric": "xp", "atLeast": 100}},
                     {"id": "gold", "qualify": {"type": "metric", "metric": "xp", "atLeast": 200}}],
          "validity": "next-period", "downgrade": {"mode": "to-qualified"}}},
       "servicePolicies": [
          {"id": "gold-email", "when": {"type": "all", "of": [
              {"type": "tier-at-least", "program": "status", "level": "gold"},
              {"type": "channel", "in": ["email"]}]},
           "calendar": "support-hours",
           "targets": {"first-response": "PT1H", "next-response": "PT2H",
                       "periodic-update": "PT4H", "resolution": "PT8H"}, "objective": 0.95},
          {"id": "default", "calendar": "support-hours",
           "targets": {"first-response": "PT4H", "next-response": "PT8H",
                       "periodic-update": "PT8H", "resolution": "P3D"}, "objective": 0.9}]}
      """;

  private SlaEngine engine;
  private SlaEngine naive;
  private List<List<CaseEvent>> ten;
  private List<List<CaseEvent>> fifty;
  private Instant asOf;
  private int next;

  /** Builds the engine from JSON (standard conditions), the baseline, and the cases. */
  @Setup(Level.Trial)
  public void setUp() {
    engine = Pledge.builder().loadJson(CONFIG).sla();
    List<ServicePolicy> stepping = new ArrayList<>();
    for (ServicePolicy p : engine.policies()) {
      ServicePolicy.Builder b = ServicePolicy.builder(p.id())
          .calendar(new MinuteSteppingCalendar(p.calendar())).objective(p.objective());
      p.when().ifPresent(b::when);
      p.targets().forEach(b::target);
      stepping.add(b.build());
    }
    naive = SlaEngine.of(stepping);
    ten = SlaCases.generate(1024, 10, 42);
    fifty = SlaCases.generate(1024, 50, 43);
    asOf = Instant.parse("2026-06-01T00:00:00Z");
    for (int i = 0; i < 64; i++) {
      List<CaseEvent> c = ten.get(i);
      if (!elapsed(engine.evaluate(c, customer(i), asOf))
          .equals(elapsed(naive.evaluate(c, customer(i), asOf)))) {
        throw new IllegalStateException("engine and baseline disagree on " + c);
      }
    }
  }

  private static List<String> elapsed(CaseOutcome outcome) {
    return outcome.instances().stream().map(i -> i.policy().id() + " " + i.metric() + "#"
        + i.number() + " " + i.elapsed() + " " + i.state()).toList();
  }

  /** Every other case is a gold customer's, so both policies are chosen. */
  private static CustomerContext customer(int n) {
    return (n & 1) == 0 ? GOLD : SILVER;
  }

  private List<CaseEvent> pick(List<List<CaseEvent>> cases) {
    next = (next + 1) & 1023;
    return cases.get(next);
  }

  private CustomerContext who() {
    return customer(next);
  }

  /** The engine, 10-event cases. */
  @Benchmark
  public CaseOutcome engine10Events() {
    return engine.evaluate(pick(ten), who(), asOf);
  }

  /** The engine, 50-event cases. */
  @Benchmark
  public CaseOutcome engine50Events() {
    return engine.evaluate(pick(fifty), who(), asOf);
  }

  /** Baseline: the same replay with minute-stepping working time, 10-event cases. */
  @Benchmark
  public CaseOutcome naiveMinuteStepping10Events() {
    return naive.evaluate(pick(ten), who(), asOf);
  }

  /** Baseline: the same replay with minute-stepping working time, 50-event cases. */
  @Benchmark
  public CaseOutcome naiveMinuteStepping50Events() {
    return naive.evaluate(pick(fifty), who(), asOf);
  }
}
