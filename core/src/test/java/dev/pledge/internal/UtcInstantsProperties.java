package dev.pledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The fast instant reader against {@link Instant#parse}, its oracle, on valid and mutated text. */
class UtcInstantsProperties {
  private static final String NOISE = "0123456789-:.TZtz+ ";

  private static Optional<Instant> oracle(String text) {
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Same answer as Instant.parse whenever the fast path answers, and the same answer overall. */
  private static void agrees(String text) {
    Optional<Instant> fast = UtcInstants.parse(text);
    Optional<Instant> expected = oracle(text);
    if (fast.isPresent()) {
      assertThat(fast).as(text).isEqualTo(expected);
    }
    assertThat(TimeRanges.instant(text)).as(text).isEqualTo(expected.filter(TimeRanges::inRange));
  }

  @Property(tries = 3000)
  void readsWhatInstantParseReads(@ForAll @IntRange(min = 0, max = 9999) int year,
      @ForAll @IntRange(min = 0, max = 13) int month, @ForAll @IntRange(min = 0, max = 32) int day,
      @ForAll @IntRange(min = 0, max = 24) int hour, @ForAll @IntRange(min = 0, max = 60) int minute,
      @ForAll @IntRange(min = 0, max = 60) int second, @ForAll @IntRange(min = 0, max = 10) int digits,
      @ForAll long seed) {
    Random random = new Random(seed);
    StringBuilder fraction = new StringBuilder(digits == 0 ? "" : ".");
    for (int i = 0; i < digits; i++) {
      fraction.append((char) ('0' + random.nextInt(10)));
    }
    String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d%sZ", year, month, day, hour, minute, second, fraction);
    agrees(text);
    // and with one character replaced, inserted or removed
    StringBuilder mutated = new StringBuilder(text);
    int at = random.nextInt(text.length());
    switch (random.nextInt(3)) {
      case 0 -> mutated.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
      case 1 -> mutated.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
      default -> mutated.deleteCharAt(at);
    }
    agrees(mutated.toString());
  }

  @Test
  void handWorkedCases() {
    // 2026-03-02 is day 20,514 since 1970-01-01: 20,514 x 86,400 + 9 x 3,600 = 1,772,442,000.
    assertThat(UtcInstants.parse("2026-03-02T09:00:00Z")).contains(Instant.ofEpochSecond(1_772_442_000L));
    assertThat(UtcInstants.parse("2026-03-02T09:00:00.5Z")).contains(Instant.ofEpochSecond(1_772_442_000L, 500_000_000));
    assertThat(UtcInstants.parse("2024-02-29T00:00:00Z")).isPresent();
    // left to Instant.parse: a day that does not exist, a leap second, an offset, lower case
    for (String other : new String[] {"2026-02-29T00:00:00Z", "2016-12-31T23:59:60Z", "2026-03-02T10:00:00+01:00",
        "2026-03-02t09:00:00z", "+12026-03-02T09:00:00Z"}) {
      assertThat(UtcInstants.parse(other)).as(other).isEmpty();
      agrees(other);
    }
  }
}
