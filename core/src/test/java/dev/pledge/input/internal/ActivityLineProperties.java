package dev.pledge.input.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.customer.Activity;
import dev.pledge.input.JsonLinesReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The fast path of activity lines against the careful read (JsonTree, then ActivityLine.read on
 * the tree), its oracle: whenever the fast path answers, the careful read answers the same
 * activity; whenever the careful read refuses a line, the fast path does not answer. Lines are
 * flights and surveys, the surveys with good, bad and missing answers.
 */
class ActivityLineProperties {
  private static final String[] NAMES = {"customer", "at", "kind", "id", "xp", "amount", "route", "vip", "note", "nps"};
  private static final String[] VALUES = {"\"c1\"", "\"\"", "\" \"", "\"2026-03-02T09:00:00Z\"",
      "\"2026-03-02T10:00:00+01:00\"", "\"0000-03-02T09:00:00Z\"", "\"2026-02-30T09:00:00Z\"", "\"flight\"", "40", "-3",
      "12.50", "1e5", "1e101", "0.0", "99999999999999999999", "true", "false", "null", "[1]", "{\"a\":1}",
      "\"WAW\\u002dCDG\"", "\"survey\"", "10", "11", "7.0"};
  /** A survey's answer: whole from 0 to 10, out of the range, not whole, not a number, absent. */
  private static final String[] NPS = {"0", "9", "10", "10.00", "1e1", "11", "-1", "7.5", "\"9\"", "true", "null",
      "99999999999999999999"};
  private static final String NOISE = "{}[]\",: \\0.e";

  private static String line(Random random) {
    List<String> members = new ArrayList<>();
    if (random.nextInt(4) > 0) {
      members.add("\"customer\":\"c" + random.nextInt(3) + "\"");
      members.add("\"at\":\"2026-03-0" + (1 + random.nextInt(9)) + "T09:00:00Z\"");
      boolean survey = random.nextInt(3) == 0;
      members.add("\"kind\":" + (survey ? "\"survey\"" : "\"flight\""));
      if (survey && random.nextInt(6) > 0) {
        members.add("\"nps\":" + NPS[random.nextInt(NPS.length)]);
      }
    }
    for (int i = random.nextInt(5); i > 0; i--) {
      members.add("\"" + NAMES[random.nextInt(NAMES.length)] + "\":" + VALUES[random.nextInt(VALUES.length)]);
    }
    Collections.shuffle(members, random);
    String text = "{" + String.join(",", members) + "}" + (random.nextInt(10) == 0 ? " 1" : "");
    return FastPathOracle.sometimesEdited(text, random, NOISE);
  }

  /** The careful read: the tree, then the record read from it; throws where it refuses the line. */
  private static Activity careful(String line) {
    ObjectNode record = JsonLinesReader.objects().read(1, line);
    return ActivityLine.read(record);
  }

  @Property(tries = 3000)
  void theFastPathAnswersOnlyWhatTheCarefulReadAnswers(@ForAll long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 5; i++) {
      FastPathOracle.agrees(line(random), ActivityLine::tryRead, ActivityLineProperties::careful);
    }
  }

  @Property(tries = 200)
  void theUsualShapeIsReadFast(@ForAll long seed) {
    Random random = new Random(seed);
    String line = "{\"customer\":\"c" + random.nextInt(100) + "\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"flight\","
        + "\"id\":\"f" + random.nextInt(100) + "\",\"xp\":" + random.nextInt(90) + ",\"amount\":" + random.nextInt(900)
        + "." + random.nextInt(10) + random.nextInt(10) + ",\"vip\":true,\"route\":\"WAW-CDG\"}";
    assertThat(ActivityLine.tryRead(line)).isNotNull().isEqualTo(careful(line));
  }

  @Property(tries = 200)
  void aSurveyIsReadFast(@ForAll long seed) {
    Random random = new Random(seed);
    String line = "{\"customer\":\"c" + random.nextInt(100) + "\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"survey\","
        + "\"nps\":" + random.nextInt(11) + (random.nextBoolean() ? ",\"channel\":\"email\"" : "") + "}";
    assertThat(ActivityLine.tryRead(line)).isNotNull().isEqualTo(careful(line));
  }
}
