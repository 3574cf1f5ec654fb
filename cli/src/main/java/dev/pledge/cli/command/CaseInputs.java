package dev.pledge.cli.command;

import dev.pledge.cli.input.ActivitiesFile;
import dev.pledge.cli.input.CustomersFile;
import dev.pledge.cli.input.Grouper;
import dev.pledge.cli.input.Input;
import dev.pledge.cli.input.JsonLines;
import dev.pledge.cli.input.OrderedWork;
import dev.pledge.cli.input.Workers;
import dev.pledge.cli.input.RecordFailure;
import dev.pledge.cli.input.StdinOnce;
import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import dev.pledge.input.JsonLinesReader;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.SlaEngine;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The inputs that {@code sla}, {@code report}, {@code check} and {@code escalations} share, and
 * the run they share: read customers and activities, collect case events by case id, and hand each
 * case with its customer's context to the command.
 *
 * <p>Without {@code --grouped} every event is held until the end of the input (about 400 bytes an
 * event), so events may come in any order. With {@code --grouped} each case is evaluated when the
 * next case's first event arrives, and memory holds one case (plus 16 bytes per finished case id).
 * A case that cannot be evaluated (no {@code opened} event, an event before it, ...) is reported
 * once, at its first line, and all its lines count as rejected.
 */
public final class CaseInputs {
  @Mixin
  ConfigOption config;

  @Mixin
  ProgressOption progress;

  @Mixin
  ThreadsOption threads;

  @Option(names = "--cases", required = true, paramLabel = "FILE|-",
      description = "Case events as JSON Lines, in any order; - reads standard input.")
  String cases;

  @Option(names = "--customers", paramLabel = "FILE|-",
      description = "Customers as JSON Lines; their \"tiers\" object gives their levels.")
  String customers;

  @Option(names = {"-a", "--activities"}, paramLabel = "FILE|-",
      description = "Activities as JSON Lines: levels then come from the tier programs at each case's opening.")
  String activities;

  @Option(names = "--as-of", required = true, paramLabel = "INSTANT", converter = InstantConverter.class,
      description = "The evaluation instant, ISO-8601 (2026-03-06T18:00:00Z); later events are ignored.")
  Instant asOf;

  @Option(names = "--grouped",
      description = "Each case's events are consecutive: evaluate a case when the next starts (bounded memory).")
  boolean grouped;

  private CustomersFile customersRead = CustomersFile.none();
  private Optional<ActivitiesFile> activitiesRead = Optional.empty();

  /**
   * The inputs of a command that declares the case options itself ({@code staff}, where the cases
   * are one of two sources): {@link #runCases} reads them as for the other case commands, with
   * levels at each case's opening or, if later, at {@code asOf}.
   */
  static CaseInputs of(ThreadsOption threads, String cases, String customers, String activities, boolean grouped,
      Instant asOf) {
    CaseInputs inputs = new CaseInputs();
    inputs.threads = threads;
    inputs.cases = cases;
    inputs.customers = customers;
    inputs.activities = activities;
    inputs.grouped = grouped;
    inputs.asOf = asOf;
    return inputs;
  }

  /** Loads the configuration; an invalid one stops the command with exit status 2. */
  Pledge load() {
    return config.load();
  }

  /**
   * Evaluates every case against the service policies and hands each outcome to {@code sink}, in
   * order of each case's first line (grouped input) or first appearance (held input). Bad lines
   * and cases are reported on {@code lines}' stderr; a line {@code cases: ...} counting the cases
   * goes to {@code err}.
   *
   * @return the summary over every input read, not yet printed
   */
  <R> JsonLines.Summary run(Pledge pledge, JsonLines lines, PrintWriter err, InputStream stdin,
      Function<CaseOutcome, R> prepare, BiConsumer<CaseOutcome, R> sink) {
    return run(pledge, lines, err, stdin, (events, customer, outcome) -> prepare.apply(outcome), sink, null);
  }

  /**
   * {@link #run(Pledge, JsonLines, PrintWriter, InputStream, Function, BiConsumer)} with the case's
   * events at hand when preparing, and the activities read by {@code step} (null: held, as by default).
   */
  <R> JsonLines.Summary run(Pledge pledge, JsonLines lines, PrintWriter err, InputStream stdin,
      Prepare<R> prepare, BiConsumer<CaseOutcome, R> sink, ActivityStep step) {
    SlaEngine engine = pledge.sla();
    long[] byPromise = new long[CaseOutcome.Promise.values().length];
    record Prepared<R>(CaseOutcome outcome, R prepared) {}
    CaseWork<Prepared<R>> work = new CaseWork<>() {
      @Override
      public Prepared<R> evaluate(List<CaseEvent> events, CustomerContext customer) {
        CaseOutcome outcome = engine.evaluate(events, customer, asOf);
        return new Prepared<>(outcome, prepare.apply(events, customer, outcome));
      }

      @Override
      public void deliver(Prepared<R> result) {
        sink.accept(result.outcome(), result.prepared());
        // counted once the command took it: a case whose output failed is counted as rejected instead
        byPromise[result.outcome().promise().ordinal()]++;
      }
    };
    Cases cases = step == null ? runCases(pledge, lines, stdin, work) : runCases(pledge, lines, stdin, work, step);
    long evaluated = 0;
    for (long n : byPromise) {
      evaluated += n;
    }
    err.println("cases: " + evaluated + " evaluated (" + byPromise[CaseOutcome.Promise.PROMISED.ordinal()]
        + " promised, " + byPromise[CaseOutcome.Promise.UNPROMISED.ordinal()] + " unpromised, "
        + byPromise[CaseOutcome.Promise.NOT_YET_OPENED.ordinal()] + " not yet opened), "
        + cases.failed() + " rejected");
    return cases.summary();
  }

  /** What a command computes from a case beside its outcome, on any thread of {@code --threads}. */
  @FunctionalInterface
  interface Prepare<R> {
    /** From the case's events, its customer with levels, and its outcome. */
    R apply(List<CaseEvent> events, CustomerContext customer, CaseOutcome outcome);
  }

  /** {@link #run(Pledge, JsonLines, PrintWriter, InputStream, Function, BiConsumer)} with nothing prepared. */
  JsonLines.Summary run(Pledge pledge, JsonLines lines, PrintWriter err, InputStream stdin, Consumer<CaseOutcome> sink) {
    return run(pledge, lines, err, stdin, outcome -> null, (outcome, nothing) -> sink.accept(outcome));
  }

  /**
   * A command's work on each case: evaluated on any thread of {@code --threads}, then delivered on
   * the command's thread in input order (where it writes). Either may throw {@link PledgeException}
   * to reject the case; any other failure (a bug) rejects the case too, as an internal error.
   *
   * @param <R> what evaluating a case gives
   */
  interface CaseWork<R> {
    /** Evaluates the case's events, in input order, for its customer (with levels); on any thread. */
    R evaluate(List<CaseEvent> events, CustomerContext customer);

    /** Takes the result, on the command's thread, in input order. */
    void deliver(R result);
  }

  /**
   * What a run over the cases gave: the summary over every input (a failed case's lines counted
   * as rejected) and the number of cases that could not be evaluated.
   */
  record Cases(JsonLines.Summary summary, long failed) {}

  /**
   * Reads customers and activities, collects case events by case id and hands each case to
   * {@code handler} with its customer's context. A case the handler rejects, or whose evaluation
   * fails in any other way (a bug, a stack overflow, the heap exhausted by this case), is reported
   * once, at its first line, and all its lines count as rejected; the other cases go on.
   */
  <R> Cases runCases(Pledge pledge, JsonLines lines, InputStream stdin, CaseWork<R> work) {
    return runCases(pledge, lines, stdin, work, (input, parallel, workers, known) -> {
      if (input.isEmpty()) {
        return new Levels(CaseLevels.fromFile(known), new JsonLines.Summary(0, 0, 0));
      }
      ActivitiesFile.Read read = ActivitiesFile.read(input.get(), parallel);
      activitiesRead = Optional.of(read.activities());
      return new Levels(CaseLevels.fromTiers(known, read.activities(), pledge), read.summary());
    });
  }

  /**
   * How a command turns the activities file (if given) into the cases' levels, before the cases
   * are read: read on {@code workers}, reporting through {@code lines}.
   */
  interface ActivityStep {
    Levels read(Optional<Input> activities, JsonLines lines, Workers workers, CustomersFile customers);
  }

  /** What an {@link ActivityStep} gives: the cases' levels and the summary of reading the activities. */
  record Levels(CaseLevels levels, JsonLines.Summary summary) {}

  /** {@link #runCases(Pledge, JsonLines, InputStream, CaseWork)} with the activities read by {@code step}. */
  <R> Cases runCases(Pledge pledge, JsonLines lines, InputStream stdin, CaseWork<R> work, ActivityStep step) {
    StdinOnce.check(cases, customers, activities);
    JsonLines.Summary summary = new JsonLines.Summary(0, 0, 0);
    CustomersFile known = CustomersFile.none();
    try (Workers workers = threads.start()) {
      JsonLines parallel = lines.withWorkers(workers);
      if (customers != null) {
        CustomersFile.Read read = CustomersFile.read(Input.open(customers, stdin), parallel);
        known = read.customers();
        customersRead = known;
        summary = summary.plus(read.summary());
      }
      Levels levels = step.read(activities == null ? Optional.empty() : Optional.of(Input.open(activities, stdin)),
          parallel, workers, known);
      summary = summary.plus(levels.summary());
      Input input = Input.open(cases, stdin);
      Evaluation<R> evaluation = new Evaluation<>(levels.levels(), input.name(), work);
      OrderedWork<Group, Evaluated<R>> ordered = new OrderedWork<>(workers, CASES_PER_TASK,
          group -> group.items().size(), LINES_PER_TASK, evaluation::evaluate,
          evaluation::deliver);
      JsonLines ordering = parallel.beforeMessages(ordered::drain);
      evaluation.lines = ordering;
      Grouper<CaseEvent> groups = new Grouper<>(grouped, "case", (id, items) -> ordered.add(new Group(id, items)));
      summary = summary.plus(ordered.deliveringOnFailure(() -> groups.reading(() ->
          ordering.run(input, JsonLinesReader.caseEvents(), (line, event) -> {
            groups.add(event.caseId(), line, event);
            return List.of();
          }))));
      groups.finish();
      ordered.drain();
      return new Cases(summary.rejectingAlso(evaluation.failedLines), evaluation.failedCases);
    }
  }

  /** Cases evaluated by one task of a run on several threads, at most. */
  static final int CASES_PER_TASK = 64;
  /** A task's cases are cut at this many lines: a few long cases do not hold much more. */
  static final int LINES_PER_TASK = 4_096;

  /** A case's lines, in input order. */
  private record Group(String caseId, List<Grouper.Item<CaseEvent>> items) {}

  /** What evaluating a case gave: its result, or the failure that rejects it. */
  private record Evaluated<R>(R result, Throwable failure) {}

  /** The customers {@link #run} read; none before it ran or without {@code --customers}. */
  CustomersFile customersRead() {
    return customersRead;
  }

  /** The activities {@link #run} read; empty before it ran or without {@code --activities}. */
  Optional<ActivitiesFile> activitiesRead() {
    return activitiesRead;
  }

  /**
   * Evaluates each case (on any thread) and delivers it (on the command's thread, in input order),
   * counting the cases rejected. A failure of the evaluation or of the delivery (a bug, a stack
   * overflow, the heap exhausted by this case) rejects this case only.
   */
  private final class Evaluation<R> {
    private final CaseLevels levels;
    private final String inputName;
    private final CaseWork<R> work;
    private JsonLines lines;
    private long failedCases;
    private long failedLines;

    Evaluation(CaseLevels levels, String inputName, CaseWork<R> work) {
      this.levels = levels;
      this.inputName = inputName;
      this.work = work;
    }

    Evaluated<R> evaluate(Group group) {
      try {
        List<CaseEvent> events = new ArrayList<>(group.items().size());
        group.items().forEach(item -> events.add(item.value()));
        return new Evaluated<>(work.evaluate(events, levels.of(events, asOf)), null);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        // this case's failure only: whatever its evaluation held is garbage once this returns
        return new Evaluated<>(null, e);
      }
    }

    void deliver(Group group, Evaluated<R> evaluated) {
      Throwable failure = evaluated.failure();
      if (failure == null) {
        try {
          work.deliver(evaluated.result());
          return;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          failure = e;
        }
      }
      List<Grouper.Item<CaseEvent>> items = group.items();
      lines.reject(inputName, items.get(0).line(), "case \"" + group.caseId() + "\" (" + items.size()
          + (items.size() == 1 ? " line" : " lines") + ") not evaluated: " + RecordFailure.reason(failure));
      lines.debug(failure);
      failedCases++;
      failedLines += items.size();
    }
  }
}
