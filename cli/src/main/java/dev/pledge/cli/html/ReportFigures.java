package dev.pledge.cli.html;

import dev.pledge.plan.AuditRow;
import dev.pledge.plan.PromiseAudit;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.InstanceState;
import dev.pledge.sla.Metric;
import dev.pledge.sla.MetricInstance;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What the HTML report shows beyond the {@link dev.pledge.report.Compliance} rows, folded from the
 * same outcomes in the same pass: cases per kind of promise, each policy and metric's instances by
 * elapsed time over target, and breached instances per day of their deadline (in the policy's
 * calendar zone). Memory is constant per policy and metric, plus one entry per day with a breach.
 */
public final class ReportFigures implements Consumer<CaseOutcome> {
  /** Upper bounds of the ratio buckets, in quarters of the target; a last bucket holds the rest. */
  private static final int[] QUARTERS = {1, 2, 3, 4, 5, 6, 8, 12};
  /** The bucket labels: elapsed / target at most ¼, ½, ..., 3, then more than 3. */
  static final List<String> BUCKETS = List.of("≤¼", "≤½", "≤¾", "≤1", "≤1¼", "≤1½", "≤2", "≤3", ">3");
  /** The index of the last bucket within target ({@code ≤1}): the target line follows it. */
  static final int WITHIN_TARGET = 3;

  /** A policy and metric. */
  record Key(String policy, Metric metric) {}

  /** Instances of one policy and metric per ratio bucket, finished and still running. */
  record Histogram(long[] finished, long[] running) {
    long total() {
      long n = 0;
      for (int i = 0; i < finished.length; i++) {
        n += finished[i] + running[i];
      }
      return n;
    }
  }

  private final long[] byPromise = new long[CaseOutcome.Promise.values().length];
  private final Map<Key, Histogram> histograms = new HashMap<>();
  private final TreeMap<LocalDate, Map<Key, Long>> breachesByDay = new TreeMap<>();
  private long undatedBreaches;
  private final PromiseAudit audit = PromiseAudit.create();

  /** Counts one outcome: its promise and every instance. */
  @Override
  public void accept(CaseOutcome outcome) {
    byPromise[outcome.promise().ordinal()]++;
    audit.add(outcome);
    for (MetricInstance instance : outcome.instances()) {
      Key key = new Key(instance.policy().id(), instance.metric());
      Histogram h = histograms.computeIfAbsent(key,
          k -> new Histogram(new long[BUCKETS.size()], new long[BUCKETS.size()]));
      int bucket = bucket(instance.elapsed(), instance.target());
      if (instance.running()) {
        h.running[bucket]++;
      } else {
        h.finished[bucket]++;
      }
      if (instance.state() == InstanceState.BREACHED) {
        if (instance.deadline().isPresent()) {
          LocalDate day = instance.deadline().get().atZone(instance.policy().calendar().zone()).toLocalDate();
          breachesByDay.computeIfAbsent(day, d -> new LinkedHashMap<>()).merge(key, 1L, Long::sum);
        } else {
          undatedBreaches++;
        }
      }
    }
  }

  /** The bucket of {@code elapsed / target}, compared exactly: bucket i holds ratios up to its bound. */
  static int bucket(Duration elapsed, Duration target) {
    Duration fourTimes = elapsed.multipliedBy(4);
    for (int i = 0; i < QUARTERS.length; i++) {
      if (fourTimes.compareTo(target.multipliedBy(QUARTERS[i])) <= 0) {
        return i;
      }
    }
    return QUARTERS.length;
  }

  /** The cases counted with {@code promise}. */
  long cases(CaseOutcome.Promise promise) {
    return byPromise[promise.ordinal()];
  }

  /** Every case counted. */
  long cases() {
    long n = 0;
    for (long c : byPromise) {
      n += c;
    }
    return n;
  }

  /** The histogram of a policy and metric; all zero if it had no instance. */
  Histogram histogram(String policy, Metric metric) {
    Histogram h = histograms.get(new Key(policy, metric));
    return h != null ? h : new Histogram(new long[BUCKETS.size()], new long[BUCKETS.size()]);
  }

  /**
   * Breached instances per day of their deadline, from the first day with a breach to the last,
   * days without one included (with an empty map); each day's counts by policy and metric.
   */
  Map<LocalDate, Map<Key, Long>> breachesByDay() {
    Map<LocalDate, Map<Key, Long>> days = new LinkedHashMap<>();
    if (breachesByDay.isEmpty()) {
      return days;
    }
    for (LocalDate d = breachesByDay.firstKey(); !d.isAfter(breachesByDay.lastKey()); d = d.plusDays(1)) {
      days.put(d, breachesByDay.getOrDefault(d, Map.of()));
    }
    return days;
  }

  /** Breached instances without a deadline (none in practice: a breach has the instant it happened). */
  long undatedBreaches() {
    return undatedBreaches;
  }

  /** The honesty audit of every policy and metric (as {@code pledge audit} gives it). */
  List<AuditRow> audit() {
    return audit.rows();
  }
}
