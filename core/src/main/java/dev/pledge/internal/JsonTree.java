package dev.pledge.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one JSON text into a tree, the way every part of Pledge reads JSON (the configuration and
 * each input line): within {@link JsonLinesMapper#LIMITS}, numbers with a fraction exact, every
 * number inside {@link #NUMBERS} (outside it a problem, not an exception and not a billion-digit
 * value), a repeated key a problem (the first one kept), and a syntax error or a limit reported
 * once, in Pledge's words, with its line and column ({@link JsonWords}). Not exported.
 */
public final class JsonTree {
  /**
   * The numbers Pledge reads: at most 64 characters (so at most 64 significant digits) and, written
   * as {@code d.ddd x 10^n}, an exponent {@code n} from -100 to 100; zero in any form.
   */
  public static final String NUMBERS = "numbers of at most 64 digits between 1e-100 and 1e100 in size (or 0)";

  /** The largest exponent accepted, as {@code 10^n} of the number's first digit. */
  static final int MAX_EXPONENT = 100;

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private JsonTree() {}

  /** Where the reader reports a problem: the JSON Pointer of the value and its line and column. */
  @FunctionalInterface
  public interface Problems {
    /** Records a problem. */
    void add(String pointer, int line, int column, String message);

    /**
     * Notes that the value at {@code pointer} could not be read (it reads as {@code null}) and was
     * reported, so that nothing more is said of it.
     */
    default void unreadable(String pointer) {}
  }

  /**
   * Reads {@code json}. Problems that leave the rest readable (a repeated key, a number out of
   * range, which then reads as {@code null}) are reported and the read goes on; a syntax error, a
   * limit or content after the value is reported and ends it.
   *
   * @param locations where to record the line and column of every value by JSON Pointer; null not to
   * @return the tree, or empty if the text could not be read to its end (the reason was reported)
   */
  public static Optional<JsonNode> read(String json, Map<String, JsonLocation> locations, Problems problems) {
    try (JsonParser parser = JsonLinesMapper.parsers().createParser(json)) {
      Reader reader = new Reader(parser, locations, problems);
      try {
        if (parser.nextToken() == null) {
          problems.add("", 1, 1, "the text is empty; expected a JSON value");
          return Optional.empty();
        }
        JsonNode root = reader.read(Path.ROOT);
        JsonToken extra = parser.nextToken();
        if (extra != null) {
          JsonLocation at = parser.currentTokenLocation();
          problems.add("", at.getLineNr(), at.getColumnNr(), "unexpected content after the end of the value: "
              + JsonWords.quote(parser.getText()));
          return Optional.empty();
        }
        return Optional.of(root);
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        problems.add("", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
            JsonWords.parseProblem(e, reader.innermost(), json.indexOf('\n') < 0));
        return Optional.empty();
      }
    } catch (IOException e) {
      problems.add("", 0, 0, "could not read the text: " + e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  /**
   * {@code text}, a JSON number as written, as an exact decimal if it is inside {@link #NUMBERS};
   * null if it is outside. Parsed once, and never to its full value when its exponent is far out.
   */
  public static BigDecimal inRange(String text) {
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    if (e >= 0) {
      String exponent = text.substring(e + 1);
      String digits = exponent.startsWith("+") || exponent.startsWith("-") ? exponent.substring(1) : exponent;
      // more than 3 digits of exponent (leading zeros aside) is far outside, whatever the mantissa
      if (digits.replaceFirst("^0+", "").length() > 3) {
        return null;
      }
    }
    BigDecimal value = new BigDecimal(text);
    long exponent = (long) value.precision() - value.scale() - 1;
    return value.signum() == 0 || Math.abs(exponent) <= MAX_EXPONENT ? value : null;
  }

  private static String outOfRange(String text) {
    return "the number " + JsonWords.bounded(text) + " is out of range: Pledge reads " + NUMBERS;
  }

  /** An object or array not yet closed: its kind and where it opened. */
  record Open(boolean object, int line, int column) {}

  /**
   * Where a value is, as a JSON Pointer built only when it is written out (a problem, the
   * configuration's locations): reading a line builds no pointer strings.
   */
  private static final class Path {
    static final Path ROOT = new Path(null, "", -1);

    private final Path parent;
    private final String key;  // an object's member, or null for an array's element
    private final int index;
    private String text;

    private Path(Path parent, String key, int index) {
      this.parent = parent;
      this.key = key;
      this.index = index;
      this.text = parent == null ? "" : null;
    }

    Path member(String name) {
      return new Path(this, name, -1);
    }

    Path element(int i) {
      return new Path(this, null, i);
    }

    @Override
    public String toString() {
      if (text == null) {
        text = parent + "/" + (key != null ? escape(key) : String.valueOf(index));
      }
      return text;
    }
  }

  private static final class Reader {
    private final JsonParser parser;
    private final Map<String, JsonLocation> locations;
    private final Problems problems;
    private final Deque<Open> open = new ArrayDeque<>(4);

    Reader(JsonParser parser, Map<String, JsonLocation> locations, Problems problems) {
      this.parser = parser;
      this.locations = locations;
      this.problems = problems;
    }

    Open innermost() {
      return open.peek();
    }

    JsonNode read(Path pointer) throws IOException {
      if (locations != null) {
        locations.putIfAbsent(pointer.toString(), parser.currentTokenLocation());
      }
      JsonToken token = parser.currentToken();
      switch (token) {
        case START_OBJECT: {
          JsonLocation at = parser.currentTokenLocation();
          open.push(new Open(true, at.getLineNr(), at.getColumnNr()));
          ObjectNode object = readObject(pointer);
          open.pop();
          return object;
        }
        case START_ARRAY: {
          JsonLocation at = parser.currentTokenLocation();
          open.push(new Open(false, at.getLineNr(), at.getColumnNr()));
          ArrayNode array = NODES.arrayNode();
          int i = 0;
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(read(pointer.element(i++)));
          }
          open.pop();
          return array;
        }
        case VALUE_STRING:
          return NODES.textNode(parser.getText());
        case VALUE_NUMBER_INT:
          // at most 64 digits (the limits): inside the range whatever they are
          return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
              ? NODES.numberNode(parser.getBigIntegerValue())
              : NODES.numberNode(parser.getLongValue());
        case VALUE_NUMBER_FLOAT:
          BigDecimal number = inRange(parser.getText());
          if (number == null) {
            JsonLocation at = parser.currentTokenLocation();
            problems.add(pointer.toString(), at.getLineNr(), at.getColumnNr(), outOfRange(parser.getText()));
            problems.unreadable(pointer.toString());
            return NODES.nullNode();
          }
          return NODES.numberNode(number);
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

    private ObjectNode readObject(Path pointer) throws IOException {
      ObjectNode object = NODES.objectNode();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        Path child = pointer.member(name);
        if (object.has(name)) {
          JsonLocation keyAt = parser.currentTokenLocation();
          String at = child.toString();
          problems.add(at, keyAt.getLineNr(), keyAt.getColumnNr(), "duplicate key " + JsonWords.quote(name)
              + (locations == null || locations.get(at) == null ? ""
                  : "; it was first given at " + locations.get(at).getLineNr() + ":" + locations.get(at).getColumnNr()));
          parser.nextToken();
          parser.skipChildren();
        } else {
          parser.nextToken();
          if (locations != null) {
            locations.put(child.toString(), parser.currentTokenLocation());
          }
          object.set(name, read(child));
        }
      }
      return object;
    }
  }

  /** Escapes a key for use as one JSON Pointer segment (RFC 6901). */
  public static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
