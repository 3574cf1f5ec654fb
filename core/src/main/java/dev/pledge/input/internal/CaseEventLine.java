package dev.pledge.input.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pledge.PledgeException;
import dev.pledge.internal.JsonLinesMapper;
import dev.pledge.internal.TimeRanges;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventBuilder;
import java.io.IOException;
import java.time.Instant;

/**
 * The fast path of reading a case event line: the shape nearly every export writes, one flat
 * object whose members are the event's string fields ({@code case}, {@code at}, {@code type},
 * {@code id}, {@code customer}, {@code channel}, {@code priority}, {@code status}, {@code to},
 * {@code step}, {@code comment}) and a satisfaction event's {@code score} (a JSON integer), each
 * once, read straight from the parser into the event, without a tree.
 * Anything else (another field, a value of another type, a repeated key, text after the
 * object, JSON that does not parse, an event the builder refuses) answers null, and the reader
 * then reads the line the one careful way ({@code JsonTree}, then {@code CaseEventJson}), which
 * says what is wrong. So an event read here is the event read there, and every message comes from
 * there. Not exported.
 */
public final class CaseEventLine {
  // the members, by their index in the values array
  private static final int CASE = 0;
  private static final int AT = 1;
  private static final int TYPE = 2;
  private static final int ID = 3;
  private static final int CUSTOMER = 4;
  private static final int CHANNEL = 5;
  private static final int PRIORITY = 6;
  private static final int STATUS = 7;
  private static final int TO = 8;
  private static final int STEP = 9;
  private static final int COMMENT = 10;
  /** Not in the values array: the score is a number, kept apart. */
  private static final int SCORE = 11;

  private CaseEventLine() {}

  /** The event {@code line} holds if it has the simple shape and is valid; null to read it the careful way. */
  public static CaseEvent tryRead(String line) {
    String[] values = new String[11];
    Integer score = null;
    try (JsonParser parser = JsonLinesMapper.parsers().createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
        if (token != JsonToken.FIELD_NAME) {
          return null;
        }
        int member = member(parser.currentName());
        JsonToken value = parser.nextToken();
        if (member == SCORE) {
          // an int, as CaseEventJson reads it (a fraction, a long or a repeat is its to report)
          if (value != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT
              || score != null) {
            return null;
          }
          score = parser.getIntValue();
          continue;
        }
        if (member < 0 || value != JsonToken.VALUE_STRING || values[member] != null) {
          return null;
        }
        values[member] = parser.getText();
      }
      if (parser.nextToken() != null) {
        return null;
      }
    } catch (IOException e) {
      return null;  // the careful read reports it
    }
    return event(values, score);
  }

  /** The event of the members read, built as CaseEventJson builds it; null where it would refuse it. */
  private static CaseEvent event(String[] values, Integer score) {
    if (values[CASE] == null || values[AT] == null || values[TYPE] == null) {
      return null;
    }
    Instant at = TimeRanges.instant(values[AT]).orElse(null);
    if (at == null) {
      return null;
    }
    try {
      CaseEventBuilder b = CaseEvent.builder(values[CASE], at, values[TYPE]);
      if (values[ID] != null) {
        b.id(values[ID]);
      }
      if (values[CUSTOMER] != null) {
        b.customer(values[CUSTOMER]);
      }
      if (values[CHANNEL] != null) {
        b.channel(values[CHANNEL]);
      }
      if (values[PRIORITY] != null) {
        b.priority(values[PRIORITY]);
      }
      if (values[STATUS] != null) {
        b.status(values[STATUS]);
      }
      if (values[TO] != null) {
        b.to(values[TO]);
      }
      if (values[STEP] != null) {
        b.step(values[STEP]);
      }
      if (values[COMMENT] != null) {
        b.comment(values[COMMENT]);
      }
      if (score != null) {
        b.score(score);
      }
      return b.build();
    } catch (PledgeException e) {
      return null;  // the careful read refuses it with its message
    }
  }

  private static int member(String name) {
    switch (name) {
      case "case":
        return CASE;
      case "at":
        return AT;
      case "type":
        return TYPE;
      case "id":
        return ID;
      case "customer":
        return CUSTOMER;
      case "channel":
        return CHANNEL;
      case "priority":
        return PRIORITY;
      case "status":
        return STATUS;
      case "to":
        return TO;
      case "step":
        return STEP;
      case "comment":
        return COMMENT;
      case "score":
        return SCORE;
      default:
        return -1;
    }
  }
}
