package dev.pledge.config.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.internal.JsonLinesMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON document read into a tree that remembers where every value stood (line and column, by
 * JSON Pointer). Duplicate keys are reported and the first one is kept, so the rest of the
 * document is still checked; a syntax error or a hostile size stops the read.
 */
public final class SourceDocument {
  /** Limits for hostile input: deep nesting, huge strings or documents fail fast. */
  /** The limits of every JSON Pledge reads, configuration and input lines alike. */
  static final StreamReadConstraints LIMITS = JsonLinesMapper.LIMITS;

  private static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(LIMITS).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final JsonNode root;
  private final Map<String, JsonLocation> locations;

  private SourceDocument(JsonNode root, Map<String, JsonLocation> locations) {
    this.root = root;
    this.locations = locations;
  }

  /**
   * Reads {@code json}; problems (duplicate keys, trailing content, syntax) go to {@code problems}.
   *
   * @return the document, or empty if it could not be read at all
   */
  public static Optional<SourceDocument> parse(String json, Problems.Sink problems) {
    Map<String, JsonLocation> locations = new HashMap<>();
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() == null) {
        problems.add("", 1, 1, "the document is empty; expected a JSON object");
        return Optional.empty();
      }
      JsonNode root = new Reader(parser, locations, problems).read("");
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        JsonLocation at = parser.currentTokenLocation();
        problems.add("", at.getLineNr(), at.getColumnNr(),
            "unexpected content after the end of the document: " + extra.asString());
      }
      return Optional.of(new SourceDocument(root, locations));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      problems.add("", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
          "not valid JSON: " + e.getOriginalMessage());
      return Optional.empty();
    } catch (IOException e) {
      problems.add("", 0, 0, "could not read the document: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** The root of the tree. */
  public JsonNode root() {
    return root;
  }

  /** The line and column of the value at {@code pointer}, or of its nearest ancestor that was read. */
  public int[] locate(String pointer) {
    String p = pointer;
    while (true) {
      JsonLocation at = locations.get(p);
      if (at != null) {
        return new int[] {at.getLineNr(), at.getColumnNr()};
      }
      if (p.isEmpty()) {
        return new int[] {0, 0};
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** Escapes a key for use as one JSON Pointer segment (RFC 6901). */
  public static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static final class Reader {
    private final JsonParser parser;
    private final Map<String, JsonLocation> locations;
    private final Problems.Sink problems;

    Reader(JsonParser parser, Map<String, JsonLocation> locations, Problems.Sink problems) {
      this.parser = parser;
      this.locations = locations;
      this.problems = problems;
    }

    JsonNode read(String pointer) throws IOException {
      locations.putIfAbsent(pointer, parser.currentTokenLocation());
      JsonToken token = parser.currentToken();
      switch (token) {
        case START_OBJECT:
          return readObject(pointer);
        case START_ARRAY:
          ArrayNode array = NODES.arrayNode();
          int i = 0;
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(read(pointer + "/" + i++));
          }
          return array;
        case VALUE_STRING:
          return NODES.textNode(parser.getText());
        case VALUE_NUMBER_INT:
          return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
              ? NODES.numberNode(parser.getBigIntegerValue())
              : NODES.numberNode(parser.getLongValue());
        case VALUE_NUMBER_FLOAT:
          return NODES.numberNode(parser.getDecimalValue());
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
          return NODES.nullNode();
        default:
          throw new IllegalStateException("unexpected token " + token);
      }
    }

    private ObjectNode readObject(String pointer) throws IOException {
      ObjectNode object = NODES.objectNode();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonLocation keyAt = parser.currentTokenLocation();
        String child = pointer + "/" + escape(name);
        parser.nextToken();
        if (object.has(name)) {
          JsonLocation first = locations.get(child);
          problems.add(child, keyAt.getLineNr(), keyAt.getColumnNr(), "duplicate key \"" + name
              + "\"; it was first given at " + first.getLineNr() + ":" + first.getColumnNr());
          parser.skipChildren();
        } else {
          locations.put(child, parser.currentTokenLocation());
          object.set(name, read(child));
        }
      }
      return object;
    }
  }
}
