package dev.pledge.rules;

import dev.pledge.rule.ConditionType;
import dev.pledge.rule.MetricType;
import dev.pledge.rule.RuleModule;
import java.util.List;

/**
 * The standard rule module: every built-in condition and metric type. Registered through
 * {@link java.util.ServiceLoader}, so putting {@code pledge-rules} on the class path is enough.
 */
public final class StandardRules implements RuleModule {

  /** Used by {@link java.util.ServiceLoader}; also usable in code. */
  public StandardRules() {}

  @Override
  public String name() {
    return "pledge-rules";
  }

  @Override
  public List<ConditionType<?>> conditionTypes() {
    return List.of(
        CustomerConditions.TIER,
        CustomerConditions.TIER_AT_LEAST,
        CustomerConditions.SEGMENT,
        CustomerConditions.ATTRIBUTE,
        CustomerConditions.CUSTOMER_SINCE,
        CustomerConditions.METRIC,
        CaseConditions.CHANNEL,
        CaseConditions.PRIORITY,
        CaseConditions.TAG,
        CaseHistoryConditions.ELAPSED,
        CaseHistoryConditions.BREACHED,
        CaseHistoryConditions.REMAINING,
        CaseHistoryConditions.TRANSFERS,
        CaseHistoryConditions.REOPENED,
        CaseHistoryConditions.CUSTOMER_MESSAGES,
        CaseHistoryConditions.LINE,
        TierConditions.PERIODS_AT_LEVEL);
  }

  @Override
  public List<MetricType<?>> metricTypes() {
    return List.of(Metrics.SUM, Metrics.COUNT, Metrics.DISTINCT);
  }
}
