package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pledge.Pledge;
import dev.pledge.customer.Customer;
import dev.pledge.rule.Condition;
import dev.pledge.rule.Facts;
import dev.pledge.rule.RuleResult;
import dev.pledge.rule.RuleSet;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The standard conditions' fast path (issue 15): {@code test} agrees with the explanation's verdict
 * on random facts, the epoch-day arithmetic of {@code customer-since} agrees with
 * {@link LocalDate#plus}, and testing allocates nothing (the thread's allocation counter, over
 * many calls after a warm-up).
 */
class ConditionFastPathProperties {
  private static final List<String> CONDITIONS = List.of(
      "{\"type\":\"tier\",\"program\":\"status\",\"in\":[\"silver\",\"gold\"]}",
      "{\"type\":\"tier-at-least\",\"program\":\"status\",\"level\":\"gold\"}",
      "{\"type\":\"tier-at-least\",\"program\":\"status\",\"level\":\"base\"}",
      "{\"type\":\"channel\",\"in\":[\"email\",\"chat\"]}",
      "{\"type\":\"priority\",\"in\":[\"urgent\",\"high\"]}",
      "{\"type\":\"tag\",\"in\":[\"refund\",\"vip\"]}",
      "{\"type\":\"segment\",\"in\":[\"b2b\",\"students\"]}",
      "{\"type\":\"attribute\",\"name\":\"country\",\"equals\":\"PL\"}",
      "{\"type\":\"attribute\",\"name\":\"product\",\"in\":[\"tv\",\"radio\"]}",
      "{\"type\":\"customer-since\",\"atLeast\":\"P2Y\"}",
      "{\"type\":\"customer-since\",\"atLeast\":\"P1Y1M\"}",
      "{\"type\":\"customer-since\",\"atLeast\":\"P0D\"}",
      "{\"type\":\"customer-since\",\"atLeast\":\"P40D\"}",
      "{\"type\":\"metric\",\"metric\":\"xp\",\"atLeast\":100}",
      "{\"type\":\"all\",\"of\":[{\"type\":\"channel\",\"in\":[\"email\"]},{\"type\":\"segment\",\"in\":[\"b2b\"]}]}",
      "{\"type\":\"any\",\"of\":[{\"type\":\"channel\",\"in\":[\"phone\"]},{\"type\":\"tag\",\"in\":[\"vip\"]}]}",
      "{\"type\":\"not\",\"of\":{\"type\":\"priority\",\"in\":[\"low\"]}}");
  private static final List<Condition> COMPILED = CONDITIONS.stream().map(ConditionFastPathProperties::compile).toList();
  private static final List<String> LEVELS = List.of("base", "silver", "gold");
  private static final List<String> WORDS = List.of("email", "chat", "phone", "urgent", "high", "low", "refund",
      "vip", "b2b", "b2c", "students", "PL", "DE", "tv", "radio");

  /** A condition as the loader compiles it: the first rule of ConfigFixture's routing set. */
  private static Condition compile(String when) {
    RuleSet set = Pledge.builder().loadJson(ConfigFixture.edit("/ruleSets/routing/rules/0/when", when)).ruleSet("routing");
    return set.rules().get(0).when().orElseThrow();
  }

  /** Random facts, each fact present or absent, values drawn from small sets so that conditions go both ways. */
  static Facts randomFacts(Random random) {
    Facts.Builder b = Facts.builder();
    if (random.nextInt(5) > 0) {
      Optional<LocalDate> joined = random.nextInt(5) > 0
          ? Optional.of(LocalDate.ofEpochDay(random.nextInt(20_000))) : Optional.empty();
      b.customer(new Customer("c", joined, Set.copyOf(pick(random, 2)),
          random.nextBoolean() ? Map.of("country", pick(random)) : Map.of()));
    }
    if (random.nextInt(4) > 0) {
      b.level("status", LEVELS.get(random.nextInt(LEVELS.size())));
    }
    if (random.nextInt(4) > 0) {
      b.channel(pick(random));
    }
    if (random.nextInt(4) > 0) {
      b.priority(pick(random));
    }
    b.tags(Set.copyOf(pick(random, 2)));
    if (random.nextBoolean()) {
      b.caseAttributes(Map.of(random.nextBoolean() ? "country" : "product", pick(random)));
    }
    if (random.nextInt(4) > 0) {
      b.metric("xp", BigDecimal.valueOf(random.nextInt(200)));
    }
    if (random.nextInt(5) > 0) {
      b.asOf(Instant.ofEpochSecond(random.nextInt(20_000) * 86_400L + random.nextInt(86_400)));
    }
    return b.build();
  }

  private static String pick(Random random) {
    return WORDS.get(random.nextInt(WORDS.size()));
  }

  private static List<String> pick(Random random, int atMost) {
    List<String> words = new ArrayList<>();
    for (int i = random.nextInt(atMost + 1); i > 0; i--) {
      words.add(pick(random));
    }
    return words;
  }

  @Property(tries = 300)
  void theFastPathAgreesWithTheExplanation(@ForAll long seed) {
    Facts facts = randomFacts(new Random(seed));
    for (int i = 0; i < COMPILED.size(); i++) {
      Condition c = COMPILED.get(i);
      assertThat(c.test(facts)).as("%s on %s", CONDITIONS.get(i), facts).isEqualTo(c.explain(facts).held());
    }
  }

  @Property(tries = 2000)
  void epochDaysPlusAPeriodAreLocalDatePlus(@ForAll @IntRange(min = 1, max = 9999) int year,
      @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 31) int day,
      @ForAll @IntRange(min = 0, max = 120) int years, @ForAll @IntRange(min = 0, max = 30) int months,
      @ForAll @IntRange(min = 0, max = 800) int days) {
    LocalDate date = LocalDate.of(year, month, 1).withDayOfMonth(Math.min(day, LocalDate.of(year, month, 1).lengthOfMonth()));
    Period period = Period.of(years, months, days);
    assertThat(CalendarDays.epochDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth()))
        .isEqualTo(date.toEpochDay());
    assertThat(CalendarDays.plus(date, period)).as("%s + %s", date, period).isEqualTo(date.plus(period).toEpochDay());
  }

  @Test
  void theLeapDayAndMonthEndsClampAsLocalDateDoes() {
    // 2024-02-29 + P1Y is 2025-02-28; 2023-01-31 + P1M is 2023-02-28; + P1M1D is 2023-03-01.
    assertThat(CalendarDays.plus(LocalDate.parse("2024-02-29"), Period.ofYears(1)))
        .isEqualTo(LocalDate.parse("2025-02-28").toEpochDay());
    assertThat(CalendarDays.plus(LocalDate.parse("2023-01-31"), Period.ofMonths(1)))
        .isEqualTo(LocalDate.parse("2023-02-28").toEpochDay());
    assertThat(CalendarDays.plus(LocalDate.parse("2023-01-31"), Period.of(0, 1, 1)))
        .isEqualTo(LocalDate.parse("2023-03-01").toEpochDay());
  }

  /** Bytes this thread allocates running {@code task} {@code times} times, after as many runs to warm up. */
  private static double bytesPerRun(int times, Runnable task) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
    for (int i = 0; i < times; i++) {
      task.run();
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < times; i++) {
      task.run();
    }
    return (threads.getCurrentThreadAllocatedBytes() - before) / (double) times;
  }

  @Test
  void testingAStandardConditionAllocatesNothing() {
    Random random = new Random(15);
    Facts[] facts = new Facts[256];
    for (int i = 0; i < facts.length; i++) {
      facts[i] = randomFacts(random);
    }
    for (int c = 0; c < COMPILED.size(); c++) {
      Condition condition = COMPILED.get(c);
      int[] held = new int[1];
      double bytes = bytesPerRun(10_000, () -> {
        for (Facts f : facts) {
          held[0] += condition.test(f) ? 1 : 0;
        }
      });
      // Under one byte per 256 tests: nothing is allocated per test (the counter's own reads cost a few bytes).
      assertThat(bytes).as(CONDITIONS.get(c)).isLessThan(1.0);
      assertThat(held[0]).as("%s holds for some facts and not all", CONDITIONS.get(c)).isBetween(1, 2 * 10_000 * 256 - 1);
    }
  }

  @Test
  void evaluatingTheRoutingSetAllocatesOnlyItsResult() {
    RuleSet routing = Pledge.load(Path.of("../benchmarks/src/main/resources/dev/pledge/benchmarks/rules/routing.json"))
        .ruleSet("routing");
    Random random = new Random(15);
    Facts[] facts = new Facts[64];
    for (int i = 0; i < facts.length; i++) {
      facts[i] = randomFacts(random);
    }
    RuleResult[] last = new RuleResult[1];
    double bytes = bytesPerRun(20_000, () -> {
      for (Facts f : facts) {
        last[0] = routing.evaluate(f);
      }
    }) / facts.length;
    // A RuleResult is a header and six fields: 32 bytes with compressed references, 48 without.
    assertThat(bytes).isLessThanOrEqualTo(48.5);
    assertThat(last[0].trace()).isNotEmpty();
  }
}
