package dev.pledge.input.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.input.JsonLinesReader;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The fast path of case event lines against the careful read (JsonTree, then CaseEventJson), its
 * oracle: whenever the fast path answers, the careful read answers the same event; whenever the
 * careful read refuses a line, the fast path does not answer. Lines are drawn from valid events
 * (openings and ratings), events with wrong values (scores out of range, not whole, not numbers),
 * unknown fields, other JSON types, repeated keys, escapes, whitespace, trailing text and random
 * edits.
 */
class CaseEventLineProperties {
  private static final String[] FIELDS = {"case", "at", "type", "id", "customer", "channel", "priority",
      "status", "to", "step", "line", "tags", "colour", "score", "comment"};
  private static final String[] VALUES = {"\"k1\"", "\"2026-03-02T09:00:00Z\"", "\"2026-03-02T09:00:00.250Z\"",
      "\"2026-02-30T09:00:00Z\"", "\"2026-03-02T10:00:00+01:00\"", "\"opened\"", "\"agent-reply\"", "\"status\"",
      "\"priority-changed\"", "\"pending\"", "\"open\"", "\"solved\"", "\"nope\"", "\"\"", "\" \"", "\"c\\u0031\"",
      "\"gold\\\"x\"", "\"email\"", "\"urgent\"", "2", "null", "true", "[\"a\"]", "{\"a\":\"b\"}", "1e999",
      "\"satisfaction\"", "5"};
  /** Scores of a satisfaction event: in range, out of it, not whole, not numbers, too big for an int. */
  private static final String[] SCORES = {"1", "3", "5", "0", "6", "-2", "4.0", "4.5", "\"4\"", "2147483648",
      "99999999999999999999", "4e0", "null"};
  private static final String NOISE = "{}[]\",: \\0a";

  private static String line(Random random) {
    List<String> members = new ArrayList<>();
    if (random.nextInt(4) > 0) {
      members.add("\"case\":\"k" + random.nextInt(3) + "\"");
      members.add("\"at\":" + (random.nextInt(4) > 0 ? "\"2026-03-0" + (1 + random.nextInt(9)) + "T09:00:00Z\""
          : VALUES[random.nextInt(VALUES.length)]));
      int type = random.nextInt(4);
      members.add("\"type\":" + (type < 2 ? "\"opened\"" : type == 2 ? "\"satisfaction\"" : VALUES[random.nextInt(VALUES.length)]));
      if (type == 2 && random.nextInt(5) > 0) {
        members.add("\"score\":" + SCORES[random.nextInt(SCORES.length)]);
      }
    }
    for (int i = random.nextInt(5); i > 0; i--) {
      members.add("\"" + FIELDS[random.nextInt(FIELDS.length)] + "\":" + VALUES[random.nextInt(VALUES.length)]);
    }
    java.util.Collections.shuffle(members, random);
    String text = (random.nextInt(8) == 0 ? " " : "") + "{" + String.join(random.nextInt(8) == 0 ? " , " : ",", members)
        + "}" + (random.nextInt(10) == 0 ? " {}" : "");
    return FastPathOracle.sometimesEdited(text, random, NOISE);
  }

  /** The careful read: the tree, then the record read from it; throws where it refuses the line. */
  private static CaseEvent careful(String line) {
    ObjectNode record = JsonLinesReader.objects().read(1, line);
    return CaseEventJson.read(record);
  }

  @Property(tries = 3000)
  void theFastPathAnswersOnlyWhatTheCarefulReadAnswers(@ForAll long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 5; i++) {
      FastPathOracle.agrees(line(random), CaseEventLine::tryRead, CaseEventLineProperties::careful);
    }
  }

  @Property(tries = 200)
  void theUsualShapeIsReadFast(@ForAll long seed) {
    Random random = new Random(seed);
    String line = "{\"case\":\"k" + random.nextInt(1000) + "\",\"at\":\"2026-03-02T09:" + (10 + random.nextInt(50))
        + ":00Z\",\"type\":\"opened\",\"customer\":\"c1\",\"channel\":\"email\",\"priority\":\"normal\"}";
    assertThat(CaseEventLine.tryRead(line)).isNotNull().isEqualTo(careful(line));
  }

  @Property(tries = 200)
  void aRatingIsReadFast(@ForAll long seed) {
    Random random = new Random(seed);
    String line = "{\"case\":\"k" + random.nextInt(1000) + "\",\"at\":\"2026-03-02T09:" + (10 + random.nextInt(50))
        + ":00Z\",\"type\":\"satisfaction\",\"score\":" + (1 + random.nextInt(5))
        + (random.nextBoolean() ? ",\"comment\":\"c" + random.nextInt(9) + "\"" : "") + "}";
    assertThat(CaseEventLine.tryRead(line)).isNotNull().isEqualTo(careful(line));
  }
}
