package dev.pledge.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The strict JSON mapper every part of Pledge binds with: no coercion between JSON types, exact
 * decimals, java.time, unknown properties and trailing tokens rejected. It lives here, in a package
 * of no feature, so that the rule SPI (a rule's payload, {@code RuleResult.Match.thenAs}) and the
 * configuration loader bind alike without either importing the other. Not exported.
 */
public final class StrictJson {
  private static final ObjectMapper MAPPER = create();

  private StrictJson() {}

  /** The shared mapper; thread-safe, never to be reconfigured. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static ObjectMapper create() {
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(TimeRanges.module()) // after java.time's: its deserializers win
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .build();
    for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float,
        LogicalType.Boolean, LogicalType.Textual, LogicalType.DateTime, LogicalType.Enum}) {
      mapper.coercionConfigFor(type)
          .setCoercion(CoercionInputShape.String, type == LogicalType.Textual
              || type == LogicalType.DateTime || type == LogicalType.Enum
              ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer
              || type == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, type == LogicalType.Float
              ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean
              ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, type == LogicalType.Textual
              ? CoercionAction.TryConvert : CoercionAction.Fail);
    }
    return mapper;
  }
}
