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
    // lines are read by JsonTree, which words its own problems; this is only the binder's rare
    // parse failure, said without the parser's text
    return at != null && at.getColumnNr() > 0 ? "invalid JSON at column " + at.getColumnNr() : "invalid JSON";
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
    // anything else (a record's constructor failing, say): what was expected, not the binder's text
    return prefix + "not a valid value here: " + JsonLinesMapper.describe(record.at(pointer));
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

}
