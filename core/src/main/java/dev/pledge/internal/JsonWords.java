package dev.pledge.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pledge's words for what the JSON parser rejects, and for showing a value inside a message: a
 * message never names a parser class, feature or method, and never shows a value whole when it is
 * long. Not exported.
 */
public final class JsonWords {
  /** The most characters of a value a message shows; the rest is counted, not shown. */
  public static final int SHOWN = 40;

  private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('(.*)' \\(code (\\d+)\\)\\)");
  private static final Pattern TOKEN = Pattern.compile("(?:Unrecognized|Non-standard) token '(.*?)'");
  private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)'");
  private static final String VALUE = "a value (a string, number, object, array, true, false or null)";

  private JsonWords() {}

  /**
   * {@code s} in double quotes, with at most {@link #SHOWN} characters of it; a longer one is shown
   * as its start and its length.
   */
  public static String quote(String s) {
    return "\"" + bounded(s).replace("\"", "\\\"") + "\"";
  }

  /** {@code s} whole if short, else its first {@link #SHOWN} characters and its length. */
  public static String bounded(String s) {
    return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "... (" + s.length() + " characters)";
  }

  // longer than twice what a quote shows: not a quote bounded already (its start and its length)
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]{" + (2 * SHOWN + 1) + ",})\"");

  /**
   * {@code message} with every quoted value longer than twice {@link #SHOWN} characters shown by its start
   * and length, and cut at {@code max} characters (saying so) if still longer: a message that names
   * a huge value stays readable, however it was built.
   */
  public static String bounded(String message, int max) {
    String m = message;
    if (m.length() > SHOWN) {
      m = QUOTED.matcher(m).replaceAll(r -> Matcher.quoteReplacement(quote(r.group(1))));
    }
    return m.length() <= max ? m : m.substring(0, max) + "... (the message is cut at " + max + " characters)";
  }

  /**
   * What the parser rejected, as a sentence without the position (the caller places it).
   *
   * @param innermost the innermost object or array open when it stopped, or null
   * @param oneLine whether the text is one line (an input line): places are then columns alone
   */
  static String parseProblem(JsonProcessingException e, JsonTree.Open innermost, boolean oneLine) {
    return parseProblem(e, innermost).replace(oneLine ? "opened at line 1, column " : "\0", "opened at column ");
  }

  private static String parseProblem(JsonProcessingException e, JsonTree.Open innermost) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      return limit(m);
    }
    if (m.startsWith("Unexpected end-of-input")) {
      if (m.contains("closing quote")) {
        return "the text ends inside a string (a closing \" is missing)";
      }
      return innermost == null ? "the text ends before the value is complete"
          : "the text ends before the " + opened(innermost) + " is closed";
    }
    Matcher close = CLOSE.matcher(m);
    if (close.lookingAt()) {
      return innermost == null ? "'" + close.group(1) + "' closes nothing: every object and array is closed already"
          : "'" + close.group(1) + "' cannot close the " + opened(innermost) + "; expected '"
              + (innermost.object() ? "}" : "]") + "'";
    }
    Matcher token = TOKEN.matcher(m);
    if (token.lookingAt()) {
      String word = token.group(1);
      return m.startsWith("Non-standard") ? bounded(word) + " is not a JSON number; write a number such as 1.5"
          : "unknown word " + quote(word) + "; expected " + VALUE;
    }
    if (m.startsWith("Illegal unquoted character")) {
      return "a control character inside a string must be escaped (\\n, \\t, \\u0000)";
    }
    if (m.startsWith("Unrecognized character escape")) {
      return "a backslash in a string must start an escape such as \\n, \\\" or \\u00e9";
    }
    if (m.contains("Leading zeroes not allowed")) {
      return "a number must not start with 0 (write 7, not 07)";
    }
    if (m.startsWith("Invalid UTF-8") || m.contains("Invalid UTF-8")) {
      return "the text is not valid UTF-8";
    }
    Matcher c = CHARACTER.matcher(m);
    if (c.lookingAt()) {
      String found = character(c.group(1), Integer.parseInt(c.group(2)));
      if (m.contains("in numeric value")) {
        return m.contains("minus sign") ? "a '-' must be followed by a digit"
            : m.contains("Decimal point") ? "a decimal point must be followed by a digit"
            : m.contains("Exponent indicator") ? "an exponent ('e') must be followed by a digit"
            : "a malformed number: unexpected " + found;
      }
      if (m.contains("comma to separate Object entries")) {
        return "unexpected " + found + ": expected ',' or '}' after a value in the "
            + (innermost == null ? "object" : opened(innermost));
      }
      if (m.contains("comma to separate Array entries")) {
        return "unexpected " + found + ": expected ',' or ']' after a value in the "
            + (innermost == null ? "array" : opened(innermost));
      }
      if (m.contains("double-quote to start field name")) {
        return "unexpected " + found + ": expected a key in double quotes"
            + (found.equals("'}'") ? " (a ',' before '}' is not allowed)" : "");
      }
      if (m.contains("colon to separate")) {
        return "unexpected " + found + ": expected ':' after the key";
      }
      if (m.contains("expected a valid value") || m.contains("expected a value")) {
        return "unexpected " + found + ": expected " + VALUE;
      }
      if (m.contains("hex-digit")) {
        return "unexpected " + found + ": a \\u escape needs four hex digits";
      }
      if (m.contains("root-level values")) {
        return "unexpected " + found + " after the end of the value";
      }
      return "unexpected " + found;
    }
    return "not valid JSON";
  }

  private static String limit(String m) {
    if (m.contains("nesting depth")) {
      return "objects and arrays nest deeper than " + JsonLinesMapper.LIMITS.getMaxNestingDepth() + " levels";
    }
    if (m.startsWith("Number value length")) {
      return "a number is longer than " + JsonLinesMapper.LIMITS.getMaxNumberLength() + " characters";
    }
    if (m.startsWith("String value length")) {
      return "a string is longer than " + JsonLinesMapper.LIMITS.getMaxStringLength() + " characters";
    }
    if (m.startsWith("Name length") || m.startsWith("Name value length")) {
      return "a key is longer than " + JsonLinesMapper.LIMITS.getMaxNameLength() + " characters";
    }
    if (m.toLowerCase(java.util.Locale.ROOT).startsWith("document length")) {
      return "the text is longer than " + (JsonLinesMapper.LIMITS.getMaxDocumentLength() >> 20) + " MiB";
    }
    return "the text is beyond the sizes Pledge reads";
  }

  private static String opened(JsonTree.Open o) {
    return (o.object() ? "object" : "array") + " opened at line " + o.line() + ", column " + o.column();
  }

  private static String character(String shown, int code) {
    return code < 32 || code == 127 ? "a control character (code " + code + ")" : "'" + shown + "'";
  }
}
