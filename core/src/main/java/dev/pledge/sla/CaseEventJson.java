package dev.pledge.sla;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.internal.JsonLinesMapper;
import dev.pledge.internal.JsonTree;
import dev.pledge.internal.JsonWords;
import dev.pledge.internal.TimeRanges;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one case event from its JSON form (one line of a JSON Lines file; the event types and their fields are in
 * docs/promises.md, "Events"):
 * {@code {"case":"c1","at":"2026-03-02T09:00:00Z","type":"opened","customer":"anna",
 * "channel":"email","priority":"high"}}. Every problem is a {@link CaseEventException} subclass
 * naming the case and the event. Text is read with the configuration loader's limits and as
 * strictly as {@link dev.pledge.input.JsonLinesReader} reads a line of events: duplicate keys,
 * trailing text, a line break before the end (an event is one line) and more than 1 MiB are errors. To read a file of events, line by line
 * with line numbers in the errors, use {@link dev.pledge.input.JsonLinesReader#caseEvents()}.
 * Thread-safe.
 */
public final class CaseEventJson {
  /** The longest event text, in UTF-8 bytes: a line of JSON Lines ({@code JsonLinesReader.MAX_LINE_BYTES}). */
  private static final int MAX_LINE_BYTES = 1 << 20;

  private static final Set<String> FIELDS = Set.of("case", "at", "type", "id", "customer",
      "channel", "priority", "tags", "attributes", "status", "to", "line", "step", "score", "comment");

  private CaseEventJson() {}

  /**
   * The event written in {@code json}.
   *
   * @throws InvalidCaseEventException if the text is not one line (a line break may only end it)
   *     of at most 1 MiB holding one JSON object, a field is missing, has the wrong type or is
   *     unknown, {@code at} is not an ISO-8601 instant, or {@code score} is not a whole number
   *     from 1 to 5
   * @throws UnknownEventTypeException if {@code type} is not a known type
   * @throws UnknownStatusException if {@code status} is not a known status
   */
  public static CaseEvent read(String json) {
    Objects.requireNonNull(json, "json");
    checkOneLine(json);
    String[] problem = new String[1];
    Optional<JsonNode> node = JsonTree.read(json, null, (pointer, line, column, message) -> {
      if (problem[0] == null) {
        problem[0] = (pointer.isEmpty() ? "not valid JSON at column " + column : pointer) + ": " + message;
      }
    });
    if (problem[0] != null) {
      throw new InvalidCaseEventException("?", "(unreadable)", problem[0]);
    }
    return read(node.orElseThrow());
  }

  /**
   * Rejects what the JSON Lines reader would not read as one line: text with a line break before
   * its end (one event is one line), or longer than a line may be (in UTF-8, without its line
   * break).
   */
  private static void checkOneLine(String json) {
    int end = json.length();
    if (end > 0 && json.charAt(end - 1) == '\n') {
      end--;
      if (end > 0 && json.charAt(end - 1) == '\r') {
        end--;
      }
    }
    int lineBreak = json.indexOf('\n');
    if (lineBreak >= 0 && lineBreak < end) {
      throw new InvalidCaseEventException("?", "(unreadable)", "a line break at column " + (lineBreak + 1)
          + ": an event is one line of JSON Lines");
    }
    if (end > MAX_LINE_BYTES / 3 && utf8Length(json, end) > MAX_LINE_BYTES) {
      throw new InvalidCaseEventException("?", "(unreadable)", "line longer than " + MAX_LINE_BYTES + " bytes");
    }
  }

  /** The UTF-8 length of {@code text}'s first {@code end} characters, counted to just past the limit. */
  private static long utf8Length(String text, int end) {
    long bytes = 0;
    for (int i = 0; i < end && bytes <= MAX_LINE_BYTES; i++) {
      char c = text.charAt(i);
      // a surrogate pair is 4 bytes: 2 for each of its chars
      bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes;
  }

  /**
   * The event held in an already-parsed JSON tree (what a JSON Lines reader has at hand).
   *
   * @throws InvalidCaseEventException if the tree is not an object, a field is missing, has the
   *     wrong type or is unknown, {@code at} is not an ISO-8601 instant, or {@code score} is not a
   *     whole number from 1 to 5
   * @throws UnknownEventTypeException if {@code type} is not a known type
   * @throws UnknownStatusException if {@code status} is not a known status
   */
  public static CaseEvent read(JsonNode node) {
    Objects.requireNonNull(node, "node");
    if (!node.isObject()) {
      throw new InvalidCaseEventException("?", "(unreadable)", "an event must be a JSON object");
    }
    String caseId = node.path("case").isTextual() ? node.get("case").textValue() : "?";
    Where where = new Where(node);  // the words are built only for a message
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new InvalidCaseEventException(caseId, where.toString(), "unknown field \"" + name
            + "\"; the fields are " + new java.util.TreeSet<>(FIELDS));
      }
    }
    text(node, "case", caseId, where);
    Instant at = TimeRanges.instant(text(node, "at", caseId, where)).orElseThrow(() ->
        new InvalidCaseEventException(caseId, where.toString(), "\"at\" must be an ISO-8601 instant such "
            + "as 2026-03-02T09:00:00Z, " + TimeRanges.YEARS + ", but was " + JsonWords.quote(node.get("at").textValue())));
    CaseEventBuilder b = CaseEvent.builder(caseId, at, text(node, "type", caseId, where));
    if (node.has("id")) {
      b.id(text(node, "id", caseId, where));
    }
    set(node, "customer", caseId, where, b::customer);
    set(node, "channel", caseId, where, b::channel);
    set(node, "priority", caseId, where, b::priority);
    set(node, "status", caseId, where, b::status);
    set(node, "to", caseId, where, b::to);
    set(node, "step", caseId, where, b::step);
    set(node, "comment", caseId, where, b::comment);
    if (node.has("score")) {
      JsonNode score = node.get("score");
      if (!score.isIntegralNumber() || !score.canConvertToInt()) {
        throw new InvalidCaseEventException(caseId, where.toString(),
            CaseEventBuilder.scoreProblem(JsonLinesMapper.describe(score)));
      }
      b.score(score.intValue());
    }
    if (node.has("line")) {
      if (!node.get("line").canConvertToInt() || !node.get("line").isIntegralNumber()) {
        throw wrong(caseId, where, "line", "a whole number");
      }
      b.line(node.get("line").intValue());
    }
    if (node.has("tags")) {
      Set<String> tags = new LinkedHashSet<>();
      if (!node.get("tags").isArray()) {
        throw wrong(caseId, where, "tags", "an array of strings");
      }
      for (JsonNode tag : node.get("tags")) {
        if (!tag.isTextual()) {
          throw wrong(caseId, where, "tags", "an array of strings");
        }
        tags.add(tag.textValue());
      }
      b.tags(tags);
    }
    if (node.has("attributes")) {
      Map<String, String> attributes = new HashMap<>();
      if (!node.get("attributes").isObject()) {
        throw wrong(caseId, where, "attributes", "an object of strings");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.get("attributes").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isTextual()) {
          throw wrong(caseId, where, "attributes", "an object of strings");
        }
        attributes.put(e.getKey(), e.getValue().textValue());
      }
      b.attributes(attributes);
    }
    return b.build();
  }

  /** Where an event is, for messages: {@code at 2026-03-02T09:00:00Z (id e1)}. */
  private record Where(JsonNode node) {
    @Override
    public String toString() {
      return "at " + JsonWords.bounded(node.path("at").asText("?")) + (node.path("id").isTextual()
          ? " (id " + node.get("id").textValue() + ")" : "");
    }
  }

  private static void set(JsonNode node, String field, String caseId, Where where,
      java.util.function.Consumer<String> setter) {
    JsonNode value = node.get(field);
    if (value != null) {
      setter.accept(textValue(value, field, caseId, where));
    }
  }

  private static String text(JsonNode node, String field, String caseId, Where where) {
    JsonNode value = node.get(field);
    if (value == null) {
      throw new InvalidCaseEventException(caseId, where.toString(), "\"" + field + "\" is missing");
    }
    return textValue(value, field, caseId, where);
  }

  private static String textValue(JsonNode value, String field, String caseId, Where where) {
    if (!value.isTextual()) {
      throw wrong(caseId, where, field, "a string");
    }
    return value.textValue();
  }

  private static InvalidCaseEventException wrong(String caseId, Where where, String field,
      String expected) {
    return new InvalidCaseEventException(caseId, where.toString(), "\"" + field + "\" must be " + expected);
  }
}
