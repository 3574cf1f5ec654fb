package dev.pledge.kafka;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a customer's partition keeps of them beside their activities: their customers line, the
 * instant they were last evaluated at, their timer (when a level runs out), the digests of each
 * program's last status and of their last context written (to write a new one only when it
 * changes) and the number the next activity arrives as. Kept as text in the form of a case's state
 * ({@link Tokens}).
 */
record CustomerState(Optional<String> customer, Instant asOf, Optional<Instant> timer, Map<String, String> statuses,
    String context, long sequence) {

  CustomerState {
    statuses = Map.copyOf(statuses);
  }

  /** The state stored as {@code text}, or a customer not seen yet if null. */
  static CustomerState fromText(String text) {
    if (text == null) {
      return new CustomerState(Optional.empty(), Instant.MIN, Optional.empty(), Map.of(), "", 0);
    }
    Tokens in = Tokens.reader(text);
    if (!in.next().equals("1")) {
      throw new IllegalStateException("a customer's state was written by another version of Pledge");
    }
    String customer = in.next();
    Instant asOf = Instant.parse(in.next());
    Optional<Instant> timer = in.nextInstant();
    Map<String, String> statuses = new TreeMap<>();
    for (int n = in.nextInt(); n > 0; n--) {
      statuses.put(in.next(), in.next());
    }
    String context = in.next();
    long sequence = Long.parseLong(in.next());
    return new CustomerState(customer.isEmpty() ? Optional.empty() : Optional.of(customer), asOf, timer, statuses,
        context, sequence);
  }

  /** The state as text: a version, then each field and the statuses' digests as {@link Tokens}. */
  String toText() {
    Tokens out = Tokens.writer(256 + customer.map(String::length).orElse(0));
    out.add("1").add(customer.orElse("")).add(asOf).add(timer.map(Instant::toString).orElse(""));
    out.add(statuses.size());
    new TreeMap<>(statuses).forEach((program, digest) -> out.add(program).add(digest));
    out.add(context).add(sequence);
    return out.text();
  }
}
