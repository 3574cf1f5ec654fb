package dev.pledge.cli.html;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes XHTML-compatible markup (HTML and inline SVG) that a strict XML parser also reads: every
 * element is closed, every attribute quoted, all text escaped, and only numeric character
 * references are used. Attributes are given as name, value pairs. Closing a tag that is not the
 * innermost open one is a bug and throws {@link IllegalStateException}.
 */
public final class Markup {
  private final StringBuilder out = new StringBuilder();
  private final Deque<String> open = new ArrayDeque<>();

  /** Starts an element. */
  Markup open(String tag, String... attributes) {
    start(tag, attributes);
    out.append('>');
    open.push(tag);
    return this;
  }

  /** Ends the innermost element, which must be {@code tag}, and starts a new line. */
  Markup close(String tag) {
    String innermost = open.poll();
    if (!tag.equals(innermost)) {
      throw new IllegalStateException("closing <" + tag + "> but <" + innermost + "> is open");
    }
    out.append("</").append(tag).append(">\n");
    return this;
  }

  /** An element with no content, written {@code <tag .../>}: a void HTML element or an SVG shape. */
  Markup empty(String tag, String... attributes) {
    start(tag, attributes);
    out.append("/>");
    return this;
  }

  /** An element holding only {@code text}. */
  Markup element(String tag, String text, String... attributes) {
    start(tag, attributes);
    out.append('>');
    escape(text, out);
    out.append("</").append(tag).append('>');
    return this;
  }

  /** Escaped text. */
  Markup text(String text) {
    escape(text, out);
    return this;
  }

  /**
   * Text written as is, for the content of {@code <style>}, which HTML does not unescape: it must
   * hold no {@code <} and no {@code &}, so that it reads the same as XML and as HTML.
   *
   * @throws IllegalArgumentException if it does
   */
  Markup raw(String text) {
    if (text.indexOf('<') >= 0 || text.indexOf('&') >= 0) {
      throw new IllegalArgumentException("raw text must hold no < and no &");
    }
    out.append(text);
    return this;
  }

  /** A line break in the source, for readability only. */
  Markup newline() {
    out.append('\n');
    return this;
  }

  /** The markup written so far; every element must be closed. */
  String finish() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("still open: " + open);
    }
    return out.toString();
  }

  private void start(String tag, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs, but were "
          + attributes.length + " strings");
    }
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"");
      escape(attributes[i + 1], out);
      out.append('"');
    }
  }

  /** Escapes {@code &}, {@code <}, {@code >}, both quotes, and drops characters XML forbids. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    escape(text, b);
    return b.toString();
  }

  private static void escape(String text, StringBuilder b) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
            b.append(c);
          }
        }
      }
    }
  }
}
