package dev.pledge.input.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.pledge.internal.JsonLinesMapper;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;

/**
 * Short, user-facing reasons for rejected input records: where in the record (a JSON Pointer) and
 * what was expected and found, without Jackson's class names and source excerpts.
 */
public final class Reasons {
  private Reasons() {}

  /** Why parsing a line of text as JSON failed. */
  public static String ofParse(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at != null && at.getColumnNr() > 0 ? "invalid JSON at column " + at.getColumnNr()
        : "invalid JSON";
    String message = firstLine(e.getOriginalMessage());
    if (message.startsWith("Trailing token")) {
      return where + ": unexpected text after the JSON value";
    }
    for (String noise : new String[] {" (start marker at", " (bound as", "\n at [Source"}) {
      int cut = message.indexOf(noise);
      if (cut > 0) {
        message = message.substring(0, cut);
      }
    }
    // a limit: "... exceeds the maximum allowed (64, from `StreamReadConstraints.getMaxNestingDepth()`)"
    message = message.replaceAll(", from `StreamReadConstraints\\.\\w+\\(\\)`\\)", ")");
    return where + ": " + message;
  }

  /** Why binding a parsed record failed; {@code record} is used to show the value found. */
  public static String ofBinding(JsonProcessingException e, JsonNode record) {
    if (!(e instanceof JsonMappingException m)) {
      return ofParse(e);
    }
    String pointer = pointer(m);
    String prefix = pointer.isEmpty() ? "" : pointer + ": ";
    if (e instanceof UnrecognizedPropertyException u) {
      Collection<Object> known = u.getKnownPropertyIds();
      String parent = pointer.substring(0, pointer.lastIndexOf('/'));
      return (parent.isEmpty() ? "" : parent + ": ") + "unknown property \"" + u.getPropertyName() + "\"; expected one of "
          + new TreeSet<>(known.stream().map(String::valueOf).toList());
    }
    if (e instanceof InvalidNullException) {
      return prefix + "must not be null";
    }
    if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
      return prefix + "expected " + expected(mi.getTargetType()) + ", but was "
          + JsonLinesMapper.describe(record.at(pointer));
    }
    return prefix + firstLine(m.getOriginalMessage());
  }

  /** The JSON Pointer of the value a mapping exception is about, {@code ""} for the record. */
  static String pointer(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      out.append('/');
      if (ref.getFieldName() != null) {
        out.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else {
        out.append(ref.getIndex());
      }
    }
    return out.toString();
  }

  private static String expected(Class<?> type) {
    if (type == String.class || type.isEnum()) {
      return "a string";
    }
    if (Number.class.isAssignableFrom(type) || type == BigDecimal.class || type.isPrimitive()
        && type != boolean.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "an object";
    }
    return "a " + type.getSimpleName();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed input";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
