package dev.pledge.sla.internal;

import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.CaseStatus;
import dev.pledge.sla.Metric;
import java.util.Objects;
import java.util.Set;

/**
 * One promise metric's rules: what starts, stops, resumes and pauses its instances at each case
 * event. Adding a metric means one class extending this one, listed in
 * {@link Clocks#BUILT_IN} (or, in tests, registered with {@link Clocks#register}).
 *
 * <p>The replay applies two rules to every metric itself, before calling {@link #on}: each running
 * instance records every change between unsolved statuses (which pause it is the policy's
 * {@code pauseOn}, by default {@link Metric#defaultPauseOn()}), and solving or closing the case
 * stops every running instance. A clock
 * keeps no state of its own: one instance serves every case, and what it must remember about one
 * case it keeps in that case's {@link Case#flag()}.
 */
// An abstract class, not an interface: the replay's call per clock and event is then a virtual
// call, measurably cheaper than an interface call in the SLA benchmark.
public abstract class MetricClock {
  private final Metric metric;
  private final Set<CaseEventType> movesAt;

  /**
   * A clock of {@code metric} that moves at events of the types {@code movesAt}. Which statuses
   * pause its instances is the metric's {@link Metric#defaultPauseOn()}, unless a policy's target
   * says otherwise.
   */
  protected MetricClock(Metric metric, Set<CaseEventType> movesAt) {
    this.metric = Objects.requireNonNull(metric, "metric");
    this.movesAt = Set.copyOf(movesAt);
  }

  /** The metric measured; one clock per metric. */
  public final Metric metric() {
    return metric;
  }

  /**
   * The types of event at which {@link #on} may start, stop, resume or forget an instance; the
   * replay calls {@link #on} only for these (so an event no clock reacts to costs nothing).
   */
  public final Set<CaseEventType> movesAt() {
    return movesAt;
  }

  /**
   * Starts, stops or resumes this metric's instances at {@code event}, which the case has taken in
   * ({@link Case#status()} is the status after it). Called, in replay order, {@code opened} first,
   * for every event whose type is in {@link #movesAt()}.
   */
  public abstract void on(CaseEvent event, Case c);

  /**
   * One case as one clock sees it while the event is replayed: the case's state and this metric's
   * current instance (the one started last, until the clock forgets it). Not thread-safe; valid
   * only during {@link #on}.
   */
  public interface Case {
    /** The case's status after the event. */
    CaseStatus status();

    /** The case's status before the event (the same as {@link #status()} unless it is a status change). */
    CaseStatus previousStatus();

    /** Whether an agent has replied, this event included. */
    boolean replied();

    /** Whether the metric has a current instance. */
    boolean hasInstance();

    /** Whether the metric has a current instance and it runs (has not stopped; it may be paused). */
    boolean running();

    /** Starts a new instance at the event (numbered after the metric's last), which becomes current. */
    void start();

    /** Stops the current instance at the event, if it runs; it stays current. */
    void stop();

    /** Runs the current, stopped instance again from the event; the time since its stop is not counted. */
    void resume();

    /** Forgets the current instance (it must have stopped): the metric has none until the next start. */
    void forget();

    /** One bit this clock keeps about the case, false at the start; for example, a message while solved. */
    boolean flag();

    /** Sets {@link #flag()}. */
    void flag(boolean value);
  }
}
