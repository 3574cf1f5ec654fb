package dev.pledge.kafka;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a case's partition keeps of it between records: its events as they came (the lines, read
 * again at each evaluation), the escalation steps already written out, what its last outcome
 * looked like (to write a new one only when it changes), the instant it was last evaluated at and
 * its timer.
 *
 * @param events the case's event lines, in arrival order
 * @param emitted the ids of the steps written out, each once
 * @param fingerprint the digest of the last outcome written, without its running figures
 * @param asOf the latest instant the case was evaluated at
 * @param timer when the case is to be evaluated again, if ever
 */
record CaseState(List<String> events, Set<String> emitted, String fingerprint, Instant asOf,
    Optional<Instant> timer) {

  CaseState {
    events = List.copyOf(events);
    emitted = Set.copyOf(new LinkedHashSet<>(emitted));
  }

  /** A case with no event yet. */
  static CaseState empty() {
    return new CaseState(List.of(), Set.of(), "", Instant.MIN, Optional.empty());
  }

  CaseState withEvent(String line) {
    List<String> more = new ArrayList<>(events.size() + 1);
    more.addAll(events);
    more.add(line);
    return new CaseState(more, emitted, fingerprint, asOf, timer);
  }

  /** The state as text: a version, then each field and list as {@link Tokens}. */
  String toText() {
    Tokens out = Tokens.writer(64 + 160 * events.size());
    out.add("1").add(asOf).add(timer.map(Instant::toString).orElse("")).add(fingerprint);
    out.add(emitted.size());
    emitted.stream().sorted().forEach(out::add);
    out.add(events.size());
    events.forEach(out::add);
    return out.text();
  }

  static CaseState fromText(String text) {
    Tokens in = Tokens.reader(text);
    if (!in.next().equals("1")) {
      throw new IllegalStateException("a case's state was written by another version of Pledge");
    }
    Instant asOf = Instant.parse(in.next());
    Optional<Instant> timer = in.nextInstant();
    String fingerprint = in.next();
    Set<String> emitted = new LinkedHashSet<>();
    for (int n = in.nextInt(); n > 0; n--) {
      emitted.add(in.next());
    }
    int count = in.nextInt();
    List<String> events = new ArrayList<>(count + 1);
    for (int n = count; n > 0; n--) {
      events.add(in.next());
    }
    return new CaseState(events, emitted, fingerprint, asOf, timer);
  }
}
