package dev.pledge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.CaseStatus;
import dev.pledge.sla.MetricInstance;
import dev.pledge.customer.Activity;
import dev.pledge.tier.TierChange;
import dev.pledge.tier.TierLevel;
import dev.pledge.tier.TierStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The arbitraries produce input the engines accept, shaped by the configuration. */
class PledgeArbitrariesProperties {
  private static final PledgeArbitraries GEN = PledgeArbitraries.of(SkyClub.CONFIG);
  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");

  @Provide
  Arbitrary<List<Activity>> flights() {
    return GEN.activities("status", "anna", FROM, Duration.ofDays(730));
  }

  @Provide
  Arbitrary<List<CaseEvent>> cases() {
    return PledgeArbitraries.caseTimelines("c1", "anna", List.of("email", "phone", "chat"),
        List.of("low", "normal", "high"), FROM);
  }

  @Provide
  Arbitrary<CustomerContext> contexts() {
    return GEN.customerContexts(Set.of("b2b", "students"));
  }

  @Provide
  Arbitrary<BusinessCalendar> calendars() {
    return PledgeArbitraries.calendars();
  }

  @Property(tries = 200)
  void activityStreamsAreInTimeOrderAndAcceptedByTheProgram(@ForAll("flights") List<Activity> activities) {
    assertThat(activities).isSortedAccordingTo(java.util.Comparator.comparing(Activity::at));
    TierStatus status = SkyClub.PLEDGE.tiers("status").evaluate(SkyClub.ANNA, activities, FROM.plus(Duration.ofDays(730)));
    assertThat(SkyClub.PLEDGE.tiers("status").levels()).extracting(TierLevel::id).contains(status.level());
    assertThat(status.history()).extracting(TierChange::at).isSorted();
  }

  @Property(tries = 200)
  void caseTimelinesAreValidForTheSlaEngine(@ForAll("cases") List<CaseEvent> events,
      @ForAll("contexts") CustomerContext customer, @ForAll @IntRange(min = 0, max = 400) int hours) {
    assertThat(events.get(0).type()).isEqualTo(CaseEventType.OPENED);
    assertThat(events).extracting(CaseEvent::at).isSorted();
    long closes = events.stream().filter(e -> e.status().equals(java.util.Optional.of(CaseStatus.CLOSED))).count();
    assertThat(closes).isLessThanOrEqualTo(1);
    events.stream().dropWhile(e -> !e.status().equals(java.util.Optional.of(CaseStatus.CLOSED))).skip(1)
        .forEach(e -> assertThat(e.type()).as("after the close").isEqualTo(CaseEventType.SATISFACTION));
    events.stream().filter(e -> e.type() == CaseEventType.SATISFACTION)
        .forEach(e -> assertThat(e.score().orElseThrow()).isBetween(1, 5));
    CaseOutcome outcome = SkyClub.PLEDGE.sla().evaluate(events, customer, FROM.plus(Duration.ofHours(hours)));
    for (MetricInstance i : outcome.instances()) {
      assertThat(i.elapsed().isNegative()).as("elapsed of %s", i).isFalse();
      assertThat(i.number()).isPositive();
    }
  }

  @Property(tries = 100)
  void surveysAlwaysCarryAValidAnswerWhateverTheShapeDrawsForIt(@ForAll("surveys") List<Activity> activities) {
    activities.stream().filter(a -> a.kind().equals(Activity.SURVEY)).forEach(a ->
        assertThat(a.number("nps")).hasValueSatisfying(nps -> assertThat(nps.intValueExact()).isBetween(0, 10)));
  }

  @Provide
  Arbitrary<List<Activity>> surveys() {
    // nps summed as an amount (0 to 300, some negative) and filtered on "9", "10" and "x"
    ActivityShape shape = new ActivityShape(List.of("survey", "flight"), List.of("nps", "xp"), List.of(),
        java.util.Map.of("nps", List.of("9", "10", "x")));
    return PledgeArbitraries.activities(shape, "anna", FROM, Duration.ofDays(30));
  }

  @Property(tries = 100)
  void calendarsAddWhatBetweenMeasures(@ForAll("calendars") BusinessCalendar calendar,
      @ForAll @IntRange(min = 0, max = 100_000) int minutes, @ForAll @IntRange(min = 0, max = 60 * 24 * 365) int start) {
    Instant from = FROM.plus(Duration.ofMinutes(start));
    Duration amount = Duration.ofMinutes(minutes);
    assertThat(calendar.between(from, calendar.add(from, amount))).isEqualTo(amount);
  }

  @Property(tries = 50)
  void customerContextsHoldALevelInEveryProgram(@ForAll("contexts") CustomerContext context) {
    assertThat(context.levels().keySet()).isEqualTo(SkyClub.PLEDGE.tierNames());
    assertThat(Set.of("b2b", "students")).containsAll(context.customer().segments());
  }
}
