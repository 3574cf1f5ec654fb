package dev.pledge.benchmarks.sla;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.Metric;
import dev.pledge.sla.ServicePolicy;
import dev.pledge.sla.SlaEngine;
import java.time.Duration;
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
 * Cases per second through {@link SlaEngine#evaluate}: 10- and 50-event cases on a business
 * calendar (Mon-Fri 08:00-18:00 Europe/Warsaw with public holidays), a policy targeting four
 * metrics, beside the same engine on a minute-stepping calendar (the naive baseline). One
 * invocation evaluates one case; 1,024 pre-generated cases are visited round-robin.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class SlaBenchmark {
  private static final CustomerContext CUSTOMER = CustomerContext.of(Customer.of("anna"));

  private SlaEngine engine;
  private SlaEngine naive;
  private List<List<CaseEvent>> ten;
  private List<List<CaseEvent>> fifty;
  private Instant asOf;
  private int next;

  /** Builds the calendar, both engines and the cases. */
  @Setup(Level.Trial)
  public void setUp() {
    BusinessCalendar office = BusinessCalendar.builder("office", "Europe/Warsaw")
        .hours("mon", "08:00-18:00").hours("tue", "08:00-18:00").hours("wed", "08:00-18:00")
        .hours("thu", "08:00-18:00").hours("fri", "08:00-16:00").publicHolidays("PL").build();
    engine = SlaEngine.of(List.of(policy(office)));
    naive = SlaEngine.of(List.of(policy(new MinuteSteppingCalendar(office))));
    ten = SlaCases.generate(1024, 10, 42);
    fifty = SlaCases.generate(1024, 50, 43);
    asOf = Instant.parse("2026-06-01T00:00:00Z");
    for (List<CaseEvent> c : ten.subList(0, 64)) {
      if (!elapsed(engine.evaluate(c, CUSTOMER, asOf)).equals(elapsed(naive.evaluate(c, CUSTOMER, asOf)))) {
        throw new IllegalStateException("engine and baseline disagree on " + c);
      }
    }
  }

  private static List<String> elapsed(CaseOutcome outcome) {
    return outcome.instances().stream()
        .map(i -> i.metric() + "#" + i.number() + " " + i.elapsed() + " " + i.state()).toList();
  }

  private static ServicePolicy policy(BusinessCalendar calendar) {
    return ServicePolicy.builder("standard").calendar(calendar)
        .target(Metric.FIRST_RESPONSE, Duration.ofHours(4))
        .target(Metric.NEXT_RESPONSE, Duration.ofHours(4))
        .target(Metric.PERIODIC_UPDATE, Duration.ofHours(8))
        .target(Metric.RESOLUTION, Duration.ofDays(3))
        .objective("0.9").build();
  }

  private List<CaseEvent> pick(List<List<CaseEvent>> cases) {
    next = (next + 1) & 1023;
    return cases.get(next);
  }

  /** The engine, 10-event cases. */
  @Benchmark
  public CaseOutcome engine10Events() {
    return engine.evaluate(pick(ten), CUSTOMER, asOf);
  }

  /** The engine, 50-event cases. */
  @Benchmark
  public CaseOutcome engine50Events() {
    return engine.evaluate(pick(fifty), CUSTOMER, asOf);
  }

  /** Baseline: the same replay with minute-stepping working time, 10-event cases. */
  @Benchmark
  public CaseOutcome naiveMinuteStepping10Events() {
    return naive.evaluate(pick(ten), CUSTOMER, asOf);
  }

  /** Baseline: the same replay with minute-stepping working time, 50-event cases. */
  @Benchmark
  public CaseOutcome naiveMinuteStepping50Events() {
    return naive.evaluate(pick(fifty), CUSTOMER, asOf);
  }
}
