package dev.pledge.benchmarks.plan;

import dev.pledge.plan.Demand;
import dev.pledge.plan.Staffing;
import dev.pledge.plan.StaffingInterval;
import java.time.Duration;
import java.time.Instant;
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
 * Staffing one half-hour interval (the reference promise: 80 % answered within 20 s, AHT
 * 180 s) at 10 and 100 Erlangs: {@link Staffing}, which computes Erlang C through the Erlang B
 * recursion, beside {@link FactorialErlangC}, the textbook formula in decimals. Setup checks both
 * give the same number of agents.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StaffingBenchmark {
  @Param({"10", "100"})
  public int erlangs;

  Staffing staffing;
  Demand demand;

  @Setup
  public void setUp() {
    staffing = Staffing.builder().aht(Duration.ofSeconds(180)).target(Duration.ofSeconds(20)).objective("0.8").build();
    Instant from = Instant.parse("2026-11-27T09:00:00Z");
    demand = new Demand(from, from.plus(Duration.ofMinutes(30)), erlangs * 10.0); // A = arrivals * 180 s / 1800 s
    int naive = factorialFormula();
    if (staffing.interval(demand).agents() != naive) {
      throw new IllegalStateException("the recursion gives " + staffing.interval(demand).agents()
          + " agents, the factorials " + naive);
    }
  }

  @Benchmark
  public StaffingInterval erlangBRecursion() {
    return staffing.interval(demand);
  }

  @Benchmark
  public int factorialFormula() {
    return FactorialErlangC.agents(erlangs, 20.0 / 180, 0.8);
  }
}
