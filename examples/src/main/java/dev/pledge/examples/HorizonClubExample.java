package dev.pledge.examples;

import dev.pledge.Pledge;
import dev.pledge.customer.Activity;
import dev.pledge.customer.Customer;
import dev.pledge.input.InputLineException;
import dev.pledge.input.JsonLinesReader;
import dev.pledge.tier.TierChange;
import dev.pledge.tier.TierStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A program written as real airline programs are: grace after validity, thresholds that change by
 * qualification year, rollover by level with "once", years at a level for lifetime status, periods
 * that end with a month, status extensions, a metric that counts only while platinum, a retain
 * threshold and stepwise upgrades; beside it a paid lounge plan with a change queued to a date.
 * Evaluates three members on 15 September 2027.
 *
 * <p>Run with the configuration and the activities as arguments (default
 * {@code examples/programs/horizon.json} and {@code examples/data/horizon-activities.jsonl}).
 */
public final class HorizonClubExample {
  /** The members and the day they joined. */
  static final Map<String, LocalDate> MEMBERS = new LinkedHashMap<>();

  static {
    MEMBERS.put("ines", LocalDate.of(2026, 1, 10));
    MEMBERS.put("omar", LocalDate.of(2025, 6, 1));
    MEMBERS.put("lea", LocalDate.of(2025, 1, 1));
  }

  static final Instant AS_OF = Instant.parse("2027-09-15T00:00:00Z");

  private HorizonClubExample() {}

  /** Prints each member's status and lounge plan. */
  public static void main(String[] args) {
    Pledge pledge = Pledge.load(Path.of(args.length > 0 ? args[0] : "examples/programs/horizon.json"));
    List<Activity> activities = read(Path.of(args.length > 1 ? args[1] : "examples/data/horizon-activities.jsonl"));
    StringBuilder out = new StringBuilder();
    MEMBERS.forEach((id, joined) -> {
      Customer member = Customer.of(id).withJoined(joined);
      for (String program : List.of("status", "lounge")) {
        out.append(id).append(' ').append(describe(pledge.tiers(program).evaluate(member, activities, AS_OF)));
      }
    });
    System.out.print(out);
  }

  /** Every activity of the file; a line that cannot be read stops the example, naming it. */
  static List<Activity> read(Path file) {
    List<InputLineException> problems = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      List<Activity> activities = JsonLinesReader.activities().readAll(in, problems::add);
      if (!problems.isEmpty()) {
        throw problems.get(0);
      }
      return activities;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The status in a few lines: level, reason, validity, the running period's metrics, the history. */
  static String describe(TierStatus status) {
    StringBuilder out = new StringBuilder();
    out.append(status.program()).append(": ").append(status.level()).append(" (").append(status.reason()).append(')')
        .append(status.validUntil().map(d -> ", valid until " + d).orElse(""));
    status.metrics().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(m -> out.append(", ").append(m.getKey()).append(' ').append(m.getValue().toPlainString()));
    out.append('\n');
    for (TierChange change : status.history()) {
      out.append("  ").append(change.at()).append(": ").append(change.from()).append(" -> ").append(change.to())
          .append(" (").append(change.reason()).append(")\n");
    }
    return out.toString();
  }
}
