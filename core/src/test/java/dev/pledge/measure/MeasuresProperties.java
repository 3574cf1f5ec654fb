package dev.pledge.measure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.customer.Activity;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.report.Proportion;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.InstanceState;
import dev.pledge.tier.TierChange;
import dev.pledge.tier.TierReason;
import dev.pledge.tier.TierStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The fold against a brute-force recomputation written straight from the definitions in
 * docs/measures.md (no stretches, no tallies: every figure asks every customer and case again), on
 * random customers, statuses and cases; and the fold's independence of input order.
 */
class MeasuresProperties {
  static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  static final List<String> LEVELS = List.of("blue", "silver", "gold");
  static final List<String> CHANNELS = List.of("email", "chat", "phone");

  record Customer_(String id, List<Activity> activities, Optional<TierStatus> status) {}

  record Case_(List<CaseEvent> events, CaseOutcome outcome) {}

  record World(MeasureSettings settings, Instant asOf, List<Customer_> customers, List<Case_> cases) {}

  static World world(long seed) {
    Random random = new Random(seed);
    ZoneId zone = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Warsaw"), ZoneId.of("America/New_York"))
        .get(random.nextInt(3));
    PeriodUnit unit = PeriodUnit.values()[random.nextInt(3)];
    Period churn = List.of(Period.ofDays(7), Period.ofDays(30), Period.ofMonths(2), Period.ofDays(90))
        .get(random.nextInt(4));
    MeasureSettings settings = MeasureSettings.of(Set.of("flight", "order"), churn, unit, zone);
    if (random.nextBoolean()) {
      settings = settings.byLevel("status", LEVELS);
    }
    Instant asOf = FROM.plusSeconds(60L * (100_000 + random.nextInt(300_000)));
    List<Customer_> customers = new ArrayList<>();
    int n = 1 + random.nextInt(6);
    for (int c = 0; c < n; c++) {
      String id = "k" + c;
      List<Activity> activities = new ArrayList<>();
      TreeSet<Long> minutes = new TreeSet<>(); // distinct instants: ties would make the last answer depend on order
      int count = random.nextInt(9);
      while (minutes.size() < count) {
        minutes.add((long) random.nextInt(420_000));
      }
      for (long minute : minutes) {
        Instant at = FROM.plusSeconds(60 * minute);
        Activity a = switch (random.nextInt(4)) {
          case 0 -> Activity.of(id, at, "flight");
          case 1 -> Activity.of(id, at, "order").with("amount", new BigDecimal(random.nextInt(500) + "." + random.nextInt(10)));
          case 2 -> Activity.of(id, at, "survey").with("nps", random.nextInt(11));
          default -> Activity.of(id, at, "goodwill").with("amount", 5);
        };
        activities.add(random.nextInt(10) == 0 ? a.withId("x") : a); // a repeated id counts once
      }
      Optional<TierStatus> status = Optional.empty();
      if (settings.program().isPresent() && random.nextInt(4) > 0) {
        List<TierChange> history = new ArrayList<>();
        String level = LEVELS.get(random.nextInt(3));
        long minute = 0;
        for (int h = random.nextInt(3); h > 0; h--) {
          minute += random.nextInt(150_000);
          String from = level;
          String to = LEVELS.stream().filter(l -> !l.equals(from)).toList().get(random.nextInt(2));
          history.add(TierChange.of(FROM.plusSeconds(60 * minute), level, to, TierReason.QUALIFIED));
          level = to;
        }
        String initial = history.isEmpty() ? level : history.get(0).from();
        status = Optional.of(new TierStatus("status", level, FROM, Optional.empty(), TierReason.BASE,
            Optional.empty(), Optional.empty(), Map.of(), history));
        assertThat(initial).isIn(LEVELS);
      }
      customers.add(new Customer_(id, activities, status));
    }
    List<Case_> cases = new ArrayList<>();
    for (int k = random.nextInt(12); k > 0; k--) {
      String id = "c" + k;
      String customer = "k" + random.nextInt(n + 1); // sometimes one never added
      Instant opened = FROM.plusSeconds(60L * random.nextInt(420_000));
      List<CaseEvent> events = new ArrayList<>();
      events.add(CaseEvent.builder(id, opened, "opened").customer(customer).channel(CHANNELS.get(random.nextInt(3)))
          .priority("normal").tags(random.nextBoolean() ? Set.of("vip") : Set.of()).build());
      if (random.nextInt(4) > 0) {
        events.add(CaseEvent.agentReply(id, opened.plusSeconds(60L * random.nextInt(120))));
      }
      TreeSet<Long> ratedAt = new TreeSet<>(); // distinct instants, as for answers
      for (int r = random.nextInt(3); r > 0; r--) {
        ratedAt.add(120L + random.nextInt(100_000));
      }
      for (long minute : ratedAt) {
        events.add(CaseEvent.satisfaction(id, opened.plusSeconds(60 * minute), 1 + random.nextInt(5)));
      }
      Collections.shuffle(events.subList(1, events.size()), random);
      CaseOutcome outcome = MeasuresTest.ENGINE.evaluate(events, CustomerContext.of(Customer.of(customer)), asOf);
      cases.add(new Case_(events, outcome));
    }
    return new World(settings, asOf, customers, cases);
  }

  static MeasuresReport fold(World w, List<Customer_> customers, List<Case_> cases, boolean casesFirst) {
    Measures m = Measures.create(w.settings, w.asOf);
    if (casesFirst) {
      cases.forEach(c -> m.addCase(c.events, c.outcome));
    }
    customers.forEach(c -> m.addCustomer(c.id, c.activities, c.status));
    if (!casesFirst) {
      cases.forEach(c -> m.addCase(c.events, c.outcome));
    }
    return m.report();
  }

  @Property(tries = 400)
  void theFoldDoesNotDependOnInputOrder(@ForAll long seed) {
    World w = world(seed);
    Random random = new Random(seed ^ 0x5eed);
    List<Customer_> customers = new ArrayList<>(w.customers);
    List<Case_> cases = new ArrayList<>(w.cases);
    Collections.shuffle(customers, random);
    Collections.shuffle(cases, random);
    assertThat(fold(w, customers, cases, random.nextBoolean())).isEqualTo(fold(w, w.customers, w.cases, false));
  }

  @Property(tries = 400)
  void theFoldEqualsABruteForceRecomputation(@ForAll long seed) {
    World w = world(seed);
    MeasuresReport r = fold(w, w.customers, w.cases, false);
    Brute b = new Brute(w);
    assertThat(r.periods()).extracting(MeasuresProperties::projection).containsExactlyElementsOf(b.projections());
    assertThat(r.brokenPromises()).isEqualTo(b.brokenPromises());
  }

  /** The figures the brute force recomputes, as one comparable string. */
  static String projection(PeriodFigures p) {
    CustomerFigures c = p.customers();
    Requests q = p.requests();
    return p.period() + "/" + p.level().orElse("all") + " start " + c.activeAtStart() + " end " + c.active()
        + " new " + c.newCustomers() + " repeat " + c.repeat() + " churned " + c.churned()
        + " amounts " + c.amountNew().stripTrailingZeros().toPlainString() + "/"
        + c.amountRepeat().stripTrailingZeros().toPlainString() + " nps " + p.nps() + " opened " + q.opened()
        + " " + q.byChannel() + " " + q.byTag() + " " + q.byPolicy() + " unpromised " + q.unpromised()
        + " csat " + p.csat();
  }

  /** Every figure straight from its definition. */
  static final class Brute {
    final World w;
    final MeasureSettings s;
    final Map<String, Customer_> byId = new LinkedHashMap<>();

    Brute(World w) {
      this.w = w;
      this.s = w.settings;
      w.customers.forEach(c -> byId.put(c.id, c));
    }

    LocalDate period(Instant at) {
      return s.period().start(at.atZone(s.zone()).toLocalDate());
    }

    Instant start(LocalDate p) {
      return p.atStartOfDay(s.zone()).toInstant();
    }

    Instant plus(Instant at) {
      return at.atZone(s.zone()).plus(s.churnAfter()).toInstant();
    }

    /** The customer's activities up to asOf, each id once (the earliest), by time. */
    List<Activity> seen(String id) {
      List<Activity> all = new ArrayList<>(byId.containsKey(id) ? byId.get(id).activities : List.of());
      all.removeIf(a -> a.at().isAfter(w.asOf));
      all.sort(Comparator.comparing(Activity::at));
      Set<String> ids = new java.util.HashSet<>();
      all.removeIf(a -> a.id().isPresent() && !ids.add(a.id().get()));
      return all;
    }

    TreeSet<Instant> active(String id) {
      TreeSet<Instant> out = new TreeSet<>();
      seen(id).stream().filter(a -> s.activeKinds().contains(a.kind())).forEach(a -> out.add(a.at()));
      return out;
    }

    /** Level at instant: the last change at or before it, else the first change's from, else the status level. */
    String levelAt(String id, Instant at) {
      Customer_ c = byId.get(id);
      if (s.program().isEmpty()) {
        return "all";
      }
      if (c == null || c.status.isEmpty()) {
        return LEVELS.get(0);
      }
      TierStatus st = c.status.get();
      String level = st.history().isEmpty() ? st.level() : st.history().get(0).from();
      for (TierChange ch : st.history()) {
        if (!ch.at().isAfter(at)) {
          level = ch.to();
        }
      }
      return level;
    }

    boolean activeAt(String id, Instant boundary) {
      return active(id).stream().anyMatch(t -> t.isBefore(boundary) && !boundary.isAfter(plus(t)));
    }

    List<Instant> churns(String id) {
      TreeSet<Instant> active = active(id);
      List<Instant> out = new ArrayList<>();
      for (Instant t : active) {
        Instant c = plus(t);
        Instant next = active.higher(t);
        if ((next == null || next.isAfter(c)) && !c.isAfter(w.asOf)) {
          out.add(c);
        }
      }
      return out;
    }

    Set<String> everyone() {
      Set<String> ids = new java.util.TreeSet<>(byId.keySet());
      w.cases.forEach(c -> ids.add(c.events.get(0).customer().orElseThrow()));
      return ids;
    }

    List<String> projections() {
      Instant first = null;
      for (String id : everyone()) {
        for (Activity a : seen(id)) {
          if (s.activeKinds().contains(a.kind()) || a.kind().equals("survey")) {
            first = first == null || a.at().isBefore(first) ? a.at() : first;
          }
        }
      }
      for (Case_ c : w.cases) {
        Instant opened = c.events.get(0).at();
        if (!opened.isAfter(w.asOf)) {
          first = first == null || opened.isBefore(first) ? opened : first;
        }
      }
      LocalDate last = period(w.asOf);
      List<String> out = new ArrayList<>();
      List<String> slots = new ArrayList<>();
      slots.add("all");
      if (s.program().isPresent()) {
        slots.addAll(LEVELS);
      }
      for (LocalDate p = first == null ? last : period(first); !p.isAfter(last); p = s.period().next(p)) {
        LocalDate next = s.period().next(p);
        Instant from = start(p);
        Instant to = next.isAfter(last) ? w.asOf.plusNanos(1) : start(next);
        for (String slot : slots) {
          long atStart = 0, atEnd = 0, fresh = 0, repeat = 0, churned = 0, opened = 0, unpromised = 0;
          BigDecimal amountNew = BigDecimal.ZERO, amountRepeat = BigDecimal.ZERO;
          Nps nps = Nps.NONE;
          Map<String, Long> channels = new TreeMap<>(), tags = new TreeMap<>(), policies = new TreeMap<>();
          for (String id : everyone()) {
            if (!slot.equals("all") && !levelAt(id, from).equals(slot)) {
              continue;
            }
            atStart += activeAt(id, from) ? 1 : 0;
            atEnd += activeAt(id, to) ? 1 : 0;
            churned += churns(id).stream().filter(c -> !c.isBefore(from) && c.isBefore(to)).count();
            TreeSet<Instant> active = active(id);
            boolean inP = active.stream().anyMatch(t -> !t.isBefore(from) && t.isBefore(to));
            BigDecimal amount = seen(id).stream().filter(a -> s.activeKinds().contains(a.kind()))
                .filter(a -> !a.at().isBefore(from) && a.at().isBefore(to))
                .map(a -> a.number("amount").orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (inP && !active.first().isBefore(from)) {
              fresh++;
              amountNew = amountNew.add(amount);
            } else if (inP) {
              repeat++;
              amountRepeat = amountRepeat.add(amount);
            }
            Integer answer = null;
            for (Activity a : seen(id)) {
              if (a.kind().equals("survey") && !a.at().isBefore(from) && a.at().isBefore(to)) {
                answer = a.number("nps").orElseThrow().intValue();
              }
            }
            if (answer != null) {
              nps = nps.plus(answer);
            }
          }
          Csat csat = Csat.NONE;
          for (Case_ c : w.cases) {
            CaseEvent rating = lastRating(c);
            if (rating != null && !rating.at().isBefore(from) && rating.at().isBefore(to) && (slot.equals("all")
                || levelAt(c.events.get(0).customer().orElseThrow(), from).equals(slot))) {
              csat = new Csat(csat.rated() + 1, csat.satisfied() + (rating.score().getAsInt() >= 4 ? 1 : 0),
                  csat.scoreTotal() + rating.score().getAsInt());
            }
          }
          for (Case_ c : w.cases) {
            CaseEvent o = c.events.get(0);
            if (o.at().isBefore(from) || !o.at().isBefore(to)
                || !slot.equals("all") && !levelAt(o.customer().orElseThrow(), from).equals(slot)) {
              continue;
            }
            opened++;
            channels.merge(o.channel().orElseThrow(), 1L, Long::sum);
            o.tags().forEach(t -> tags.merge(t, 1L, Long::sum));
            if (c.outcome.policy().isPresent()) {
              policies.merge(c.outcome.policy().get().id(), 1L, Long::sum);
            } else {
              unpromised++;
            }
          }
          out.add(p.toString().isEmpty() ? "" : s.period().name(p) + "/" + slot + " start " + atStart + " end " + atEnd
              + " new " + fresh + " repeat " + repeat + " churned " + churned + " amounts "
              + amountNew.stripTrailingZeros().toPlainString() + "/" + amountRepeat.stripTrailingZeros().toPlainString()
              + " nps " + nps + " opened " + opened + " " + channels + " " + tags + " " + policies
              + " unpromised " + unpromised + " csat " + csat);
        }
      }
      return out;
    }

    /** The case's latest rating up to asOf (instants are distinct), or null. */
    CaseEvent lastRating(Case_ c) {
      CaseEvent last = null;
      for (CaseEvent e : c.events) {
        if (e.type() == dev.pledge.sla.CaseEventType.SATISFACTION && !e.at().isAfter(w.asOf)
            && (last == null || e.at().isAfter(last.at()))) {
          last = e;
        }
      }
      return last;
    }

    BrokenPromises brokenPromises() {
      long[] n = new long[8];
      for (Case_ c : w.cases) {
        CaseEvent o = c.events.get(0);
        if (o.at().isAfter(w.asOf) || c.outcome.instances().isEmpty()) {
          continue;
        }
        boolean broken = c.outcome.instances().stream().anyMatch(i -> i.state() == InstanceState.BREACHED);
        boolean kept = c.outcome.instances().stream().allMatch(i -> i.state() == InstanceState.ACHIEVED);
        if (!broken && !kept) {
          continue;
        }
        CaseEvent rating = lastRating(c);
        if (rating != null) {
          n[kept ? 0 : 2] += rating.score().getAsInt() >= 4 ? 1 : 0;
          n[kept ? 1 : 3]++;
        }
        int at = kept ? 4 : 6;
        Instant window = plus(o.at());
        if (!window.isAfter(w.asOf)) {
          String id = o.customer().orElseThrow();
          n[at] += churns(id).stream().anyMatch(ch -> ch.isAfter(o.at()) && !ch.isAfter(window)) ? 1 : 0;
          n[at + 1]++;
        }
      }
      return new BrokenPromises(new Proportion(n[0], n[1]), new Proportion(n[2], n[3]),
          new Proportion(n[4], n[5]), new Proportion(n[6], n[7]));
    }
  }
}
