package dev.pledge.kafka;

import java.util.List;
import java.util.Objects;

/**
 * The topics a {@link PledgeStreams} topology reads and writes. Every value is one JSON object as
 * text (UTF-8); every key is the id of the case or customer the value is about.
 *
 * @param caseEvents in: case events, one event a record, in the shape of a case events line,
 *     keyed by case id
 * @param customers in: customers in the shape of a customers line, keyed by customer id
 * @param activities in and out: activities in the shape of an activities line, keyed by customer
 *     id; the compensations of escalation steps are written here too. It must have as many
 *     partitions as {@code customers}.
 * @param outcomes out: a case's outcome whenever it changes, keyed by case id
 * @param dueSteps out: each escalation step once, when it falls due, keyed by case id
 * @param statuses out: a customer's status in one tier program whenever it changes, keyed by
 *     customer id
 * @param contexts out and in: each customer's record and level history, keyed by customer id,
 *     read back by every instance as a global store; make it compacted
 * @param deadLetters out: records that could not be used, with the error and the original record
 */
public record PledgeTopics(String caseEvents, String customers, String activities, String outcomes,
    String dueSteps, String statuses, String contexts, String deadLetters) {

  /** Checks that every name is given and that no two are the same. */
  public PledgeTopics {
    List<String> all = List.of(Objects.requireNonNull(caseEvents, "caseEvents"),
        Objects.requireNonNull(customers, "customers"), Objects.requireNonNull(activities, "activities"),
        Objects.requireNonNull(outcomes, "outcomes"), Objects.requireNonNull(dueSteps, "dueSteps"),
        Objects.requireNonNull(statuses, "statuses"), Objects.requireNonNull(contexts, "contexts"),
        Objects.requireNonNull(deadLetters, "deadLetters"));
    for (String name : all) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("a topic name is blank: " + all);
      }
    }
    if (all.stream().distinct().count() != all.size()) {
      throw new IllegalArgumentException("two of the topics have the same name: " + all);
    }
  }

  /**
   * The default names, each {@code prefix} followed by {@code case-events}, {@code customers},
   * {@code activities}, {@code outcomes}, {@code due-steps}, {@code tier-statuses},
   * {@code customer-contexts} and {@code dead-letters}.
   */
  public static PledgeTopics withPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return new PledgeTopics(prefix + "case-events", prefix + "customers", prefix + "activities",
        prefix + "outcomes", prefix + "due-steps", prefix + "tier-statuses", prefix + "customer-contexts",
        prefix + "dead-letters");
  }

  /** Every topic the topology reads or writes, inputs first. */
  public List<String> all() {
    return List.of(caseEvents, customers, activities, outcomes, dueSteps, statuses, contexts, deadLetters);
  }
}
