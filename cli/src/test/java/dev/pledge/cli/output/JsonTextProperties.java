package dev.pledge.cli.output;

import dev.pledge.output.PledgeJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.Pledge;
import dev.pledge.cli.input.JsonLines;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.input.JsonLinesReader;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.MetricInstance;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Output written as text is the text Jackson writes for the same tree: the oracle. */
class JsonTextProperties {

  @Property(tries = 3000)
  void instantsAreWrittenAsInstantToStringWritesThem(
      @ForAll @LongRange(min = -62_167_219_200L, max = 253_402_300_799L) long seconds, @ForAll boolean fraction) {
    Instant at = Instant.ofEpochSecond(seconds, fraction ? seconds & 0xFFFFF : 0);
    StringBuilder out = new StringBuilder();
    JsonText.instant(out, at);
    assertThat(out.toString()).isEqualTo(at.toString());
  }

  @Test
  void theFarthestInstantsAreWrittenAsToStringWritesThem() {
    for (Instant at : new Instant[] {Instant.MIN, Instant.MAX, Instant.ofEpochSecond(-62_167_219_201L),
        Instant.ofEpochSecond(253_402_300_800L), Instant.EPOCH}) {
      assertThat(JsonText.instant(at)).isEqualTo(at.toString());
    }
  }

  @Property(tries = 1000)
  void stringsAreEscapedAsJacksonEscapesThem(@ForAll @StringLength(max = 12) String value, @ForAll long number) {
    ObjectNode tree = JsonNodeFactory.instance.objectNode().put("case", value).put("n", number);
    tree.putNull("stop");
    String text = new JsonText().field("case", value).field("n", number).field("stop", (String) null).toString();
    assertThat(text).isEqualTo(JsonLines.render(tree));
  }

  @Test
  void everyInstanceOfTheExamplesIsWrittenAsItsTree() throws Exception {
    Pledge pledge = Pledge.load(Path.of("../examples/programs/skyclub.json"));
    Map<String, List<CaseEvent>> cases = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(Path.of("../examples/data/skyclub-cases.jsonl"))) {
      for (CaseEvent e : JsonLinesReader.caseEvents().readAll(in, problem -> { })) {
        cases.computeIfAbsent(e.caseId(), k -> new ArrayList<>()).add(e);
      }
    }
    int lines = 0;
    for (List<CaseEvent> events : cases.values()) {
      CaseOutcome outcome = pledge.sla().evaluate(events, CustomerContext.of(Customer.of("c")),
          Instant.parse("2026-03-06T18:00:00Z"));
      for (MetricInstance i : outcome.instances()) {
        assertThat(MetricInstanceJson.line(outcome.caseId(), i))
            .isEqualTo(JsonLines.render(PledgeJson.metricInstance(outcome.caseId(), i)));
        lines++;
      }
    }
    assertThat(lines).isGreaterThan(5);
  }
}
