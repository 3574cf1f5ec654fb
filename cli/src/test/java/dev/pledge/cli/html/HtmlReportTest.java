package dev.pledge.cli.html;

import dev.pledge.cli.ExitCode;
import dev.pledge.cli.Run;
import dev.pledge.cli.Samples;
import static dev.pledge.cli.html.XmlPage.elements;
import static dev.pledge.cli.html.XmlPage.only;
import static dev.pledge.cli.html.XmlPage.parse;
import static dev.pledge.cli.html.XmlPage.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.cli.output.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** {@code pledge report --html}: a well-formed, self-contained page with the JSON report's figures. */
class HtmlReportTest {
  @TempDir
  Path dir;

  @Test
  void skyclubPageIsWellFormedAndSelfContained() throws Exception {
    String page = html("sky.html", Run.SKYCLUB, Samples.SKY_CASES, Samples.SKY_CUSTOMERS, Samples.SKY_ACTIVITIES);

    Document doc = parse(page);
    assertThat(page).startsWith("<!DOCTYPE html>");
    assertThat(page).doesNotContain("http://", "https://", "<script", "<link", "@import", "url(http");
    assertThat(texts(doc, "//h2")).containsExactly("Attainment against objective",
        "Elapsed time against target", "Breaches over time", "Is each promise honest?", "Tier distribution", "What customers feel");
    assertThat(texts(doc, "//h1")).containsExactly("SkyClub: promised versus delivered");
    assertThat(texts(doc, "//svg[@role='img']/title")).hasSizeGreaterThanOrEqualTo(11);
    assertThat(texts(doc, "//*[@data-count='cases']/dd")).containsExactly("16");
  }

  @Test
  void attainmentFiguresEqualTheJsonReport() throws Exception {
    assertAttainmentEqualsJson(Run.SKYCLUB, Samples.SKY_CASES, Samples.SKY_CUSTOMERS, Samples.SKY_ACTIVITIES);
    assertAttainmentEqualsJson(Run.SHOP, Samples.SHOP_CASES, Samples.SHOP_CUSTOMERS, Samples.SHOP_ACTIVITIES);
  }

  @Test
  void histogramsCountEveryInstanceAndBreachesPerDayAddUpToTheBreached() throws Exception {
    Document doc = parse(html("shop.html", Run.SHOP, Samples.SHOP_CASES, Samples.SHOP_CUSTOMERS,
        Samples.SHOP_ACTIVITIES));
    List<JsonNode> json = json(Run.SHOP, Samples.SHOP_CASES, Samples.SHOP_CUSTOMERS, Samples.SHOP_ACTIVITIES);

    long breached = 0;
    for (JsonNode row : json) {
      Element tr = only(doc, "//table[@class='elapsed']//tr[@data-policy='" + row.get("policy").asText()
          + "' and @data-metric='" + row.get("metric").asText() + "']");
      assertThat(Long.parseLong(tr.getAttribute("data-total"))).isEqualTo(row.get("instances").asLong());
      breached += row.get("breached").asLong();
    }
    long perDay = 0;
    for (Element tr : elements(doc, "//table[@class='breaches']//tr[@data-breached]")) {
      perDay += Long.parseLong(tr.getAttribute("data-breached"));
    }
    assertThat(perDay).isEqualTo(breached).isPositive();
  }

  @Test
  void tierDistributionCountsWhatPledgeTiersReports() throws Exception {
    Document doc = parse(html("shop.html", Run.SHOP, Samples.SHOP_CASES, Samples.SHOP_CUSTOMERS,
        Samples.SHOP_ACTIVITIES));
    Run tiers = Run.of("tiers", "-c", Run.SHOP.toString(), "--customers", Samples.SHOP_CUSTOMERS,
        "-a", Samples.SHOP_ACTIVITIES, "--as-of", Samples.AS_OF);
    Map<String, Long> expected = new HashMap<>();
    Samples.records(tiers.out()).forEach(r -> expected.merge(r.get("program").asText() + "/"
        + r.get("level").asText(), 1L, Long::sum));

    Map<String, Long> shown = new HashMap<>();
    for (Element tr : elements(doc, "//table[@data-program]//tr[@data-level]")) {
      long n = Long.parseLong(tr.getAttribute("data-customers"));
      if (n > 0) {
        String program = ((Element) tr.getParentNode().getParentNode()).getAttribute("data-program");
        shown.put(program + "/" + tr.getAttribute("data-level"), n);
      }
    }
    assertThat(shown).isEqualTo(expected).isNotEmpty();
  }

  @Test
  void withoutActivitiesThereIsNoTierSection() throws Exception {
    Document doc = parse(html("sky.html", Run.SKYCLUB, Samples.SKY_CASES, Samples.SKY_CUSTOMERS, null));

    assertThat(texts(doc, "//h2")).doesNotContain("Tier distribution", "What customers feel");
    assertThat(elements(doc, "//section[@id='tiers']")).isEmpty();
    assertThat(elements(doc, "//section[@id='measures']")).isEmpty();
  }

  @Test
  void measuresFiguresEqualPledgeMeasures() throws Exception {
    Document doc = parse(html("sky.html", Run.SKYCLUB, Samples.SKY_CASES, Samples.SKY_CUSTOMERS, Samples.SKY_ACTIVITIES));
    Run measures = Run.of("measures", "-c", Run.SKYCLUB.toString(), "--cases", Samples.SKY_CASES, "--customers",
        Samples.SKY_CUSTOMERS, "--activities", Samples.SKY_ACTIVITIES, "--as-of", Samples.AS_OF, "--format", "json");
    List<JsonNode> overall = Samples.records(measures.out()).stream()
        .filter(line -> line.has("level") && line.get("level").isNull()).toList();

    assertThat(texts(doc, "//section[@id='measures']//h3")).containsExactly("Satisfaction (CSAT)",
        "Net Promoter Score", "Churn rate", "New and repeat customers", "Requests per channel",
        "What a broken promise costs");
    assertThat(elements(doc, "//table[@data-figure='customers']/tbody/tr")).hasSameSizeAs(overall).isNotEmpty();
    for (JsonNode line : overall) {
      String period = "//table[@data-figure='%s']//tr[@data-period='" + line.get("period").asText() + "']/td[@data-column='%s']";
      JsonNode customers = line.get("customers");
      assertThat(texts(doc, period.formatted("customers", "New"))).containsExactly(customers.get("new").asText());
      assertThat(texts(doc, period.formatted("customers", "Repeat"))).containsExactly(customers.get("repeat").asText());
      assertThat(texts(doc, period.formatted("customers", "Active at end"))).containsExactly(customers.get("active").asText());
      assertThat(texts(doc, period.formatted("customers", "Churned"))).containsExactly(customers.get("churned").asText());
      assertThat(texts(doc, period.formatted("requests", "all"))).containsExactly(line.get("requests").get("opened").asText());
      for (Iterator<String> channels = line.get("requests").get("byChannel").fieldNames(); channels.hasNext(); ) {
        String channel = channels.next();
        assertThat(texts(doc, period.formatted("requests", channel)))
            .containsExactly(line.get("requests").get("byChannel").get(channel).asText());
      }
    }
    List<JsonNode> lines = Samples.records(measures.out());
    assertThat(texts(doc, "//p[@class='verdict-text']")).containsExactly(lines.get(lines.size() - 1).get("verdict").asText());
  }

  @Test
  void withoutAMeasuresSectionThereIsNoMeasuresSection() throws Exception {
    ObjectNode config = (ObjectNode) Json.mapper().readTree(Run.SKYCLUB.toFile());
    config.remove("measures");
    Path plain = dir.resolve("skyclub-without-measures.json");
    Files.writeString(plain, config.toString());

    Document doc = parse(html("sky.html", plain, Samples.SKY_CASES, Samples.SKY_CUSTOMERS, Samples.SKY_ACTIVITIES));

    assertThat(texts(doc, "//h2")).contains("Tier distribution").doesNotContain("What customers feel");
    assertThat(elements(doc, "//section[@id='measures']")).isEmpty();
  }

  @Test
  void anUnwritableFileStopsWithExitStatusTwo() {
    Run run = Run.of("report", "-c", Run.SKYCLUB.toString(), "--cases", Samples.SKY_CASES,
        "--as-of", Samples.AS_OF, "--html", dir.resolve("missing/dir/report.html").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).contains("cannot write the HTML report");
  }

  private void assertAttainmentEqualsJson(Path config, String cases, String customers, String activities)
      throws Exception {
    Document doc = parse(html("page.html", config, cases, customers, activities));
    List<JsonNode> json = json(config, cases, customers, activities);

    List<Element> rows = elements(doc, "//table[@class='attainment']/tbody/tr");
    assertThat(rows).hasSameSizeAs(json);
    for (int i = 0; i < rows.size(); i++) {
      Element tr = rows.get(i);
      JsonNode row = json.get(i);
      assertThat(tr.getAttribute("data-policy")).isEqualTo(row.get("policy").asText());
      assertThat(tr.getAttribute("data-metric")).isEqualTo(row.get("metric").asText());
      for (String count : List.of("instances", "achieved", "breached", "running")) {
        assertThat(Long.parseLong(tr.getAttribute("data-" + count))).as(count).isEqualTo(row.get(count).asLong());
      }
      if (row.get("attainment").isNull()) {
        assertThat(tr.getAttribute("data-attainment")).isEmpty();
      } else {
        assertThat(new BigDecimal(tr.getAttribute("data-attainment"))).isEqualTo(row.get("attainment").decimalValue());
      }
      assertThat(new BigDecimal(tr.getAttribute("data-objective"))).isEqualTo(row.get("objective").decimalValue());
      assertThat(Boolean.parseBoolean(tr.getAttribute("data-kept"))).isEqualTo(row.get("kept").asBoolean());
    }
  }

  private String html(String name, Path config, String cases, String customers, String activities)
      throws IOException {
    Path out = dir.resolve(name);
    List<String> args = new ArrayList<>(List.of("report", "-c", config.toString(), "--cases", cases,
        "--customers", customers, "--as-of", Samples.AS_OF, "--html", out.toString()));
    if (activities != null) {
      args.addAll(List.of("--activities", activities));
    }
    Run run = Run.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("policy ");
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static List<JsonNode> json(Path config, String cases, String customers, String activities) {
    Run run = Run.of("report", "-c", config.toString(), "--cases", cases, "--customers", customers,
        "--activities", activities, "--as-of", Samples.AS_OF, "--format", "json");
    assertThat(run.exitCode()).isZero();
    return Samples.records(run.out());
  }

  @Test
  void theAuditTableShowsWhatPledgeAuditPrints() throws Exception {
    java.nio.file.Path page = java.nio.file.Files.createTempFile("audit", ".html");
    dev.pledge.cli.Run report = dev.pledge.cli.Run.of("report", "-c", dev.pledge.cli.Run.SKYCLUB.toString(), "--cases",
        dev.pledge.cli.Samples.SKY_CASES, "--customers", dev.pledge.cli.Samples.SKY_CUSTOMERS, "--as-of",
        dev.pledge.cli.Samples.AS_OF, "--html", page.toString());
    assertThat(report.exitCode()).isZero();
    String html = java.nio.file.Files.readString(page);
    dev.pledge.cli.Run audit = dev.pledge.cli.Run.of("audit", "-c", dev.pledge.cli.Run.SKYCLUB.toString(), "--cases",
        dev.pledge.cli.Samples.SKY_CASES, "--customers", dev.pledge.cli.Samples.SKY_CUSTOMERS, "--as-of",
        dev.pledge.cli.Samples.AS_OF, "--format", "json");
    for (com.fasterxml.jackson.databind.JsonNode row : dev.pledge.cli.Samples.records(audit.out())) {
      assertThat(html).contains("data-policy=\"" + row.get("policy").asText() + "\" data-metric=\""
          + row.get("metric").asText() + "\" data-verdict=\"" + row.get("verdict").asText() + "\"");
    }
    assertThat(html).contains("<td class=\"num\">PT2H30M</td>"); // gold-email first-response's honest target
    java.nio.file.Files.delete(page);
  }
}
