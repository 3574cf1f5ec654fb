package dev.pledge.kafka;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a case's partition keeps of it between records: its events as they came (the lines, read
 * again at each evaluation), how many times each escalation step has been written out, what its
 * last outcome looked like (to write a new one only when it changes), the instant it was last
 * evaluated at, since when it has been seen closed, and its timer.
 *
 * @param events the case's event lines, in arrival order
 * @param written per step id, how many of its occurrences have been written (a step watching a
 *     metric with several instances, such as each next-response wait, can fall due more than once)
 * @param fingerprint the digest of the last outcome written, without its running figures
 * @param asOf the latest instant the case was evaluated at
 * @param closedSince the evaluation instant at which the case was first seen closed (since its
 *     last reopening), from which the retention of closed cases counts
 * @param timer when the case is to be evaluated again, if ever
 */
record CaseState(List<String> events, Map<String, Integer> written, String fingerprint, Instant asOf,
    Optional<Instant> closedSince, Optional<Instant> timer) {

  CaseState {
    events = List.copyOf(events);
    written = Map.copyOf(written);
  }

  /** A case with no event yet. */
  static CaseState empty() {
    return new CaseState(List.of(), Map.of(), "", Instant.MIN, Optional.empty(), Optional.empty());
  }

  CaseState withEvent(String line) {
    List<String> more = new ArrayList<>(events.size() + 1);
    more.addAll(events);
    more.add(line);
    return new CaseState(more, written, fingerprint, asOf, closedSince, timer);
  }

  /** The state as text: a version, then each field and list as {@link Tokens}. */
  String toText() {
    Tokens out = Tokens.writer(96 + 160 * events.size());
    out.add("2").add(asOf).add(timer.map(Instant::toString).orElse("")).add(fingerprint)
        .add(closedSince.map(Instant::toString).orElse(""));
    out.add(written.size());
    new TreeMap<>(written).forEach((step, count) -> out.add(step).add(count));
    out.add(events.size());
    events.forEach(out::add);
    return out.text();
  }

  static CaseState fromText(String text) {
    Tokens in = Tokens.reader(text);
    if (!in.next().equals("2")) {
      throw new IllegalStateException("a case's state was written by another version of Pledge");
    }
    Instant asOf = Instant.parse(in.next());
    Optional<Instant> timer = in.nextInstant();
    String fingerprint = in.next();
    Optional<Instant> closedSince = in.nextInstant();
    Map<String, Integer> written = new TreeMap<>();
    for (int n = in.nextInt(); n > 0; n--) {
      written.put(in.next(), in.nextInt());
    }
    int count = in.nextInt();
    List<String> events = new ArrayList<>(count + 1);
    for (int n = count; n > 0; n--) {
      events.add(in.next());
    }
    return new CaseState(events, written, fingerprint, asOf, closedSince, timer);
  }
}
