package dev.pledge.cli.output;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The Jackson mapper every command writes its JSON output with. Input is read by core's strict
 * {@link dev.pledge.input.JsonLinesReader}, not with this mapper. Numbers with a fraction stay
 * exact {@code BigDecimal}s when a value is turned into a tree ({@link ObjectMapper#valueToTree}).
 */
public final class Json {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private Json() {}

  /** The shared mapper; thread-safe once built, never reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A short description of a JSON value for messages: its kind and, for scalars, its text. */
  public static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "missing";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isNull()) {
      return "null";
    }
    String text = node.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
