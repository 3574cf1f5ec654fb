package dev.pledge.config.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.internal.JsonWords;
import dev.pledge.internal.TimeRanges;
import dev.pledge.sla.Metric;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Words for what a value must be and what it was, so every message reads the same way. */
final class Expectations {
  private Expectations() {}

  /** "a number", "an ISO-8601 duration such as \"PT1H\"", ... */
  static String describe(Class<?> type) {
    if (type == BigDecimal.class || type == Double.class || type == double.class || type == Number.class) {
      return "a number";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == BigInteger.class) {
      return "a whole number";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Duration.class) {
      return "an ISO-8601 duration such as \"PT1H\" or \"P3D\", " + TimeRanges.DURATIONS;
    }
    if (ZoneId.class.isAssignableFrom(type)) {
      return "a time zone id such as \"Europe/Warsaw\"";
    }
    if (type == java.time.Period.class) {
      return "an ISO-8601 period such as \"P2Y\", " + TimeRanges.DURATIONS;
    }
    if (type == LocalDate.class) {
      return "an ISO date such as \"2026-12-25\", " + TimeRanges.YEARS;
    }
    if (type == Instant.class) {
      return "an ISO-8601 instant such as \"2026-03-02T09:00:00Z\", " + TimeRanges.YEARS;
    }
    if (type == Metric.class) {
      return "one of " + Metric.all().stream().map(m -> "\"" + m.wireName() + "\"")
          .collect(Collectors.joining(", "));
    }
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .map(s -> "\"" + s + "\"").collect(Collectors.joining(", "));
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  /** Like {@link #describe(Class)}, with the range a numeric record component is constrained to. */
  static String describe(Class<?> type, List<JsonMappingException.Reference> path) {
    String base = describe(type);
    if (path.isEmpty() || !base.contains("number")) {
      return base;
    }
    JsonMappingException.Reference last = path.get(path.size() - 1);
    Object from = last.getFrom();
    Class<?> owner = from instanceof Class<?> c ? c : from == null ? null : from.getClass();
    if (owner == null || last.getFieldName() == null) {
      return base;
    }
    try {
      Field field = owner.getDeclaredField(last.getFieldName());
      return base + range(field.getAnnotations());
    } catch (NoSuchFieldException e) {
      return base;
    }
  }

  private static String range(Annotation[] annotations) {
    for (Annotation a : annotations) {
      String r = rangeOf(a);
      if (r != null) {
        return " " + r;
      }
    }
    return "";
  }

  private static String rangeOf(Annotation a) {
    if (a instanceof PositiveOrZero) {
      return ">= 0";
    } else if (a instanceof Positive) {
      return "> 0";
    } else if (a instanceof Negative) {
      return "< 0";
    } else if (a instanceof Min m) {
      return ">= " + m.value();
    } else if (a instanceof Max m) {
      return "<= " + m.value();
    } else if (a instanceof DecimalMin m) {
      return (m.inclusive() ? ">= " : "> ") + m.value();
    } else if (a instanceof DecimalMax m) {
      return (m.inclusive() ? "<= " : "< ") + m.value();
    }
    return null;
  }

  /** How a found JSON value reads in a message: strings quoted, containers named. */
  static String found(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "missing";
    }
    if (node.isTextual()) {
      return quote(node.textValue());
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return node.isEmpty() ? "an empty array" : "an array";
    }
    return node.toString();
  }

  static String quote(String s) {
    return JsonWords.quote(s);
  }

  /** The message for a constraint violation, in the "must be X, but was Y" form. */
  static String message(ConstraintViolation<?> v) {
    Annotation a = v.getConstraintDescriptor().getAnnotation();
    Object value = v.getInvalidValue();
    String template = v.getMessageTemplate();
    boolean custom = !template.startsWith("{jakarta.") && !template.startsWith("{org.hibernate.");
    if (a instanceof NotNull) {
      return "is required";
    }
    if (a instanceof jakarta.validation.constraints.AssertTrue) {
      return v.getMessage();
    }
    String was = ", but was " + show(value);
    if (custom) {
      return v.getMessage() + was;
    }
    if (a instanceof NotBlank) {
      return "must be a non-empty string" + was;
    }
    if (a instanceof NotEmpty) {
      return "must not be empty";
    }
    if (a instanceof Size s) {
      return "must have " + s.min() + " to " + s.max() + " elements" + was;
    }
    String r = rangeOf(a);
    if (r != null) {
      String kind = value instanceof Integer || value instanceof Long ? "a whole number "
          : value instanceof Number ? "a number " : "";
      return "must be " + kind + r + was;
    }
    return v.getMessage() + was;
  }

  private static String show(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return quote(s);
    }
    if (value instanceof BigDecimal d) {
      return JsonWords.bounded(d.toPlainString());
    }
    if (value instanceof Collection<?> c) {
      return "an array of " + c.size();
    }
    if (value instanceof Map<?, ?> m) {
      return "an object of " + m.size();
    }
    return value.toString();
  }
}
