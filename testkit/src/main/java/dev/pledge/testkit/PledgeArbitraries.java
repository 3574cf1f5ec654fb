package dev.pledge.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import dev.pledge.customer.Activity;
import dev.pledge.tier.TierLevel;
import dev.pledge.tier.TierProgram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for property-testing an application's own Pledge rules: business calendars,
 * customers, activity streams and case timelines, shaped by a loaded configuration (activity kinds
 * and fields from a program's metrics, levels from its programs) and by what the caller supplies
 * (channels, priorities, segments).
 *
 * <pre>{@code
 * static final PledgeArbitraries GEN = PledgeArbitraries.of(Path.of("program.json"));
 *
 * @Property
 * void levelNeverDropsWithinAYear(@ForAll("flights") List<Activity> activities) { ... }
 *
 * @Provide
 * Arbitrary<List<Activity>> flights() {
 *   return GEN.activities("status", "anna", Instant.parse("2026-01-01T00:00:00Z"), Duration.ofDays(365));
 * }
 * }</pre>
 *
 * Every generated value is valid input for the engines: activities are in time order, membership
 * events name levels the program sells or challenges, and case timelines start with {@code opened}
 * and never change status after {@code closed}. Immutable and thread-safe.
 */
public final class PledgeArbitraries {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Pledge pledge;
  private final Map<String, ActivityShape> shapes;

  private PledgeArbitraries(Pledge pledge, Map<String, ActivityShape> shapes) {
    this.pledge = pledge;
    this.shapes = Map.copyOf(shapes);
  }

  /**
   * Arbitraries for the configuration in {@code file}, loaded with the rule modules found by
   * {@link java.util.ServiceLoader}.
   *
   * @throws dev.pledge.config.ConfigException if the configuration is invalid
   * @throws PledgeException if the file cannot be read
   */
  public static PledgeArbitraries of(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      String json = Files.readString(file, StandardCharsets.UTF_8);
      return of(Pledge.builder().loadJson(json, file.toString()), json);
    } catch (IOException e) {
      throw new PledgeException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Arbitraries for {@code pledge}, loaded from {@code json}; the JSON tells which fields the
   * programs' metrics read.
   *
   * @throws PledgeException if {@code json} is not JSON
   */
  public static PledgeArbitraries of(Pledge pledge, String json) {
    Objects.requireNonNull(pledge, "pledge");
    JsonNode root;
    try {
      root = JSON.readTree(Objects.requireNonNull(json, "json"));
    } catch (IOException e) {
      throw new PledgeException("the configuration is not JSON: " + e.getMessage(), e);
    }
    Map<String, ActivityShape> shapes = new HashMap<>();
    for (String program : pledge.tierNames()) {
      shapes.put(program, ShapeReader.read(root.path("programs").path(program)));
    }
    return new PledgeArbitraries(pledge, shapes);
  }

  /** The loaded configuration. */
  public Pledge pledge() {
    return pledge;
  }

  /**
   * What the activities of {@code program} look like, as read from its metrics.
   *
   * @throws PledgeException if there is no such program
   */
  public ActivityShape shape(String program) {
    Objects.requireNonNull(program, "program");
    pledge.tiers(program);
    return shapes.get(program);
  }

  /** The level ids of {@code program}, any of them. */
  public Arbitrary<String> levels(String program) {
    Objects.requireNonNull(program, "program");
    return Arbitraries.of(pledge.tiers(program).levels().stream().map(TierLevel::id).toList());
  }

  /**
   * A customer with a level in every program of the configuration, as service policies and rule
   * sets see them.
   *
   * @param segments the segments a customer may belong to; may be empty
   */
  public Arbitrary<CustomerContext> customerContexts(Collection<String> segments) {
    Objects.requireNonNull(segments, "segments");
    List<String> programs = new ArrayList<>(pledge.tierNames());
    Arbitrary<List<String>> levels = Arbitraries.just(List.<String>of());
    for (String program : programs) {
      levels = Combinators.combine(levels, levels(program)).as((list, level) -> {
        List<String> more = new ArrayList<>(list);
        more.add(level);
        return more;
      });
    }
    return Combinators.combine(customers(segments), levels).as((customer, chosen) -> {
      Map<String, String> byProgram = new HashMap<>();
      for (int i = 0; i < programs.size(); i++) {
        byProgram.put(programs.get(i), chosen.get(i));
      }
      return new CustomerContext(customer, byProgram);
    });
  }

  /**
   * Activities of one customer in {@code program}, in time order inside {@code [from, from + span)}:
   * up to 30 activities of the program's kinds with its fields, a few refunds, a few repeated ids,
   * a few activities no metric counts, and (where the program has them) subscription and challenge
   * events. A {@code survey} (where a metric counts the kind) always carries {@code nps}, a whole
   * number from 0 to 10.
   *
   * @throws PledgeException if there is no such program
   * @throws IllegalArgumentException if {@code span} is not positive
   */
  public Arbitrary<List<Activity>> activities(String program, String customer, Instant from, Duration span) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(span, "span");
    TierProgram tiers = pledge.tiers(program);
    return Streams.activities(tiers, shape(program), customer, from, span);
  }

  /**
   * Activities shaped by {@code shape} rather than by a configured program's metrics.
   *
   * @throws IllegalArgumentException if {@code span} is not positive
   */
  public static Arbitrary<List<Activity>> activities(ActivityShape shape, String customer, Instant from,
      Duration span) {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(span, "span");
    return Streams.activities(null, shape, customer, from, span);
  }

  /**
   * Customers with ids {@code c1} to {@code c999}, a joining date between 2000 and 2026 (or none),
   * and a subset of {@code segments}.
   */
  public static Arbitrary<Customer> customers(Collection<String> segments) {
    Objects.requireNonNull(segments, "segments");
    List<String> pool = List.copyOf(segments);
    Arbitrary<Set<String>> chosen = pool.isEmpty() ? Arbitraries.just(Set.of()) : Arbitraries.subsetOf(pool);
    Arbitrary<Optional<LocalDate>> joined = Arbitraries.integers().between(0, 365 * 27)
        .map(d -> LocalDate.of(2000, 1, 1).plusDays(d)).optional();
    return Combinators.combine(Arbitraries.integers().between(1, 999), joined, chosen)
        .as((n, date, in) -> new Customer("c" + n, date, in, Map.of()));
  }

  /**
   * Business calendars: a zone with or without daylight saving time, zero to two working ranges
   * a day in quarter hours (some up to 24:00), at least one working day, up to three holidays in 2026; now
   * and then the always-open {@code 24x7} calendar.
   */
  public static Arbitrary<BusinessCalendar> calendars() {
    return Calendars.arbitrary();
  }

  /**
   * Case timelines for the SLA engine: one {@code opened} event at or after {@code from} with a
   * channel and priority from those given, then up to 25 events (customer messages, agent replies,
   * internal notes, status changes with solves and reopens, priority changes, transfers, the
   * customer's {@code satisfaction} ratings), in time order, each 0 to 8 hours after the one before,
   * possibly with {@code closed}, after which only ratings come.
   *
   * @throws IllegalArgumentException if {@code channels} or {@code priorities} is empty
   */
  public static Arbitrary<List<CaseEvent>> caseTimelines(String caseId, String customer,
      List<String> channels, List<String> priorities, Instant from) {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(channels, "channels");
    Objects.requireNonNull(priorities, "priorities");
    Objects.requireNonNull(from, "from");
    return CaseTimelines.arbitrary(caseId, customer, channels, priorities, from);
  }
}
