package dev.pledge.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The strict mapper that input lines (case events, activities, customers, a caller's own JSON
 * Lines) are read with: the configuration loader's limits for hostile input, duplicate keys and
 * trailing tokens rejected, numbers with a fraction read exactly as {@code BigDecimal}, unknown
 * properties and {@code null} inside an array or object value rejected when binding (a
 * {@code null} field reads as absent), and no coercion between JSON types (the string {@code "5"}
 * is not a number). Lives in this package of no feature so that {@code sla} and {@code input} read
 * alike. Not exported.
 */
public final class JsonLinesMapper {
  /**
   * Limits for hostile input, for input lines and (through {@code config.internal.SourceDocument})
   * the configuration alike: deep nesting, huge strings, numbers, names or documents fail fast.
   */
  public static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxNestingDepth(64)
      .maxStringLength(1 << 20)
      .maxNumberLength(64)
      .maxNameLength(1024)
      .maxDocumentLength(16L << 20)
      .build();

  private static final ObjectMapper MAPPER = create();
  private static final JsonFactory PARSERS = JsonFactory.builder().streamReadConstraints(LIMITS).build();

  private JsonLinesMapper() {}

  /**
   * The factory of the streaming parsers that read JSON token by token within {@link #LIMITS}
   * ({@link JsonTree}, and the fast paths of input lines); repeated keys are theirs to find.
   */
  public static JsonFactory parsers() {
    return PARSERS;
  }

  /** The shared mapper; thread-safe once built, never reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static ObjectMapper create() {
    JsonFactory factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(LIMITS)
        .build();
    JsonMapper mapper = JsonMapper.builder(factory)
        .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
        .addModule(TimeRanges.module())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .defaultSetterInfo(JsonSetter.Value.construct(Nulls.DEFAULT, Nulls.FAIL))
        .build();
    forbid(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
        CoercionInputShape.Boolean);
    forbid(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float,
        CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
    forbid(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean,
        CoercionInputShape.EmptyString);
    forbid(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer,
        CoercionInputShape.EmptyString);
    return mapper;
  }

  private static void forbid(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
    }
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
