package dev.pledge.benchmarks.tier;

import dev.pledge.Pledge;
import dev.pledge.customer.Customer;
import dev.pledge.customer.Activity;
import dev.pledge.tier.TierProgram;
import dev.pledge.tier.TierStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Evaluating one customer's tier status with 20, 200 and 2,000 activities spread over two
 * calendar years, against a naive replay that re-sums the period at every activity. The program
 * is the airline ladder of docs/tiers.md ("A program in JSON") loaded from JSON with the standard
 * types (three metrics, an OR, soft landing, rollover). Divide activities by the time per
 * operation for activities per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TierBenchmark {
  static final String JSON = """
      {"pledge": 1, "zone": "Europe/Paris", "programs": {"status": {
        "metrics": {"xp": {"sum": "xp", "where": {"kind": ["flight"]}},
                    "segments": {"count": true, "where": {"kind": ["flight"]}},
                    "spend": {"sum": "amount"}},
        "period": {"type": "calendar-year"},
        "levels": [{"id": "explorer"},
          {"id": "silver", "qualify": {"type": "metric", "metric": "xp", "atLeast": 100}},
          {"id": "gold", "qualify": {"type": "any", "of": [
             {"type": "metric", "metric": "xp", "atLeast": 180},
             {"type": "metric", "metric": "segments", "atLeast": 60}]}},
          {"id": "platinum", "qualify": {"type": "metric", "metric": "xp", "atLeast": 300},
           "lifetime": {"type": "metric", "metric": "xp", "atLeast": 3000}}],
        "validity": "next-period",
        "downgrade": {"mode": "soft-landing", "maxDrop": 1},
        "rollover": {"metric": "xp", "max": 300}}}}
      """;

  @Param({"20", "200", "2000"})
  public int activities;

  TierProgram program;
  Customer customer;
  List<Activity> stream;
  Instant asOf;

  @Setup
  public void setUp() {
    program = Pledge.builder().loadJson(JSON).tiers("status");
    customer = Customer.of("c1");
    stream = stream(activities, 42);
    asOf = Instant.parse("2028-01-01T00:00:00Z");
  }

  /** {@code n} activities in time order over 2026 and 2027: mostly flights, some purchases and refunds. */
  static List<Activity> stream(int n, long seed) {
    Random random = new Random(seed);
    Instant from = Instant.parse("2026-01-01T00:00:00Z");
    long step = 2L * 365 * 86_400 / n;
    List<Activity> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Instant at = from.plusSeconds(i * step + random.nextInt((int) Math.min(step, Integer.MAX_VALUE)));
      // Scale xp so every size climbs the ladder a few times: about 700 xp a year in total.
      long xp = Math.max(1, 700L * 2 / n) * (random.nextInt(10) < 9 ? 1 : -1);
      Activity a = random.nextInt(5) == 0
          ? Activity.of("c1", at, "purchase").with("amount", random.nextInt(500))
          : Activity.of("c1", at, "flight").with("xp", xp);
      out.add(a.withId("a" + i));
    }
    return List.copyOf(out);
  }

  @Benchmark
  public TierStatus engine() {
    return program.evaluate(customer, stream, asOf);
  }

  @Benchmark
  public String naive() {
    return NaiveTierReplay.level(program, customer, stream, asOf);
  }
}
