package dev.pledge.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  String toJson() {
    ObjectNode out = Json.object();
    ArrayNode lines = out.putArray("events");
    events.forEach(lines::add);
    ArrayNode steps = out.putArray("emitted");
    emitted.stream().sorted().forEach(steps::add);
    out.put("fingerprint", fingerprint);
    out.put("asOf", asOf.toString());
    out.put("timer", timer.map(Instant::toString).orElse(null));
    return Json.write(out);
  }

  static CaseState fromJson(String text) {
    ObjectNode in = Json.readState(text);
    List<String> events = new ArrayList<>();
    in.path("events").forEach(e -> events.add(e.asText()));
    Set<String> emitted = new LinkedHashSet<>();
    in.path("emitted").forEach(e -> emitted.add(e.asText()));
    JsonNode timer = in.path("timer");
    return new CaseState(events, emitted, in.path("fingerprint").asText(), Instant.parse(in.path("asOf").asText()),
        timer.isTextual() ? Optional.of(Instant.parse(timer.asText())) : Optional.empty());
  }
}
