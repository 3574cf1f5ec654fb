package dev.pledge.config.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.internal.JsonTree;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON document read into a tree that remembers where every value stood (line and column, by
 * JSON Pointer), with {@link JsonTree}: duplicate keys and numbers out of range are reported and
 * the rest of the document is still checked; a syntax error or a hostile size stops the read.
 */
public final class SourceDocument {
  private final JsonNode root;
  private final Map<String, JsonLocation> locations;

  private SourceDocument(JsonNode root, Map<String, JsonLocation> locations) {
    this.root = root;
    this.locations = locations;
  }

  /**
   * Reads {@code json}; problems (duplicate keys, numbers out of range, trailing content, syntax,
   * limits) go to {@code problems}, in Pledge's words with their line and column.
   *
   * @return the document, or empty if it could not be read at all
   */
  public static Optional<SourceDocument> parse(String json, JsonTree.Problems problems) {
    Map<String, JsonLocation> locations = new HashMap<>();
    Optional<JsonNode> root = JsonTree.read(json, locations, problems);
    return root.map(r -> new SourceDocument(r, locations));
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
    return JsonTree.escape(key);
  }
}
