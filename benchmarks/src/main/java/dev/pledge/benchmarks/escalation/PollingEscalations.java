package dev.pledge.benchmarks.escalation;

import dev.pledge.customer.CustomerContext;
import dev.pledge.escalation.CaseHistory;
import dev.pledge.escalation.EscalationEngine;
import dev.pledge.escalation.EscalationStep;
import dev.pledge.rule.Facts;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.Metric;
import dev.pledge.sla.MetricInstance;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The naive baseline: what a help desk's scheduler does. At every minute from the case's opening
 * to {@code asOf} it measures the case with the SLA engine, builds the case history from that
 * outcome and the events so far, and tests every step not yet due. Due instants are found to the
 * minute (not exactly), and nothing says when to look next.
 */
final class PollingEscalations {
  private final EscalationEngine engine;

  PollingEscalations(EscalationEngine engine) {
    this.engine = engine;
  }

  /** The due minute of each step, in step order ({@code null} when not due by {@code asOf}). */
  Instant[] evaluate(List<CaseEvent> events, CustomerContext customer, Instant asOf) {
    List<EscalationStep> steps = engine.policy().steps();
    Instant[] due = new Instant[steps.size()];
    CaseEvent opened = events.get(0);
    int line = 1;
    for (Instant t = opened.at(); !t.isAfter(asOf); t = t.plus(Duration.ofMinutes(1))) {
      CaseOutcome outcome = engine.sla().evaluate(events, customer, t);
      Polled history = new Polled(outcome, events, t, line);
      Facts facts = Facts.builder().customer(customer.customer()).levels(customer.levels())
          .channel(opened.channel().orElseThrow()).priority(opened.priority().orElseThrow()).asOf(t)
          .extension(CaseHistory.class, history).build();
      for (int i = 0; i < steps.size(); i++) {
        if (due[i] == null && steps.get(i).when().test(facts)) {
          due[i] = t;
          if (steps.get(i).actions().moveToLine().isPresent()) {
            line = steps.get(i).actions().moveToLine().getAsInt();
          }
        }
      }
    }
    return due;
  }

  /** The history read off one polled outcome and the events up to the poll. */
  private static final class Polled implements CaseHistory {
    private final CaseOutcome outcome;
    private int transfers;
    private int messages;
    private final int line;

    Polled(CaseOutcome outcome, List<CaseEvent> events, Instant t, int line) {
      this.outcome = outcome;
      this.line = line;
      for (CaseEvent e : events) {
        if (e.at().isAfter(t)) {
          break;
        }
        if (e.type() == CaseEventType.TRANSFER) {
          transfers++;
        } else if (e.type() == CaseEventType.CUSTOMER_MESSAGE) {
          messages++;
        } else if (e.type() == CaseEventType.AGENT_REPLY) {
          messages = 0;
        }
      }
    }

    private Optional<MetricInstance> latest(String metric) {
      List<MetricInstance> all = new ArrayList<>(outcome.instances(Metric.fromWireName(metric).orElseThrow()));
      return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    @Override
    public Optional<BigDecimal> elapsedFraction(String metric) {
      return latest(metric).map(i -> BigDecimal.valueOf(i.elapsed().toNanos())
          .divide(BigDecimal.valueOf(i.target().toNanos()), MathContext.DECIMAL64));
    }

    @Override
    public boolean reached(String metric, BigDecimal share) {
      return elapsedFraction(metric).map(f -> f.compareTo(share) >= 0).orElse(false);
    }

    @Override
    public boolean remainingAtMost(String metric, Duration atMost) {
      return latest(metric).filter(i -> i.stop().isEmpty())
          .map(i -> i.target().minus(i.elapsed()).compareTo(atMost) <= 0).orElse(false);
    }

    @Override
    public Optional<Duration> remaining(String metric) {
      return latest(metric).map(i -> i.target().minus(i.elapsed())).map(d -> d.isNegative() ? Duration.ZERO : d);
    }

    @Override
    public int transfers() {
      return transfers;
    }

    @Override
    public int reopened() {
      return 0;
    }

    @Override
    public int customerMessagesSinceReply() {
      return messages;
    }

    @Override
    public int line() {
      return line;
    }
  }
}
