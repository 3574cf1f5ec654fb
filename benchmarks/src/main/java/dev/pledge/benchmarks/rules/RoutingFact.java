package dev.pledge.benchmarks.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * One case to route, as plain Java values: what the Easy Rules and hand-written variants of
 * {@link RuleSetBenchmark} read. Public, with public helpers, because MVEL calls them by
 * reflection.
 *
 * @param tier the customer's level in program {@code status}: blue, silver, gold or platinum
 * @param channel the case's channel
 * @param priority the case's priority
 * @param segments the customer's segments
 * @param country the customer's country attribute
 * @param joined the date the customer joined
 * @param today the evaluation date (the UTC date of the evaluation instant)
 */
public record RoutingFact(String tier, String channel, String priority, Set<String> segments,
    String country, LocalDate joined, LocalDate today) {

  /** The evaluation instant of every generated fact. */
  public static final Instant AS_OF = Instant.parse("2026-11-30T12:00:00Z");

  private static final List<String> TIERS = List.of("blue", "silver", "gold", "platinum");
  private static final List<String> CHANNELS = List.of("phone", "email", "chat", "social", "sms", "web");
  private static final List<String> PRIORITIES = List.of("low", "normal", "high", "urgent");
  private static final List<String> COUNTRIES = List.of("PL", "DE", "FR", "GB");
  private static final LocalDate FIRST_JOINED = LocalDate.of(2010, 1, 1);
  private static final LocalDate LAST_JOINED = LocalDate.of(2026, 6, 30);

  /** Checks and copies the components. */
  public RoutingFact {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(priority, "priority");
    segments = Set.copyOf(Objects.requireNonNull(segments, "segments"));
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(joined, "joined");
    Objects.requireNonNull(today, "today");
  }

  /** The tier's rank: blue 0, silver 1, gold 2, platinum 3. */
  public int tierRank() {
    switch (tier) {
      case "blue":
        return 0;
      case "silver":
        return 1;
      case "gold":
        return 2;
      case "platinum":
        return 3;
      default:
        throw new IllegalStateException("unknown tier \"" + tier + "\"");
    }
  }

  /** Whether the customer joined at least {@code years} years before {@link #today()}. */
  public boolean customerForAtLeast(int years) {
    return !joined.plusYears(years).isAfter(today);
  }

  /** Whether the customer is in {@code segment}. */
  public boolean inSegment(String segment) {
    return segments.contains(segment);
  }

  /**
   * {@code n} facts drawn with {@code new Random(seed)}: every tier, channel, priority and country
   * equally likely, one customer in five b2b (the others b2c), joining dates uniform over
   * 2010-01-01 to 2026-06-30, all evaluated at {@link #AS_OF}. Every string is a new instance,
   * as if read from input.
   */
  public static List<RoutingFact> generate(int n, long seed) {
    Random random = new Random(seed);
    LocalDate today = LocalDate.ofInstant(AS_OF, ZoneOffset.UTC);
    int days = (int) (LAST_JOINED.toEpochDay() - FIRST_JOINED.toEpochDay()) + 1;
    List<RoutingFact> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String tier = pick(TIERS, random);
      String channel = pick(CHANNELS, random);
      String priority = pick(PRIORITIES, random);
      Set<String> segments = Set.of(new String(random.nextInt(5) == 0 ? "b2b" : "b2c"));
      String country = pick(COUNTRIES, random);
      LocalDate joined = FIRST_JOINED.plusDays(random.nextInt(days));
      out.add(new RoutingFact(tier, channel, priority, segments, country, joined, today));
    }
    return List.copyOf(out);
  }

  /**
   * A value as read from input: a new string, never the instance of a literal in the code, so
   * that no variant wins by comparing references ({@code String.equals} returns at once for the
   * same instance, which literals compiled into the rules would always be).
   */
  private static String pick(List<String> values, Random random) {
    return new String(values.get(random.nextInt(values.size())));
  }
}
