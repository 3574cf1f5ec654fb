package dev.pledge.cli.command;

import dev.pledge.cli.ExitCode;
import dev.pledge.cli.PledgeCommand;
import dev.pledge.cli.input.Input;
import dev.pledge.cli.input.JsonLines;
import dev.pledge.cli.input.RecordFailure;
import dev.pledge.cli.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import dev.pledge.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pledge calendar}: answers working-time queries, one answer line per query line. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
    description = {"Answers business-calendar queries, one JSON object a line, in order.",
        "A query that cannot be answered gives {\"error\":\"...\"} on its line; the rest go on and "
            + "the exit status is 1 at the end."},
    footerHeading = "%nExamples:%n",
    footer = {"  pledge calendar --config skyclub.json --queries queries.jsonl",
        "  echo '{\"op\":\"add\",\"calendar\":\"support-hours\",\"from\":\"2026-03-02T09:00:00Z\","
            + "\"duration\":\"PT10H\"}' | pledge calendar -c skyclub.json -q -",
        "",
        "Queries (instants are ISO-8601 with an offset; answers are UTC):",
        "  {\"op\":\"between\",\"calendar\":C,\"from\":T,\"to\":T}      -> {\"duration\":\"PT7H30M\"}",
        "  {\"op\":\"add\",\"calendar\":C,\"from\":T,\"duration\":D}    -> {\"instant\":T}",
        "  {\"op\":\"is-open\",\"calendar\":C,\"at\":T}               -> {\"open\":true}",
        "  {\"op\":\"next-open\"|\"next-close\",\"calendar\":C,\"at\":T} -> {\"instant\":T}"})
public final class CalendarCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private PledgeCommand parent;

  @Mixin
  private ConfigOption config;

  @Mixin
  private ProgressOption progress;

  @Option(names = {"-q", "--queries"}, required = true, paramLabel = "FILE|-",
      description = "Queries as JSON Lines; - reads standard input.")
  private String queries;

  private boolean unanswered;

  @Override
  public Integer call() {
    Pledge pledge = config.load();
    Input input = Input.open(queries, parent.stdin());
    JsonLines lines = parent.jsonLines(spec.commandLine(), progress);
    int code = lines.run(input, (line, query) -> List.of(answer(pledge, lines, query))).exitCode();
    return unanswered ? Math.max(code, ExitCode.REJECTED) : code;
  }

  private JsonNode answer(Pledge pledge, JsonLines lines, ObjectNode query) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    try {
      BusinessCalendar calendar = pledge.calendar(text(query, "calendar"));
      String op = text(query, "op");
      switch (op) {
        case "between" -> out.put("duration",
            calendar.between(instant(query, "from"), instant(query, "to")).toString());
        case "add" -> out.put("instant", calendar.add(instant(query, "from"), duration(query)).toString());
        case "is-open" -> out.put("open", calendar.isOpen(instant(query, "at")));
        case "next-open" -> out.put("instant", calendar.nextOpen(instant(query, "at")).toString());
        case "next-close" -> out.put("instant", calendar.nextClose(instant(query, "at")).toString());
        default -> throw new PledgeException("\"op\" must be one of between, add, is-open, "
            + "next-open, next-close, but was \"" + op + "\"");
      }
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // a query that cannot be answered, or a bug on this query: an error answer on its line
      unanswered = true;
      out.removeAll();
      out.put("error", RecordFailure.reason(e));
      lines.debug(e);
    }
    return out;
  }

  private static String text(ObjectNode query, String field) {
    JsonNode node = query.get(field);
    if (node == null || !node.isTextual()) {
      throw new PledgeException("\"" + field + "\" must be a string, but was "
          + (node == null ? "missing" : Json.describe(node)));
    }
    return node.textValue();
  }

  private static Instant instant(ObjectNode query, String field) {
    String value = text(query, field);
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new PledgeException("\"" + field + "\" must be an ISO-8601 instant with an offset such as "
          + "\"2026-03-02T09:00:00Z\", but was \"" + value + "\"");
    }
  }

  private static Duration duration(ObjectNode query) {
    String value = text(query, "duration");
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw new PledgeException("\"duration\" must be an ISO-8601 duration such as \"PT10H\", but was \""
          + value + "\"");
    }
  }
}
