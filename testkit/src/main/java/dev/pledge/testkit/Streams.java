package dev.pledge.testkit;

import dev.pledge.InvalidValueException;
import dev.pledge.customer.Activity;
import dev.pledge.tier.TierProgram;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Activity streams for {@link PledgeArbitraries}: one customer's activities, in time order. */
final class Streams {
  private static final int MAX_ACTIVITIES = 30;
  private static final String NPS = "nps";

  private Streams() {}

  /** {@code program} may be null: then no membership events are generated. */
  static Arbitrary<List<Activity>> activities(TierProgram program, ActivityShape shape, String customer,
      Instant from, Duration span) {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(from, "from");
    if (span.isNegative() || span.isZero()) {
      throw new IllegalArgumentException("span must be positive, but was " + span);
    }
    Arbitrary<Instant> at = Arbitraries.longs().between(0, Math.max(0, span.getSeconds() - 1)).map(from::plusSeconds);
    List<Tuple.Tuple2<Integer, Arbitrary<Activity>>> choices = new ArrayList<>();
    choices.add(Tuple.of(85, counted(shape, customer, at)));
    choices.add(Tuple.of(5, at.map(t -> Activity.of(customer, t, "uncounted"))));
    if (program != null && !program.subscriptions().isEmpty()) {
      Arbitrary<String> level = Arbitraries.of(List.copyOf(program.subscriptions()));
      Arbitrary<Integer> days = Arbitraries.integers().between(1, 400);
      choices.add(Tuple.of(6, Combinators.combine(at, level, days).as((t, l, d) -> Activity.of(customer, t, "subscription")
          .with("program", program.name()).with("level", l)
          .with("until", LocalDate.ofInstant(t, program.zone()).plusDays(d).toString()))));
    }
    if (program != null && !program.challenges().isEmpty()) {
      Arbitrary<String> level = Arbitraries.of(List.copyOf(program.challenges().keySet()));
      choices.add(Tuple.of(4, Combinators.combine(at, level).as((t, l) -> Activity.of(customer, t, "challenge")
          .with("program", program.name()).with("level", l))));
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Arbitrary<Activity> one = Arbitraries.frequencyOf(choices.toArray(new Tuple.Tuple2[0]));
    return one.list().ofMaxSize(MAX_ACTIVITIES).map(list -> {
      List<Activity> sorted = new ArrayList<>(list);
      sorted.sort(Comparator.comparing(Activity::at));
      return List.copyOf(sorted);
    });
  }

  /**
   * A survey with its answer: the value drawn for {@code nps} (a filter's {@code "9"}, an amount)
   * where it is a valid answer, else {@code fallback}, as a survey's answer must be a whole number
   * from 0 to 10 whatever the metrics do with it.
   */
  private static Activity answered(Activity survey, Object drawn, int fallback) {
    if (drawn != null) {
      try {
        return survey.with(NPS, drawn instanceof String text ? new BigDecimal(text) : drawn);
      } catch (NumberFormatException | InvalidValueException notAnAnswer) {
        // fall back below
      }
    }
    return survey.with(NPS, fallback);
  }

  private static Arbitrary<Activity> counted(ActivityShape shape, String customer, Arbitrary<Instant> at) {
    List<Arbitrary<Map.Entry<String, Object>>> fields = new ArrayList<>();
    for (String field : shape.numberFields()) {
      Arbitrary<BigDecimal> amount = Arbitraries.frequencyOf(
          Tuple.of(9, Arbitraries.integers().between(0, 300).map(BigDecimal::valueOf)),
          Tuple.of(1, Arbitraries.integers().between(-100, -1).map(BigDecimal::valueOf)));
      fields.add(amount.map(v -> Map.entry(field, v)));
    }
    for (String field : shape.textFields()) {
      fields.add(Arbitraries.integers().between(1, 8).map(i -> Map.entry(field, field + "-" + i)));
    }
    shape.filterValues().forEach((field, values) -> {
      Arbitrary<String> value = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.of(values)),
          Tuple.of(1, Arbitraries.just("none-of-these")));
      fields.add(value.map(v -> Map.entry(field, v)));
    });
    Arbitrary<Optional<String>> id = Arbitraries.integers().between(1, 20).map(i -> "a" + i).optional(0.2);
    Arbitrary<List<Map.Entry<String, Object>>> values = fields.isEmpty()
        ? Arbitraries.just(List.of()) : Combinators.combine(fields).as(List::copyOf);
    Arbitrary<Integer> nps = Arbitraries.integers().between(0, 10);
    return Combinators.combine(at, Arbitraries.of(shape.kinds()), values, id, nps).as((t, kind, entries, maybeId, answer) -> {
      Activity a = Activity.of(customer, t, kind);
      boolean survey = kind.equals(Activity.SURVEY);
      Object drawnNps = null;
      for (Map.Entry<String, Object> e : entries) {
        if (survey && e.getKey().equals(NPS)) {
          drawnNps = e.getValue();
        } else {
          a = a.with(e.getKey(), e.getValue());
        }
      }
      if (survey) {
        a = answered(a, drawnNps, answer);
      }
      return maybeId.map(a::withId).orElse(a);
    });
  }
}
