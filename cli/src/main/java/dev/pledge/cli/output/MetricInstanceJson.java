package dev.pledge.cli.output;

import dev.pledge.sla.MetricInstance;

/**
 * Writes a {@link MetricInstance} as one {@code pledge sla} output line, the line that
 * {@link dev.pledge.output.PledgeJson#metricInstance} gives, as text without building the tree.
 */
public final class MetricInstanceJson {
  private MetricInstanceJson() {}

  /**
   * The line as text, as {@code JsonLines.render(PledgeJson.metricInstance(caseId, i))} writes it,
   * without building the tree: for {@code pledge sla}, which writes millions.
   */
  public static String line(String caseId, MetricInstance i) {
    return new JsonText().field("case", caseId).field("policy", i.policy().id()).field("metric", i.metric().wireName())
        .field("instance", i.number()).field("target", i.target().toString()).field("calendar", i.calendar())
        .field("start", i.start()).field("stop", i.stop().orElse(null)).field("elapsed", i.elapsed().toString())
        .field("paused", i.paused().toString()).field("deadline", i.deadline().orElse(null))
        .field("state", i.state().wireName()).field("breachedBy", i.breachedBy().toString()).toString();
  }
}
