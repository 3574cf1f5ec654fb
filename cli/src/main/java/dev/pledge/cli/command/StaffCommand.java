package dev.pledge.cli.command;

import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import dev.pledge.UnknownNameException;
import dev.pledge.cli.PledgeCommand;
import dev.pledge.cli.input.JsonLines;
import dev.pledge.cli.output.StaffingJson;
import dev.pledge.plan.Demand;
import dev.pledge.plan.Peak;
import dev.pledge.plan.Staffing;
import dev.pledge.plan.StaffingPlan;
import dev.pledge.plan.WeekProfile;
import dev.pledge.sla.ServicePolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pledge staff}: the agents each interval needs to keep a policy's first-response promise (Erlang C). */
@Command(name = "staff", mixinStandardHelpOptions = true,
    description = {"Staffs a peak: per interval, the fewest agents N above the traffic A = arrivals x AHT / "
        + "interval whose Erlang C service level 1 - C(N, A) e^(-(N - A) T / AHT) meets the policy's "
        + "objective, T being its first-response target; with the service level, average speed of answer, "
        + "occupancy and the staff after shrinkage, ceil(N / (1 - shrinkage)). Then the worst interval and "
        + "the agent-hours (docs/planning.md).",
        "Arrivals: with --cases, the cases the policy promised at their opening, per interval of the week in "
            + "the policy calendar's zone, averaged over the history's weeks, for the week that holds "
            + "--peak-from (else the week after the last case); with --forecast, the forecast's intervals.",
        "--format json writes one line per interval, then {\"worst\",\"agentHours\"}."},
    footerHeading = "%nExamples:%n",
    footer = {"  pledge staff --config skyclub.json --policy platinum-phone --cases cases.jsonl "
        + "--customers customers.jsonl --aht PT6M",
        "  pledge staff -c shop.json --policy default --cases cases.jsonl -a activities.jsonl --aht PT4M "
            + "--interval PT1H --shrinkage 0.3 --peak 2.5 --peak-from 2026-11-27 --peak-to 2026-11-30",
        "  pledge staff -c skyclub.json --policy platinum-phone --forecast forecast.jsonl --aht PT3M --format json",
        "",
        "A forecast line: {\"from\":\"2026-11-27T08:00:00Z\",\"to\":\"2026-11-27T08:30:00Z\",\"cases\":120}"})
public final class StaffCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private PledgeCommand parent;

  @Mixin
  private ConfigOption config;

  @Mixin
  private ProgressOption progress;

  @Mixin
  private ThreadsOption threads;

  @Option(names = {"-p", "--policy"}, required = true, paramLabel = "ID",
      description = "The service policy whose first-response target and objective to staff for.")
  private String policyId;

  @Option(names = "--cases", paramLabel = "FILE|-",
      description = "Case events as JSON Lines, in any order, the history to average; - reads standard input.")
  private String cases;

  @Option(names = "--customers", paramLabel = "FILE|-",
      description = "With --cases: customers as JSON Lines; their \"tiers\" object gives their levels.")
  private String customers;

  @Option(names = {"-a", "--activities"}, paramLabel = "FILE|-",
      description = "With --cases: activities as JSON Lines; levels then come from the tier programs at each "
          + "case's opening.")
  private String activities;

  @Option(names = "--grouped",
      description = "With --cases: each case's events are consecutive; evaluate a case when the next starts "
          + "(bounded memory).")
  private boolean grouped;

  @Option(names = "--forecast", paramLabel = "FILE|-",
      description = "Instead of --cases: forecast intervals as JSON Lines {\"from\",\"to\",\"cases\"}; only "
          + "they are staffed.")
  private String forecast;

  @Option(names = "--aht", required = true, paramLabel = "DURATION", converter = DurationConverter.class,
      description = "The average handling time of a case, ISO-8601 (PT3M, PT2M30S).")
  private Duration aht;

  @Option(names = "--interval", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "With --cases: the length of an interval of the week, PT30M (default), PT1H, any that "
          + "divides a week.")
  private Duration interval;

  @Option(names = "--shrinkage", defaultValue = "0", paramLabel = "SHARE",
      description = "The share of paid time not spent answering (breaks, training), from 0 (default) to below 1.")
  private BigDecimal shrinkage;

  @Option(names = "--peak", paramLabel = "FACTOR",
      description = "Multiply the arrivals of the days from --peak-from to --peak-to by FACTOR (2.5).")
  private Double peak;

  @Option(names = "--peak-from", paramLabel = "DATE", converter = DateConverter.class,
      description = "The peak's first day, in the policy calendar's zone (2026-11-27).")
  private LocalDate peakFrom;

  @Option(names = "--peak-to", paramLabel = "DATE", converter = DateConverter.class,
      description = "The peak's last day, included.")
  private LocalDate peakTo;

  /** The output formats. */
  enum Format { table, json }

  @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
      description = "table (default) or json (one line per interval, then the summary line).")
  private Format format;

  @Option(names = "--html", paramLabel = "FILE",
      description = "Also write the week as one self-contained HTML page with a chart of the staff per interval.")
  private java.nio.file.Path html;

  @Override
  public Integer call() {
    checkUsage();
    Pledge pledge = config.load();
    ServicePolicy policy = pledge.sla().policy(policyId).orElseThrow(() -> new UnknownNameException(policyId,
        "no service policy \"" + policyId + "\"; the configuration defines "
            + pledge.sla().policies().stream().map(ServicePolicy::id).toList()));
    Staffing staffing = Staffing.builder().aht(aht).policy(policy).shrinkage(shrinkage).build();
    ZoneId zone = policy.calendar().zone();
    WeekProfile.Builder profile = WeekProfile.builder(interval == null ? Duration.ofMinutes(30) : interval, zone);
    Peak season = peak == null ? null : new Peak(peak, peakFrom, peakTo);
    JsonLines lines = parent.jsonLines(spec.commandLine(), progress).withoutSummary();
    StaffingInput.Read read = forecast != null
        ? StaffingInput.forecast(forecast, lines, parent.stdin(),
            d -> staffing.interval(season == null ? d : season.apply(d, zone)))
        : StaffingInput.history(CaseInputs.of(threads, cases, customers, activities, grouped,
            StaffingInput.NO_LATER_THAN), pledge, policy, profile, season, lines, spec.commandLine().getErr(),
            parent.stdin());
    List<Demand> demand = season == null ? read.demand() : season.apply(read.demand(), zone);
    StaffingPlan plan = staffing.plan(demand);
    if (format == Format.json) {
      plan.intervals().forEach(i -> lines.write(StaffingJson.line(i)));
      lines.write(StaffingJson.summary(plan));
    } else {
      spec.commandLine().getOut().print(StaffingJson.table(plan, zone));
    }
    if (html != null) {
      String page = dev.pledge.cli.html.StaffingPage.page(policy.id() + (forecast != null ? ", from " + forecast
          : ", from the history of " + cases), staffing, plan, zone);
      try {
        java.nio.file.Files.writeString(html, page, java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new dev.pledge.PledgeException(html + ": cannot write the HTML page: " + e.getMessage());
      }
    }
    lines.printSummary(read.summary());
    return read.summary().exitCode();
  }

  /** The arrivals come from --cases or --forecast, and a peak has its three options. */
  private void checkUsage() {
    if ((cases == null) == (forecast == null)) {
      throw usage(cases == null ? "missing --cases or --forecast: staff from the history or from a forecast"
          : "--cases and --forecast cannot be used together: staff from the history or from a forecast");
    }
    if (forecast != null) {
      String historyOnly = customers != null ? "--customers" : activities != null ? "--activities"
          : grouped ? "--grouped" : interval != null ? "--interval" : null;
      if (historyOnly != null) {
        throw usage(historyOnly + " goes with --cases, not --forecast: a forecast's lines are its intervals");
      }
    }
    if ((peak == null) != (peakFrom == null) || (peak == null) != (peakTo == null)) {
      throw usage("--peak, --peak-from and --peak-to go together: give all three or none");
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
