package dev.pledge.rule;

import dev.pledge.customer.Customer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What conditions are evaluated against: the customer, the customer's level in each program, the
 * case's channel, priority, tags and attributes, metric values and the evaluation instant. Every
 * fact is optional; a condition that needs an absent fact is false. Extensions carry typed facts
 * of other features (a case's history) without widening this class. Immutable.
 */
public final class Facts {
  private static final MetricValues NO_METRICS = name -> {
    Objects.requireNonNull(name, "metric");
    return Optional.empty();
  };
  private static final Facts EMPTY = builder().build();

  // The optional facts are held as the Optionals the accessors return, built once here, so that
  // conditions reading them on every evaluation allocate nothing.
  private final Optional<Customer> customer;
  private final Map<String, String> levels;
  private final Optional<String> channel;
  private final Optional<String> priority;
  private final Set<String> tags;
  private final Map<String, String> caseAttributes;
  private final MetricValues metrics;
  private final Optional<Instant> asOf;
  private final Map<Class<?>, Optional<?>> extensions;  // each value as the Optional extension() returns

  private Facts(Builder b) {
    customer = Optional.ofNullable(b.customer);
    levels = copy(b.levels);
    channel = Optional.ofNullable(b.channel);
    priority = Optional.ofNullable(b.priority);
    tags = Set.copyOf(b.tags);
    caseAttributes = copy(b.caseAttributes);
    metrics = b.metrics != null ? b.metrics
        : b.metricMap.isEmpty() ? NO_METRICS : MetricValues.of(Map.copyOf(b.metricMap));
    asOf = Optional.ofNullable(b.asOf);
    extensions = optionals(b.extensions);
  }

  /**
   * {@link Map#copyOf}, without its array of entries for the usual empty and one-entry maps: the
   * same immutable maps, built with less work (facts are built for every case evaluated).
   */
  private static <K, V> Map<K, V> copy(Map<K, V> map) {
    switch (map.size()) {
      case 0:
        return Map.of();
      case 1:
        Map.Entry<K, V> e = map.entrySet().iterator().next();
        return Map.of(e.getKey(), e.getValue());
      default:
        return Map.copyOf(map);
    }
  }

  /** Each value as the Optional {@link #extension} hands out, without a map in between for none or one. */
  private static Map<Class<?>, Optional<?>> optionals(Map<Class<?>, Object> values) {
    if (values.isEmpty()) {
      return Map.of();
    }
    if (values.size() == 1) {
      Map.Entry<Class<?>, Object> e = values.entrySet().iterator().next();
      return Map.of(e.getKey(), Optional.of(e.getValue()));
    }
    Map<Class<?>, Optional<?>> present = new HashMap<>();
    values.forEach((type, value) -> present.put(type, Optional.of(value)));
    return Map.copyOf(present);
  }

  /** Metric values looked up by name; lets an engine expose its running counters without copying. */
  @FunctionalInterface
  public interface MetricValues {
    /** The metric's current value, or empty if the metric is unknown here. */
    Optional<BigDecimal> value(String metric);

    /** Values read from a map. */
    static MetricValues of(Map<String, BigDecimal> values) {
      // each value held as the Optional handed out, so that a lookup allocates nothing
      Map<String, Optional<BigDecimal>> copy = new HashMap<>();
      Objects.requireNonNull(values, "values").forEach((name, value) -> copy.put(name, Optional.of(value)));
      Map<String, Optional<BigDecimal>> held = Map.copyOf(copy);
      return name -> held.getOrDefault(Objects.requireNonNull(name, "metric"), Optional.empty());
    }
  }

  /** Facts with nothing known. */
  public static Facts empty() {
    return EMPTY;
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these facts, to derive changed facts. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.customer = customer.orElse(null);
    b.levels.putAll(levels);
    b.channel = channel.orElse(null);
    b.priority = priority.orElse(null);
    b.tags = tags;
    b.caseAttributes.putAll(caseAttributes);
    b.metrics = metrics;
    b.asOf = asOf.orElse(null);
    extensions.forEach((type, value) -> b.extensions.put(type, value.get()));
    return b;
  }

  /** The customer, if known. */
  public Optional<Customer> customer() {
    return customer;
  }

  /** The customer's level in {@code program}, if known. */
  public Optional<String> level(String program) {
    Objects.requireNonNull(program, "program");
    return Optional.ofNullable(levels.get(program));
  }

  /** The customer's level per program. */
  public Map<String, String> levels() {
    return levels;
  }

  /** The case's channel ({@code email}, {@code phone}), if a case is being evaluated. */
  public Optional<String> channel() {
    return channel;
  }

  /** The case's priority, if a case is being evaluated. */
  public Optional<String> priority() {
    return priority;
  }

  /** The case's tags; empty when none or no case. */
  public Set<String> tags() {
    return tags;
  }

  /** The case's attributes; empty when none or no case. */
  public Map<String, String> caseAttributes() {
    return caseAttributes;
  }

  /** A metric's value, if known. */
  public Optional<BigDecimal> metric(String name) {
    Objects.requireNonNull(name, "name");
    return metrics.value(name);
  }

  /** The instant of evaluation, if given. */
  public Optional<Instant> asOf() {
    return asOf;
  }

  /** A typed fact contributed by another feature (a case's history), if present. */
  public <T> Optional<T> extension(Class<T> type) {
    Objects.requireNonNull(type, "type");
    @SuppressWarnings("unchecked") // the builder put only values of their key's type
    Optional<T> value = (Optional<T>) extensions.get(type);
    return value != null ? value : Optional.empty();
  }

  @Override
  public String toString() {
    return "Facts[customer=" + customer.map(Customer::id).orElse("-") + ", levels=" + levels
        + ", channel=" + channel.orElse(null) + ", priority=" + priority.orElse(null) + ", tags=" + tags
        + ", asOf=" + asOf.orElse(null) + "]";
  }

  /** Builds {@link Facts}. Not thread-safe. */
  public static final class Builder {
    private Customer customer;
    private final Map<String, String> levels = new HashMap<>();
    private String channel;
    private String priority;
    private Set<String> tags = Set.of();
    private final Map<String, String> caseAttributes = new HashMap<>();
    private final Map<String, BigDecimal> metricMap = new HashMap<>();
    private MetricValues metrics;
    private Instant asOf;
    private final Map<Class<?>, Object> extensions = new HashMap<>();

    private Builder() {}

    /** Sets the customer. */
    public Builder customer(Customer customer) {
      this.customer = Objects.requireNonNull(customer, "customer");
      return this;
    }

    /** Sets the customer's level in a program. */
    public Builder level(String program, String level) {
      levels.put(Objects.requireNonNull(program, "program"), Objects.requireNonNull(level, "level"));
      return this;
    }

    /** Sets the customer's levels, program to level. */
    public Builder levels(Map<String, String> levels) {
      Objects.requireNonNull(levels, "levels").forEach(this::level);
      return this;
    }

    /** Sets the case's channel. */
    public Builder channel(String channel) {
      this.channel = Objects.requireNonNull(channel, "channel");
      return this;
    }

    /** Sets the case's priority. */
    public Builder priority(String priority) {
      this.priority = Objects.requireNonNull(priority, "priority");
      return this;
    }

    /** Sets the case's tags. */
    public Builder tags(Set<String> tags) {
      this.tags = Set.copyOf(Objects.requireNonNull(tags, "tags"));
      return this;
    }

    /** Sets the case's attributes. */
    public Builder caseAttributes(Map<String, String> caseAttributes) {
      Objects.requireNonNull(caseAttributes, "caseAttributes");
      this.caseAttributes.clear();
      this.caseAttributes.putAll(caseAttributes);
      return this;
    }

    /** Sets one metric value; ignored once {@link #metrics(MetricValues)} was called. */
    public Builder metric(String name, BigDecimal value) {
      metricMap.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Reads every metric from {@code values}, replacing single metrics set before. */
    public Builder metrics(MetricValues values) {
      metrics = Objects.requireNonNull(values, "values");
      return this;
    }

    /** Sets the evaluation instant. */
    public Builder asOf(Instant asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /** Adds a typed fact of another feature. */
    public <T> Builder extension(Class<T> type, T value) {
      extensions.put(Objects.requireNonNull(type, "type"), type.cast(Objects.requireNonNull(value, "value")));
      return this;
    }

    /** The facts. */
    public Facts build() {
      return new Facts(this);
    }
  }
}
