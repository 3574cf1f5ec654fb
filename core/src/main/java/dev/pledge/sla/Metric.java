package dev.pledge.sla;

import dev.pledge.InvalidValueException;
import dev.pledge.UnknownNameException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a service policy promises, measured in the working time of the policy's calendar. The
 * exact start, stop and pause rules are in {@code docs/promises.md}; each metric's rules live in
 * one clock class (see {@code docs/promises.md#adding-a-metric}).
 *
 * <p>The five built-in metrics are the constants below, in the order {@link #values()} returns
 * them. A metric that is not built in is made with {@link #of(String)} and is measured only once
 * its clock is registered. Equality is identity: there is one {@code Metric} per wire name.
 */
public final class Metric implements Comparable<Metric> {
  /** From {@code opened} to the first agent reply. Never paused by default. */
  public static final Metric FIRST_RESPONSE = new Metric("FIRST_RESPONSE", "first-response", 0, Set.of());
  /** One instance per customer wait after the first reply, up to the next agent reply. Never paused by default. */
  public static final Metric NEXT_RESPONSE = new Metric("NEXT_RESPONSE", "next-response", 1, Set.of());
  /** One instance per gap between agent replies while unsolved; paused while pending by default. */
  public static final Metric PERIODIC_UPDATE =
      new Metric("PERIODIC_UPDATE", "periodic-update", 2, Set.of(CaseStatus.PENDING));
  /** From {@code opened} to solved; paused while pending by default; a reopen resumes it. */
  public static final Metric RESOLUTION = new Metric("RESOLUTION", "resolution", 3, Set.of(CaseStatus.PENDING));
  /** Like resolution, but paused while on-hold too by default. */
  public static final Metric AGENT_WORK =
      new Metric("AGENT_WORK", "agent-work", 4, Set.of(CaseStatus.PENDING, CaseStatus.ON_HOLD));

  private static final Metric[] BUILT_IN =
      {FIRST_RESPONSE, NEXT_RESPONSE, PERIODIC_UPDATE, RESOLUTION, AGENT_WORK};
  /** Every metric made so far, built-in ones first, by ordinal; copied on write. */
  private static volatile Metric[] all = BUILT_IN.clone();

  private final String name;
  private final String wireName;
  private final int ordinal;
  private final Set<CaseStatus> defaultPauseOn;

  private Metric(String name, String wireName, int ordinal, Set<CaseStatus> defaultPauseOn) {
    this.name = name;
    this.wireName = wireName;
    this.ordinal = ordinal;
    this.defaultPauseOn = Collections.unmodifiableSet(
        defaultPauseOn.isEmpty() ? EnumSet.noneOf(CaseStatus.class) : EnumSet.copyOf(defaultPauseOn));
  }

  /**
   * The metric written {@code wireName} in JSON: a built-in one, or a new one that is not built in,
   * numbered after every metric made before. Asking twice for the same name returns the same
   * metric. A new metric is measured only by engines made after its clock is registered.
   *
   * @throws IllegalArgumentException if {@code wireName} is not lower-case words joined by hyphens
   */
  public static Metric of(String wireName) {
    return of(wireName, Set.of());
  }

  /**
   * As {@link #of(String)}, for a metric whose instances are paused by default while the case has
   * one of the statuses {@code defaultPauseOn} (a policy's target may list others, see
   * {@link ServicePolicy#pauseOn}).
   *
   * @throws IllegalArgumentException if {@code wireName} is not lower-case words joined by hyphens,
   *     if {@code defaultPauseOn} names a status other than pending and on-hold, or if the metric
   *     exists already with other default pause statuses (an empty set asks for the metric as it is)
   */
  public static synchronized Metric of(String wireName, Set<CaseStatus> defaultPauseOn) {
    Objects.requireNonNull(wireName, "wireName");
    Objects.requireNonNull(defaultPauseOn, "defaultPauseOn");
    for (CaseStatus s : defaultPauseOn) {
      if (!s.pausable()) {
        throw new InvalidValueException("defaultPauseOn", "only pending or on-hold can pause a metric, not "
            + s.wireName());
      }
    }
    Optional<Metric> known = fromWireName(wireName);
    if (known.isPresent()) {
      if (!known.get().defaultPauseOn.equals(defaultPauseOn) && !defaultPauseOn.isEmpty()) {
        throw new InvalidValueException("defaultPauseOn", "metric " + wireName + " exists already, paused by "
            + "default on " + known.get().defaultPauseOn + ", not " + defaultPauseOn);
      }
      return known.get();
    }
    if (!wireName.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      throw new InvalidValueException("wireName", "a metric's name must be lower-case words joined by hyphens"
          + " (\"first-response\"), but was \"" + wireName + "\"");
    }
    Metric[] grown = java.util.Arrays.copyOf(all, all.length + 1);
    Metric metric = new Metric(wireName.toUpperCase(java.util.Locale.ROOT).replace('-', '_'), wireName,
        all.length, defaultPauseOn);
    grown[metric.ordinal] = metric;
    all = grown;
    return metric;
  }

  /** The built-in metrics, in declaration order (a new array at each call). */
  public static Metric[] values() {
    return BUILT_IN.clone();
  }

  /** Every metric made so far: the built-in ones, then those made with {@link #of}, by ordinal. */
  public static List<Metric> all() {
    return List.of(all);
  }

  /**
   * The built-in metric whose constant is named {@code name} ({@code "FIRST_RESPONSE"}).
   *
   * @throws UnknownNameException if no built-in metric is named so
   */
  public static Metric valueOf(String name) {
    Objects.requireNonNull(name, "name");
    for (Metric metric : BUILT_IN) {
      if (metric.name.equals(name)) {
        return metric;
      }
    }
    throw new UnknownNameException(name, "no built-in metric is named \"" + name + "\"; expected one of "
        + List.of(BUILT_IN).stream().map(Metric::name).toList());
  }

  /** The metric written {@code name} in JSON, or empty if there is none. */
  public static Optional<Metric> fromWireName(String name) {
    Objects.requireNonNull(name, "name");
    for (Metric metric : all) {
      if (metric.wireName.equals(name)) {
        return Optional.of(metric);
      }
    }
    return Optional.empty();
  }

  /**
   * The statuses that pause this metric's instances unless a policy's target says otherwise
   * ({@code pauseOn}): pending for periodic-update and resolution, pending and on-hold for
   * agent-work, none for first-response and next-response.
   */
  public Set<CaseStatus> defaultPauseOn() {
    return defaultPauseOn;
  }

  /** The name as written in JSON. */
  public String wireName() {
    return wireName;
  }

  /** The constant's name ({@code "FIRST_RESPONSE"}); for a metric not built in, its wire name in upper case with underscores. */
  public String name() {
    return name;
  }

  /** The metric's position: 0 to 4 for the built-in ones in declaration order, then in order of {@link #of}. */
  public int ordinal() {
    return ordinal;
  }

  /** Orders metrics by {@link #ordinal()}. */
  @Override
  public int compareTo(Metric other) {
    Objects.requireNonNull(other, "other");
    return Integer.compare(ordinal, other.ordinal);
  }

  @Override
  public String toString() {
    return wireName;
  }
}
