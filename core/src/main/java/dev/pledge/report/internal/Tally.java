package dev.pledge.report.internal;

import dev.pledge.sla.MetricInstance;
import java.math.BigDecimal;

/** The running counts of one policy and metric. Not thread-safe. */
public final class Tally {
  /** The policy's objective, from the first instance seen. */
  public final BigDecimal objective;
  /** Instances seen. */
  public long instances;
  /** Instances achieved. */
  public long achieved;
  /** Instances breached, finished or still running past their deadline. */
  public long breached;
  /** Instances still running and not past their deadline (active or paused). */
  public long running;
  /** Elapsed time of finished instances. */
  public final QuantileSketch elapsed = new QuantileSketch();

  /** A tally for a policy with {@code objective}. */
  public Tally(BigDecimal objective) {
    this.objective = objective;
  }

  /** Counts one instance. */
  public void add(MetricInstance instance) {
    instances++;
    switch (instance.state()) {
      case ACHIEVED:
        achieved++;
        break;
      case BREACHED:
        breached++;
        break;
      default:
        running++;
        break;
    }
    if (!instance.running()) {
      elapsed.add(instance.elapsed());
    }
  }

  /** Adds the counts of {@code other}. */
  public void merge(Tally other) {
    instances += other.instances;
    achieved += other.achieved;
    breached += other.breached;
    running += other.running;
    elapsed.merge(other.elapsed);
  }
}
