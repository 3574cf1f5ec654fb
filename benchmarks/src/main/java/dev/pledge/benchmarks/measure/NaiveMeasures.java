package dev.pledge.benchmarks.measure;

import dev.pledge.customer.Activity;
import dev.pledge.measure.MeasureSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The baseline: the overall customer figures (active at start and end, new, repeat, churned) of
 * every period, each asked of every customer again from the definitions in docs/measures.md, as a
 * report written without the fold would compute them. One line of counts per period.
 */
final class NaiveMeasures {
  private NaiveMeasures() {}

  static List<long[]> figures(MeasureSettings s, Instant asOf, Map<String, List<Activity>> customers) {
    Instant first = null;
    List<TreeSet<Instant>> actives = new ArrayList<>();
    for (List<Activity> activities : customers.values()) {
      TreeSet<Instant> active = new TreeSet<>();
      for (Activity a : activities) {
        if (s.activeKinds().contains(a.kind()) && !a.at().isAfter(asOf)) {
          active.add(a.at());
        }
      }
      actives.add(active);
      if (!active.isEmpty() && (first == null || active.first().isBefore(first))) {
        first = active.first();
      }
    }
    List<long[]> out = new ArrayList<>();
    LocalDate last = period(s, asOf);
    for (LocalDate p = first == null ? last : period(s, first); !p.isAfter(last); p = s.period().next(p)) {
      Instant from = p.atStartOfDay(s.zone()).toInstant();
      LocalDate next = s.period().next(p);
      Instant to = next.isAfter(last) ? asOf.plusNanos(1) : next.atStartOfDay(s.zone()).toInstant();
      long[] f = new long[5];
      for (TreeSet<Instant> active : actives) {
        f[0] += activeAt(s, active, from) ? 1 : 0;
        f[1] += activeAt(s, active, to) ? 1 : 0;
        boolean in = active.stream().anyMatch(t -> !t.isBefore(from) && t.isBefore(to));
        if (in && !active.first().isBefore(from)) {
          f[2]++;
        } else if (in) {
          f[3]++;
        }
        for (Instant t : active) {
          Instant c = t.atZone(s.zone()).plus(s.churnAfter()).toInstant();
          Instant after = active.higher(t);
          if ((after == null || after.isAfter(c)) && !c.isAfter(asOf) && !c.isBefore(from) && c.isBefore(to)) {
            f[4]++;
          }
        }
      }
      out.add(f);
    }
    return out;
  }

  private static boolean activeAt(MeasureSettings s, TreeSet<Instant> active, Instant boundary) {
    for (Instant t : active) {
      if (t.isBefore(boundary) && !boundary.isAfter(t.atZone(s.zone()).plus(s.churnAfter()).toInstant())) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate period(MeasureSettings s, Instant at) {
    return s.period().start(at.atZone(s.zone()).toLocalDate());
  }
}
