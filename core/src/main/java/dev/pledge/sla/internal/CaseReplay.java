package dev.pledge.sla.internal;

import dev.pledge.customer.CustomerContext;
import dev.pledge.rule.Explanation;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.CaseStatus;
import dev.pledge.sla.Metric;
import dev.pledge.sla.MetricInstance;
import dev.pledge.sla.ServicePolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Replays one case's events in time order and measures its metric instances. Every metric is
 * tracked whatever the policy; the policy only decides which instances are promised and with what
 * target and calendar. One instance per call; not thread-safe, never shared.
 */
public final class CaseReplay {
  private static final Metric[] METRICS = Metric.values();
  private final PolicySelector selector;
  private final boolean[] targeted;
  private final List<Track> tracks = new ArrayList<>();
  private final int[] counts = new int[METRICS.length];
  private CaseStatus status = CaseStatus.OPEN;
  private ServicePolicy policy;
  private boolean replied;
  private boolean messageWhileSolved;
  private Track firstResponse;
  private Track nextResponse;
  private Track periodicUpdate;
  private Track resolution;
  private Track agentWork;
  private final List<Instant> policyFrom = new ArrayList<>(2);
  private final List<ServicePolicy> policyAt = new ArrayList<>(2);

  private CaseReplay(PolicySelector selector, boolean[] targeted) {
    this.selector = selector;
    this.targeted = targeted;
  }

  /**
   * Checks, orders and replays {@code events}; see {@code SlaEngine#evaluate}. Metrics whose
   * {@code targeted} entry is false (no policy targets them) are not tracked at all.
   */
  public static CaseOutcome run(List<ServicePolicy> policies, boolean[] targeted, List<CaseEvent> events,
      CustomerContext customer, Instant asOf) {
    CaseEvent[] ordered = EventOrder.checked(events);
    CaseEvent opened = ordered[0];
    if (opened.at().isAfter(asOf)) {
      return new CaseOutcome(opened.caseId(), CaseOutcome.Promise.NOT_YET_OPENED, Optional.empty(),
          Explanation.leaf("opened", false, "the case opens at " + opened.at()
              + ", after the evaluation instant " + asOf), List.of(), asOf);
    }
    CaseReplay replay = new CaseReplay(new PolicySelector(policies, customer, opened), targeted);
    replay.open(opened);
    for (int i = 1; i < ordered.length && !ordered[i].at().isAfter(asOf); i++) {
      replay.apply(ordered[i]);
    }
    return replay.outcome(opened.caseId(), asOf);
  }

  /**
   * Checks, orders and replays {@code events} up to {@code asOf} like {@link #run}, but keeps the
   * tracks themselves (for the escalation engine, which needs when each threshold is crossed).
   * When the case opens after {@code asOf}, no event is applied and there is no track.
   */
  public static CaseTimeline timeline(List<ServicePolicy> policies, boolean[] targeted,
      List<CaseEvent> events, CustomerContext customer, Instant asOf) {
    CaseEvent[] ordered = EventOrder.checked(events);
    CaseEvent opened = ordered[0];
    CaseReplay replay = new CaseReplay(new PolicySelector(policies, customer, opened), targeted);
    if (opened.at().isAfter(asOf)) {
      return new CaseTimeline(ordered, 0, List.of(), List.of(), List.of());
    }
    replay.open(opened);
    int applied = 1;
    for (; applied < ordered.length && !ordered[applied].at().isAfter(asOf); applied++) {
      replay.apply(ordered[applied]);
    }
    return new CaseTimeline(ordered, applied, replay.tracks, replay.policyFrom, replay.policyAt);
  }

  private void open(CaseEvent opened) {
    policy = selector.select(opened.at(), opened.priority().orElseThrow());
    Instant at = opened.at();
    policyFrom.add(at);
    policyAt.add(policy);
    firstResponse = start(Metric.FIRST_RESPONSE, at);
    resolution = start(Metric.RESOLUTION, at);
    agentWork = start(Metric.AGENT_WORK, at);
  }

  private void apply(CaseEvent event) {
    Instant at = event.at();
    switch (event.type()) {
      case CUSTOMER_MESSAGE:
        if (replied && nextResponse == null) {
          if (status.unsolved()) {
            nextResponse = start(Metric.NEXT_RESPONSE, at);
          } else if (status == CaseStatus.SOLVED) {
            messageWhileSolved = true;
          }
        }
        break;
      case AGENT_REPLY:
        reply(at);
        break;
      case STATUS:
        changeStatus(at, event.status().orElseThrow());
        break;
      case PRIORITY:
        policy = selector.select(at, event.priority().orElseThrow());
        policyFrom.add(at);
        policyAt.add(policy);
        break;
      default:
        break; // internal notes, transfers and escalations move no clock
    }
  }

  private void reply(Instant at) {
    replied = true;
    messageWhileSolved = false;
    if (firstResponse != null && firstResponse.running()) {
      firstResponse.stop(at, policy);
    }
    nextResponse = stopIfRunning(nextResponse, at);
    if (status.unsolved()) {
      periodicUpdate = stopIfRunning(periodicUpdate, at);
      periodicUpdate = start(Metric.PERIODIC_UPDATE, at);
    }
  }

  private void changeStatus(Instant at, CaseStatus next) {
    CaseStatus previous = status;
    status = next;
    if (previous.unsolved() && next.unsolved()) {
      for (Track t : tracks) {
        if (t.running()) {
          t.mark(at, t.metric.pausedIn(next));
        }
      }
    } else if (previous.unsolved()) {
      for (Track t : tracks) {
        if (t.running()) {
          t.stop(at, policy);
        }
      }
      nextResponse = null;
      periodicUpdate = null;
    } else if (previous == CaseStatus.SOLVED && next.unsolved()) {
      if (resolution != null) {
        resolution.resume(at, Metric.RESOLUTION.pausedIn(next));
      }
      if (agentWork != null) {
        agentWork.resume(at, Metric.AGENT_WORK.pausedIn(next));
      }
      if (messageWhileSolved) {
        messageWhileSolved = false;
        nextResponse = start(Metric.NEXT_RESPONSE, at);
      }
    }
  }

  /** A new instance of {@code metric} from {@code at}; null when no policy targets the metric. */
  private Track start(Metric metric, Instant at) {
    if (!targeted[metric.ordinal()]) {
      return null;
    }
    Track track = new Track(metric, ++counts[metric.ordinal()], at, metric.pausedIn(status));
    tracks.add(track);
    return track;
  }

  private Track stopIfRunning(Track track, Instant at) {
    if (track != null && track.running()) {
      track.stop(at, policy);
    }
    return null;
  }

  private CaseOutcome outcome(String caseId, Instant asOf) {
    List<MetricInstance> instances = new ArrayList<>(tracks.size());
    for (Metric metric : METRICS) {
      for (Track t : tracks) {
        if (t.metric != metric) {
          continue;
        }
        ServicePolicy applies = t.running() ? policy : t.policyAtStop();
        if (applies != null && applies.targets(metric)) {
          instances.add(t.measure(applies, asOf));
        }
      }
    }
    Supplier<Explanation> why = selector.explainer();
    return policy == null
        ? new CaseOutcome(caseId, CaseOutcome.Promise.UNPROMISED, Optional.empty(), why, instances, asOf)
        : new CaseOutcome(caseId, CaseOutcome.Promise.PROMISED, Optional.of(policy), why, instances, asOf);
  }
}
