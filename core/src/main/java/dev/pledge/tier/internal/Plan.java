package dev.pledge.tier.internal;

import dev.pledge.rule.Condition;
import dev.pledge.rule.MetricThreshold;
import dev.pledge.tier.Rollover;
import dev.pledge.tier.TierLevel;
import dev.pledge.tier.TierMetric;
import dev.pledge.tier.TierPeriod;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What every replay of a program needs, computed once per program: arrays instead of lists and maps. */
public final class Plan {
  final TierMetric[] metrics;
  final List<TierMetric> metricList;
  final Map<String, Integer> index;
  final Condition[] qualify;
  final Condition[] lifetime;
  final int rolloverMetric;
  /**
   * Per level: the {@code atLeast} of every threshold on the rollover metric in its {@code qualify},
   * depth first (what {@link Progresses#threshold} walks); empty without rollover.
   */
  final java.math.BigDecimal[][] rolloverThresholds;
  /** Per level: the rollover cap when it is the level reached; empty without rollover. */
  final java.math.BigDecimal[] rolloverCaps;
  /** The levels, for their dated conditions. */
  private final List<TierLevel> levels;
  /** Per level: its {@code retain} (before any {@code retainFrom} date), or null. */
  final Condition[] retain;
  /** Whether some level has dated conditions ({@code qualifyFrom}, {@code retainFrom}): then each period looks up its own. */
  final boolean dated;
  /** The rollover thresholds of every dated condition, as {@link #rolloverThresholds} has them for {@code qualify}. */
  private final Map<Condition, java.math.BigDecimal[]> datedThresholds = new java.util.IdentityHashMap<>();
  /**
   * The metric names conditions look up, as the very String instances they pass (the metrics' own
   * names, then every threshold's), with their index: a lookup first compares references, which
   * is cheaper than hashing into {@link #index}.
   */
  final String[] lookupNames;
  final int[] lookupIndex;
  /** Per metric: the level it counts from ({@code whileAtLeast}), or -1 when it counts at any level. */
  final int[] whileAtLeast;
  /** Whether some metric counts only while at a level. */
  final boolean anyWhileAtLeast;
  /** Per metric: whether some level's {@code qualify} or {@code lifetime} may read it. */
  final boolean[] read;
  /**
   * Per metric: whether some level's {@code lifetime} may read it. All-time metrics are read by
   * nothing else, so a replay counts only these in them.
   */
  final boolean[] lifetimeRead;

  /** Epoch seconds of the period starts in years {@link #FIRST_YEAR}.. when they are the same for every customer; else empty. */
  final long[] yearStarts;
  /** Per entry of {@link #yearStarts}: the local day before that start (the last day of the period it ends). */
  final java.time.LocalDate[] yearLastDays;
  static final int FIRST_YEAR = 1900;
  private static final int YEARS = 301;

  /** The plan of a program with these metrics, levels, rollover and period. */
  public Plan(Map<String, TierMetric> metricMap, List<TierLevel> levels, Optional<Rollover> rollover,
      TierPeriod period, ZoneId zone) {
    this.metricList = List.copyOf(metricMap.values());
    this.metrics = metricList.toArray(new TierMetric[0]);
    Map<String, Integer> idx = new HashMap<>();
    for (int i = 0; i < metrics.length; i++) {
      idx.put(metrics[i].name(), i);
    }
    this.index = Map.copyOf(idx);
    this.whileAtLeast = new int[metrics.length];
    boolean gated = false;
    for (int i = 0; i < metrics.length; i++) {
      Optional<String> level = metrics[i].whileAtLeast();
      whileAtLeast[i] = -1;
      for (int l = 0; level.isPresent() && l < levels.size(); l++) {
        if (levels.get(l).id().equals(level.get())) {
          whileAtLeast[i] = l;
          gated = true;
        }
      }
    }
    this.anyWhileAtLeast = gated;
    this.qualify = new Condition[levels.size()];
    this.lifetime = new Condition[levels.size()];
    for (int i = 0; i < levels.size(); i++) {
      qualify[i] = levels.get(i).qualify().orElse(null);
      lifetime[i] = levels.get(i).lifetime().orElse(null);
    }
    this.rolloverMetric = rollover.map(r -> index.get(r.metric())).orElse(-1);
    this.yearStarts = yearStarts(period, zone);
    this.yearLastDays = new java.time.LocalDate[yearStarts.length];
    for (int i = 0; i < yearStarts.length; i++) {
      yearLastDays[i] = java.time.Instant.ofEpochSecond(yearStarts[i]).minusNanos(1).atZone(zone).toLocalDate();
    }
    this.levels = List.copyOf(levels);
    this.rolloverCaps = new java.math.BigDecimal[rollover.isPresent() ? levels.size() : 0];
    for (int i = 0; i < rolloverCaps.length; i++) {
      rolloverCaps[i] = rollover.get().cap(levels.get(i).id());
    }
    this.rolloverThresholds = new java.math.BigDecimal[levels.size()][];
    for (int i = 0; i < levels.size(); i++) {
      rolloverThresholds[i] = thresholdsOf(qualify[i]);
    }
    boolean anyDated = false;
    this.retain = new Condition[levels.size()];
    for (int i = 0; i < levels.size(); i++) {
      TierLevel l = levels.get(i);
      retain[i] = l.retain().orElse(null);
      for (Condition c : l.qualifyFrom().values()) {
        datedThresholds.put(c, thresholdsOf(c));
        anyDated = true;
      }
      anyDated |= !l.retainFrom().isEmpty();
    }
    this.dated = anyDated;
    List<String> names = new java.util.ArrayList<>();
    for (TierMetric m : metrics) {
      names.add(m.name());
    }
    for (int i = 0; i < levels.size(); i++) {
      alias(qualify[i], names);
      alias(lifetime[i], names);
      levels.get(i).qualifyFrom().values().forEach(c -> alias(c, names));
      alias(retain[i], names);
      levels.get(i).retainFrom().values().forEach(c -> alias(c, names));
    }
    this.lookupNames = names.toArray(new String[0]);
    this.lookupIndex = new int[lookupNames.length];
    for (int i = 0; i < lookupNames.length; i++) {
      lookupIndex[i] = index.get(lookupNames[i]);
    }
    this.read = new boolean[metrics.length];
    for (int i = 0; i < levels.size(); i++) {
      mark(qualify[i], read);
      mark(lifetime[i], read);
      levels.get(i).qualifyFrom().values().forEach(c -> mark(c, read));
    }
    this.lifetimeRead = new boolean[metrics.length];
    for (int i = 0; i < levels.size(); i++) {
      mark(lifetime[i], lifetimeRead);
    }
  }

  /**
   * Per level, the {@code qualify} and {@code retain} in force for a period that starts on
   * {@code day}, and the qualify's rollover thresholds (as {@link #rolloverThresholds}), written
   * into the three arrays.
   */
  void inForce(java.time.LocalDate day, Condition[] qualifyOut, java.math.BigDecimal[][] thresholdsOut,
      Condition[] retainOut) {
    for (int i = 0; i < qualifyOut.length; i++) {
      Map.Entry<java.time.LocalDate, Condition> e = levels.get(i).qualifyFrom().floorEntry(day);
      qualifyOut[i] = e == null ? qualify[i] : e.getValue();
      thresholdsOut[i] = e == null ? rolloverThresholds[i] : datedThresholds.get(e.getValue());
      retainOut[i] = levels.get(i).retainFor(day).orElse(null);
    }
  }

  /** The {@code atLeast}s of {@code c} on the rollover metric, depth first; empty without rollover or condition. */
  private java.math.BigDecimal[] thresholdsOf(Condition c) {
    List<java.math.BigDecimal> at = new java.util.ArrayList<>();
    if (rolloverMetric >= 0 && c != null) {
      collect(c, metrics[rolloverMetric].name(), at);
    }
    return at.toArray(new java.math.BigDecimal[0]);
  }

  /**
   * The period starts from {@link #FIRST_YEAR} through the end of the table's years, when they are
   * the same for every customer (the period needs no anchor and no level change restarts it).
   */
  private static long[] yearStarts(TierPeriod period, ZoneId zone) {
    if (period.needsAnchor() || period.restartsOnLevelChange()) {
      return new long[0];
    }
    java.util.List<Long> out = new java.util.ArrayList<>();
    int lastYear = FIRST_YEAR + YEARS - 1;
    for (java.time.LocalDate d = period.nextStart(java.time.LocalDate.of(FIRST_YEAR - 1, 12, 31), null);
        d.getYear() <= lastYear; d = period.nextStart(d, null)) {
      out.add(d.atStartOfDay(zone).toEpochSecond());
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  /** Adds the metric name of every threshold in {@code c} that is a known metric and not yet listed (by reference). */
  private void alias(Condition c, List<String> names) {
    if (c == null) {
      return;
    }
    if (c instanceof MetricThreshold t && index.containsKey(t.metric())
        && names.stream().noneMatch(n -> n == t.metric())) {
      names.add(t.metric());
    }
    c.children().forEach(child -> alias(child, names));
  }

  private static void collect(Condition c, String metric, List<java.math.BigDecimal> out) {
    if (c instanceof MetricThreshold t && t.metric().equals(metric)) {
      out.add(t.atLeast());
    }
    c.children().forEach(child -> collect(child, metric, out));
  }

  /** Marks the metrics {@code c} reads; a leaf that is not a metric threshold may read any. */
  private void mark(Condition c, boolean[] marks) {
    if (c == null) {
      return;
    }
    if (c instanceof MetricThreshold t) {
      Integer i = index.get(t.metric());
      if (i != null) {
        marks[i] = true;
      }
    } else if (c.children().isEmpty()) {
      java.util.Arrays.fill(marks, true);
    }
    c.children().forEach(child -> mark(child, marks));
  }
}
