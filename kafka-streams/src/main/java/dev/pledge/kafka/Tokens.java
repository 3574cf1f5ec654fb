package dev.pledge.kafka;

import java.util.Optional;

/**
 * Strings written one after another, each as its length, a colon and itself: the state's text
 * form, fast to write and to read back, whatever the strings hold (event values may hold newlines).
 */
final class Tokens {
  private final StringBuilder out;
  private final String in;
  private int at;

  private Tokens(StringBuilder out, String in) {
    this.out = out;
    this.in = in;
  }

  static Tokens writer(int capacity) {
    return new Tokens(new StringBuilder(capacity), null);
  }

  static Tokens reader(String text) {
    return new Tokens(null, text);
  }

  Tokens add(String token) {
    out.append(token.length()).append(':').append(token);
    return this;
  }

  Tokens add(Object token) {
    return add(String.valueOf(token));
  }

  String text() {
    return out.toString();
  }

  String next() {
    int colon = in.indexOf(':', at);
    int length;
    try {
      length = colon < 0 ? -1 : Integer.parseInt(in, at, colon, 10);
    } catch (NumberFormatException e) {
      length = -1;
    }
    if (length < 0 || colon + 1 + length > in.length()) {
      throw new IllegalStateException("a state store holds a value Pledge did not write (at character " + at + ")");
    }
    at = colon + 1 + length;
    return in.substring(colon + 1, at);
  }

  int nextInt() {
    return Integer.parseInt(next());
  }

  /** The next token as an optional instant: empty for an empty token. */
  Optional<java.time.Instant> nextInstant() {
    String token = next();
    return token.isEmpty() ? Optional.empty() : Optional.of(java.time.Instant.parse(token));
  }
}
