package dev.pledge.cli.command;

import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import dev.pledge.cli.input.ForecastLine;
import dev.pledge.cli.input.Input;
import dev.pledge.cli.input.JsonLines;
import dev.pledge.customer.CustomerContext;
import dev.pledge.input.JsonLinesReader;
import dev.pledge.plan.Demand;
import dev.pledge.plan.Peak;
import dev.pledge.plan.WeekProfile;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.ServicePolicy;
import dev.pledge.sla.SlaEngine;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The arrivals {@code pledge staff} plans for: a forecast's intervals, or one week of the
 * {@link WeekProfile} of the cases a policy promised.
 */
final class StaffingInput {
  /**
   * The evaluation instant of the history's case reading: none, every case counts. Levels are then
   * those at each case's opening.
   */
  static final Instant NO_LATER_THAN = Instant.MAX;

  private StaffingInput() {}

  /**
   * What was read.
   *
   * @param demand the intervals to staff, in time order
   * @param summary the lines read, processed and rejected
   */
  record Read(List<Demand> demand, JsonLines.Summary summary) {}

  /** An interval of the forecast and the line it came from. */
  private record Placed(Demand demand, long line) {}

  /**
   * Reads a forecast: each line an interval. A line that cannot be read, whose interval overlaps an
   * earlier line's, or that {@code check} refuses (too much traffic to staff) is reported and left out.
   */
  static Read forecast(String spec, JsonLines lines, InputStream stdin, Consumer<Demand> check) {
    Input input = Input.open(spec, stdin);
    TreeMap<Instant, Placed> placed = new TreeMap<>();
    JsonLines.Summary summary = lines.run(input, JsonLinesReader.binding(ForecastLine.class), (line, record) -> {
      Demand demand = record.toDemand();
      check.accept(demand);
      Map.Entry<Instant, Placed> before = placed.floorEntry(demand.from());
      Map.Entry<Instant, Placed> after = placed.ceilingEntry(demand.from());
      Placed clash = before != null && before.getValue().demand().to().isAfter(demand.from()) ? before.getValue()
          : after != null && after.getKey().isBefore(demand.to()) ? after.getValue() : null;
      if (clash != null) {
        throw new PledgeException("the interval " + demand.from() + " to " + demand.to() + " overlaps line "
            + clash.line() + "'s, " + clash.demand().from() + " to " + clash.demand().to());
      }
      placed.put(demand.from(), new Placed(demand, line));
      return List.of();
    });
    List<Demand> demand = new ArrayList<>(placed.size());
    placed.values().forEach(p -> demand.add(p.demand()));
    return new Read(demand, summary);
  }

  /**
   * Reads the cases, counts those {@code policy} promised at their opening into {@code profile},
   * and gives the week to staff: the week that holds the peak's first day, else the week after the
   * last case. Says on {@code err} what was counted.
   *
   * @throws PledgeException if the policy promised none of the cases
   */
  static Read history(CaseInputs inputs, Pledge pledge, ServicePolicy policy, WeekProfile.Builder profile,
      Peak peak, JsonLines lines, PrintWriter err, InputStream stdin) {
    SlaEngine engine = pledge.sla();
    long[] evaluated = new long[1];
    CaseInputs.Cases cases = inputs.runCases(pledge, lines, stdin, new CaseInputs.CaseWork<Optional<Instant>>() {
      @Override
      public Optional<Instant> evaluate(List<CaseEvent> events, CustomerContext customer) {
        Instant opened = openedAt(events);
        return engine.evaluate(events, customer, opened).policy()
            .filter(p -> p.id().equals(policy.id())).map(p -> opened);
      }

      @Override
      public void deliver(Optional<Instant> opened) {
        evaluated[0]++;
        opened.ifPresent(profile::add);
      }
    });
    WeekProfile history = profile.build();
    err.println("cases: " + evaluated[0] + " evaluated, " + history.cases() + " promised by " + policy.id()
        + " at their opening, " + cases.failed() + " rejected");
    if (history.cases() == 0) {
      lines.printSummary(cases.summary());
      throw new PledgeException("no case was promised by policy " + policy.id() + " at its opening: there is no "
          + "history to staff from");
    }
    LocalDate first = history.firstWeek().orElseThrow();
    LocalDate week = (peak != null ? peak.from() : history.lastWeek().orElseThrow().plusWeeks(1))
        .with(DayOfWeek.MONDAY);
    err.println("history: " + history.weeks() + (history.weeks() == 1 ? " week" : " weeks") + " from " + first
        + " to " + history.lastWeek().orElseThrow().plusDays(6) + " (" + zoneName(policy.calendar().zone())
        + "); staffing the week from " + week + " to " + week.plusDays(6));
    return new Read(history.week(week), cases.summary());
  }

  /** The zone's id, {@code UTC} for UTC (whose id is {@code Z}). */
  private static String zoneName(ZoneId zone) {
    return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
  }

  /** The earliest {@code opened} event's instant; without one, the first event's (the engine then refuses the case). */
  private static Instant openedAt(List<CaseEvent> events) {
    Instant opened = null;
    for (CaseEvent e : events) {
      if (e.type() == CaseEventType.OPENED && (opened == null || e.at().isBefore(opened))) {
        opened = e.at();
      }
    }
    return opened != null ? opened : events.get(0).at();
  }
}
