package dev.pledge;

import java.util.Objects;

/**
 * An id or name given twice where each must be unique. Besides the offending element
 * ({@link #field()}), names where the value was first used ({@link #first()}), so that a
 * configuration loader can point at both.
 */
public final class RepeatedValueException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final String first;
  private final String text;

  /**
   * An exception whose message reads {@code <what> "<value>" is repeated; <firstAt><first>}, such
   * as {@code rule id "vip" is repeated; first at rules/0}. A value longer than 60 characters is
   * shortened.
   *
   * @param field the repeated element's id, relative to the value being built ({@code "rules/2/id"})
   * @param first the element that used the value first ({@code "rules/0"})
   * @param what what the value is ({@code "rule id"})
   * @param value the repeated value
   * @param firstAt the words before the place of the first use ({@code "first at "})
   */
  public RepeatedValueException(String field, String first, String what, String value, String firstAt) {
    this(field, first, Objects.requireNonNull(what, "what") + " " + quote(Objects.requireNonNull(value, "value"))
        + " is repeated; " + Objects.requireNonNull(firstAt, "firstAt"));
  }

  private RepeatedValueException(String field, String first, String text) {
    super(field, text + first);
    this.first = Objects.requireNonNull(first, "first");
    this.text = text;
  }

  private static String quote(String s) {
    String shown = s.length() > 60 ? s.substring(0, 57) + "..." : s;
    return "\"" + shown.replace("\"", "\\\"") + "\"";
  }

  /** The element that used the value first, relative to the value being built. */
  public String first() {
    return first;
  }

  /** The message with {@code firstAt} (a JSON Pointer, say) as the place of the first use. */
  public String message(String firstAt) {
    Objects.requireNonNull(firstAt, "firstAt");
    return text + firstAt;
  }
}
