package dev.pledge.examples;

import dev.pledge.Pledge;
import dev.pledge.customer.Customer;
import dev.pledge.customer.Activity;
import dev.pledge.tier.MetricProgress;
import dev.pledge.tier.TierChange;
import dev.pledge.tier.TierStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Loads a configuration and evaluates a customer's tier status: which level they hold, until
 * when, why, what the next level asks and how their level changed.
 *
 * <p>Run with the configuration's path as the only argument (default
 * {@code examples/programs/skyclub.json}).
 */
public final class TierStatusExample {
  private TierStatusExample() {}

  /** Prints Anna's SkyClub status on 1 June 2026. */
  public static void main(String[] args) {
    Pledge pledge = Pledge.load(Path.of(args.length > 0 ? args[0] : "examples/programs/skyclub.json"));
    TierStatus status = annasStatus(pledge);
    System.out.println(describe(status));
  }

  /** Anna joined in 2024 and flew twice in 2026. */
  static TierStatus annasStatus(Pledge pledge) {
    Customer anna = Customer.of("anna").withJoined(LocalDate.of(2024, 5, 1));
    List<Activity> activities = List.of(
        Activity.of("anna", Instant.parse("2026-03-02T10:00:00Z"), "flight").with("xp", 120),
        Activity.of("anna", Instant.parse("2026-05-04T10:00:00Z"), "flight").with("xp", 80));
    return pledge.tiers("status").evaluate(anna, activities, Instant.parse("2026-06-01T00:00:00Z"));
  }

  /** The status as a few lines of text. */
  static String describe(TierStatus status) {
    StringBuilder out = new StringBuilder();
    out.append(status.program()).append(": ").append(status.level())
        .append(" (").append(status.reason()).append(")")
        .append(status.validUntil().map(d -> ", valid until " + d).orElse("")).append('\n');
    status.progress().ifPresent(next -> {
      for (MetricProgress m : next.requirement().metrics()) {
        out.append("next: ").append(next.level()).append(" needs ").append(m.remaining().toPlainString())
            .append(" more ").append(m.metric()).append('\n');
      }
    });
    for (TierChange change : status.history()) {
      out.append(change.at()).append(": ").append(change.from()).append(" -> ").append(change.to()).append('\n');
    }
    return out.toString();
  }
}
