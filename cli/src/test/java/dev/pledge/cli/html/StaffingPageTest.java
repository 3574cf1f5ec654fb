package dev.pledge.cli.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.cli.Run;
import dev.pledge.cli.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code pledge staff --html}: the week drawn, beside a table of what {@code --format json} prints. */
class StaffingPageTest {
  @TempDir
  Path dir;

  @Test
  void theBundledForecastIsDrawnWithATableOfEveryInterval() throws Exception {
    Path page = dir.resolve("staff.html");
    Run run = Run.of("staff", "-c", Run.SKYCLUB.toString(), "--policy", "platinum-phone", "--forecast",
        Samples.SKY_FORECAST, "--aht", "PT6M", "--shrinkage", "0.3", "--format", "json", "--html", page.toString());
    assertThat(run.exitCode()).isZero();
    List<JsonNode> lines = Samples.records(run.out());
    List<JsonNode> intervals = lines.subList(0, lines.size() - 1);

    Document doc = XmlPage.parse(Files.readString(page));
    assertThat(XmlPage.elements(doc, "//table[@class='staffing']/tbody/tr")).hasSize(intervals.size());
    for (JsonNode i : intervals) {
      List<String> cells = XmlPage.texts(doc, "//tr[@data-from='" + i.get("from").asText() + "']/td");
      assertThat(cells.get(0)).isEqualTo(i.get("arrivals").asText());
      assertThat(cells.get(2)).isEqualTo(i.get("agents").asText());
      assertThat(cells.get(6)).isEqualTo(i.get("staff").asText());
    }
    // one column per interval, agents solid and the shrinkage's extra staff hatched on top
    assertThat(XmlPage.elements(doc, "//*[local-name()='rect' and @class='agents']")).hasSize(intervals.size());
    assertThat(XmlPage.texts(doc, "//div[@data-count='agent-hours']/dd"))
        .containsExactly(lines.get(lines.size() - 1).get("agentHours").asText());
    assertThat(XmlPage.texts(doc, "//div[@data-count='worst']/dd").get(0)).startsWith("38 at Fri 2026-11-27 10:00");
  }
}
