package dev.pledge.benchmarks.measure;

import dev.pledge.customer.Activity;
import dev.pledge.measure.CustomerFigures;
import dev.pledge.measure.MeasureSettings;
import dev.pledge.measure.Measures;
import dev.pledge.measure.MeasuresReport;
import dev.pledge.measure.PeriodUnit;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
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
 * The measures fold over 1,000 and 10,000 customers (about ten flights and purchases each over two
 * years, monthly periods in Warsaw, churn after 180 days) against {@link NaiveMeasures}, which asks
 * every customer again for every period. Setup checks that both give the same customer figures.
 * Divide customers by the time per operation for customers per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MeasuresBenchmark {
  static final MeasureSettings SETTINGS = MeasureSettings.of(Set.of("flight", "purchase"), Period.ofDays(180),
      PeriodUnit.MONTH, ZoneId.of("Europe/Warsaw"));

  @Param({"1000", "10000"})
  public int customers;

  Map<String, List<Activity>> activities;
  Instant asOf;

  @Setup
  public void setUp() {
    activities = customers(customers, 7);
    asOf = Instant.parse("2026-01-15T00:00:00Z");
    List<long[]> naive = NaiveMeasures.figures(SETTINGS, asOf, activities);
    List<CustomerFigures> fold = fold().overall().stream().map(p -> p.customers()).toList();
    if (naive.size() != fold.size()) {
      throw new IllegalStateException("the fold gives " + fold.size() + " periods, the baseline " + naive.size());
    }
    for (int i = 0; i < naive.size(); i++) {
      CustomerFigures f = fold.get(i);
      long[] mine = {f.activeAtStart(), f.active(), f.newCustomers(), f.repeat(), f.churned()};
      if (!Arrays.equals(mine, naive.get(i))) {
        throw new IllegalStateException("period " + i + ": the fold gives " + Arrays.toString(mine)
            + ", the baseline " + Arrays.toString(naive.get(i)));
      }
    }
  }

  /** {@code n} customers with 0 to 20 activities each over 2024 and 2025, as benchmarks/scripts/gen-activities.py writes them. */
  static Map<String, List<Activity>> customers(int n, long seed) {
    Random random = new Random(seed);
    Instant from = Instant.parse("2024-01-01T00:00:00Z");
    Map<String, List<Activity>> out = new LinkedHashMap<>();
    for (int c = 0; c < n; c++) {
      String id = "c" + c;
      List<Activity> list = new ArrayList<>();
      for (int i = random.nextInt(21); i > 0; i--) {
        Instant at = from.plusSeconds(random.nextInt(2 * 365 * 86_400));
        list.add(random.nextInt(5) == 0 ? Activity.of(id, at, "purchase").with("amount", random.nextInt(300))
            : Activity.of(id, at, "flight").with("xp", 10));
      }
      out.put(id, list);
    }
    return out;
  }

  MeasuresReport fold() {
    Measures m = Measures.create(SETTINGS, asOf);
    activities.forEach((id, list) -> m.addCustomer(id, list, Optional.empty()));
    return m.report();
  }

  @Benchmark
  public MeasuresReport measuresFold() {
    return fold();
  }

  @Benchmark
  public List<long[]> naiveRecount() {
    return NaiveMeasures.figures(SETTINGS, asOf, activities);
  }
}
