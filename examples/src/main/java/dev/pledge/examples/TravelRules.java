package dev.pledge.examples;

import dev.pledge.rule.Condition;
import dev.pledge.rule.ConditionType;
import dev.pledge.rule.Explanation;
import dev.pledge.rule.Facts;
import dev.pledge.rule.MetricType;
import dev.pledge.rule.RuleModule;
import dev.pledge.customer.Activity;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A rule module of an application's own: a {@code distinct-destinations} metric type and a
 * {@code sentiment} condition type. Registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/dev.pledge.rule.RuleModule}, so {@code Pledge.load} finds it on the
 * class path; {@code Pledge.builder().module(new TravelRules())} registers it in code.
 */
public final class TravelRules implements RuleModule {

  /**
   * The parameters of {@code distinct-destinations}: the activity field naming the destination,
   * and destinations that do not count (the home airport).
   */
  public record DistinctDestinations(@NotBlank String field, List<@NotBlank String> except) {}

  /**
   * The parameters of {@code sentiment}: holds when the case's {@code sentiment} attribute (a
   * score from -1, angry, to 1, delighted, set by the app's text analysis) is below {@code below}.
   */
  public record Sentiment(@NotNull @DecimalMin(value = "-1", message = "must be a number >= -1")
      @DecimalMax(value = "1", message = "must be a number <= 1") BigDecimal below) {}

  /** Used by {@link java.util.ServiceLoader}. */
  public TravelRules() {}

  @Override
  public String name() {
    return "travel-rules";
  }

  @Override
  public List<MetricType<?>> metricTypes() {
    return List.of(MetricType.of("distinct-destinations", DistinctDestinations.class, (p, context) -> () ->
        new MetricType.Accumulator() {
          private final Set<String> seen = new HashSet<>();
          private final Set<String> except = p.except() == null ? Set.of() : Set.copyOf(p.except());

          @Override
          public void add(Activity activity) {
            activity.text(p.field()).filter(d -> !except.contains(d)).ifPresent(seen::add);
          }

          @Override
          public BigDecimal value() {
            return BigDecimal.valueOf(seen.size());
          }
        }));
  }

  @Override
  public List<ConditionType<?>> conditionTypes() {
    return List.of(ConditionType.of("sentiment", Sentiment.class, (p, context) -> new SentimentBelow(p.below())));
  }

  /** The compiled {@code sentiment} condition: explains the score it compared. */
  private record SentimentBelow(BigDecimal below) implements Condition {
    @Override
    public String type() {
      return "sentiment";
    }

    @Override
    public Explanation explain(Facts facts) {
      Optional<BigDecimal> score = score(facts);
      boolean held = score.map(s -> s.compareTo(below) < 0).orElse(false);
      return Explanation.leaf("sentiment below " + below.toPlainString(), held,
          score.map(s -> "sentiment is " + s.toPlainString()).orElse("the case has no sentiment score"));
    }

    private static Optional<BigDecimal> score(Facts facts) {
      try {
        return Optional.ofNullable(facts.caseAttributes().get("sentiment")).map(BigDecimal::new);
      } catch (NumberFormatException notANumber) {
        return Optional.empty();
      }
    }
  }
}
