package dev.pledge.cli.html;

import static dev.pledge.cli.html.XmlPage.elements;
import static dev.pledge.cli.html.XmlPage.parse;
import static dev.pledge.cli.html.XmlPage.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.cli.input.JsonLines;
import dev.pledge.measure.BrokenPromises;
import dev.pledge.measure.Csat;
import dev.pledge.measure.CustomerFigures;
import dev.pledge.measure.MeasuresReport;
import dev.pledge.measure.Nps;
import dev.pledge.measure.PeriodFigures;
import dev.pledge.measure.Requests;
import dev.pledge.report.Proportion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The section "What customers feel" drawn from a hand-made {@link MeasuresReport}. */
class MeasuresSectionTest {
  private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
  private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");

  /** Two months, all customers then silver then gold; gold has no rating in January. */
  private static final MeasuresReport REPORT = new MeasuresReport(List.of(
      period("2026-01", JAN, FEB, null, new Csat(4, 3, 16), new Nps(2, 1, 1, 0),
          new CustomerFigures(4, 5, 2, 1, 1, new BigDecimal("120"), new BigDecimal("80.5")),
          requests(5, Map.of("email", 4L, "phone", 1L))),
      period("2026-01", JAN, FEB, "silver", new Csat(4, 3, 16), Nps.NONE,
          new CustomerFigures(0, 2, 2, 0, 0, new BigDecimal("120"), BigDecimal.ZERO), requests(4, Map.of("email", 4L))),
      period("2026-01", JAN, FEB, "gold", Csat.NONE, new Nps(2, 1, 1, 0),
          new CustomerFigures(4, 3, 0, 1, 1, BigDecimal.ZERO, new BigDecimal("80.5")), requests(1, Map.of("phone", 1L))),
      period("2026-02", FEB, MAR, null, new Csat(2, 2, 10), new Nps(1, 0, 0, 1),
          new CustomerFigures(5, 5, 0, 3, 0, BigDecimal.ZERO, BigDecimal.TEN), requests(3, Map.of("chat", 3L))),
      period("2026-02", FEB, MAR, "silver", Csat.NONE, Nps.NONE,
          new CustomerFigures(2, 2, 0, 1, 0, BigDecimal.ZERO, BigDecimal.ONE), requests(0, Map.of())),
      period("2026-02", FEB, MAR, "gold", new Csat(2, 2, 10), new Nps(1, 0, 0, 1),
          new CustomerFigures(3, 3, 0, 2, 0, BigDecimal.ZERO, BigDecimal.valueOf(9)), requests(3, Map.of("chat", 3L)))),
      // satisfaction: intervals narrow enough; churn: 8 of 10 is 49.0 % to 94.3 % (docs/measures.md), too wide
      new BrokenPromises(new Proportion(450, 500), new Proportion(300, 500), new Proportion(8, 10),
          new Proportion(0, 0)));

  @Test
  void tablesHoldEveryFigureAndAMissingOneIsADash() throws Exception {
    Document doc = section(REPORT);

    assertThat(row(doc, "csat", "2026-01")).containsExactly("75.0% (3 of 4)", "75.0% (3 of 4)", "-");
    assertThat(row(doc, "csat", "2026-02")).containsExactly("100.0% (2 of 2)", "-", "100.0% (2 of 2)");
    assertThat(row(doc, "nps", "2026-01")).containsExactly("50.0 (2 answered)", "-", "50.0 (2 answered)");
    assertThat(row(doc, "nps", "2026-02")).containsExactly("-100.0 (1 answered)", "-", "-100.0 (1 answered)");
    assertThat(row(doc, "churn", "2026-01")).containsExactly("25.0% (1 of 4)", "-", "25.0% (1 of 4)");
    assertThat(row(doc, "churn", "2026-02")).containsExactly("0.0% (0 of 5)", "0.0% (0 of 2)", "0.0% (0 of 3)");
    assertThat(row(doc, "customers", "2026-01")).containsExactly("2", "1", "4", "5", "1", "120", "80.5");
    assertThat(row(doc, "requests", "2026-01")).containsExactly("5", "4", "1", "0");
    assertThat(row(doc, "requests", "2026-02")).containsExactly("3", "0", "0", "3");
  }

  @Test
  void tablesNameTheirColumnsAllCustomersFirstThenLevelsOrChannels() throws Exception {
    Document doc = section(REPORT);

    assertThat(texts(doc, "//table[@data-figure='csat']/thead//th")).containsExactly("Period", "all", "silver", "gold");
    assertThat(texts(doc, "//table[@data-figure='requests']/thead//th"))
        .containsExactly("Period", "all", "email", "phone", "chat");
    assertThat(texts(doc, "//table[@data-figure='customers']/tbody/tr/th")).containsExactly("2026-01", "2026-02");
  }

  @Test
  void everyChartHasATitleAndTheLinesAreLabelledInTheLegend() throws Exception {
    Document doc = section(REPORT);

    assertThat(texts(doc, "//svg[@role='img']/title")).containsExactly("Satisfaction (CSAT) per period",
        "Net Promoter Score per period", "Churn rate per period", "New and repeat customers per period",
        "Requests per channel per period", "Satisfaction and churn after kept and after broken promises");
    assertThat(texts(doc, "//section[@id='measures-nps']//text[@class='legend']"))
        .containsExactly("all", "silver", "gold");
    assertThat(texts(doc, "//section[@id='measures-nps']//circle/title"))
        .contains("gold, 2026-02: -100.0 (1 answered)");
  }

  @Test
  void brokenPromisesShowTheIntervalsAndSayWhenThereIsNotEnoughData() throws Exception {
    Document doc = section(REPORT);

    assertThat(texts(doc, "//table[@data-figure='broken-promises']//tr[@data-share='churned' and @data-after='kept']/td"))
        .containsExactly("kept", "10", "8", "80.0%", "49.0% to 94.3%");
    assertThat(texts(doc, "//table[@data-figure='broken-promises']//tr[@data-share='churned' and @data-after='broken']/td"))
        .containsExactly("broken", "0", "0", "-", "-");
    assertThat(texts(doc, "//section[@id='measures-broken-promises']//text[@class='label']"))
        .containsExactly("Satisfied (rated 4 or 5)", "Churned within churnAfter: not enough data");
    assertThat(texts(doc, "//section[@id='measures-broken-promises']//text[@class='reading']"))
        .contains("80.0% [49.0% to 94.3%] of 10", "no cases");
    assertThat(elements(doc, "//section[@id='measures-broken-promises']//rect[@class='interval']")).hasSize(3);
    assertThat(texts(doc, "//p[@class='verdict-text']")).containsExactly(REPORT.brokenPromises().verdict());
    assertThat(REPORT.brokenPromises().verdict()).startsWith("CSAT 30.0 points lower")
        .endsWith("churn not enough data (10 kept, 0 broken)");
    assertThat(texts(doc, "//p[@class='difference']")).containsExactly("Broken minus kept: satisfied -30.0 points, churned -.");
  }

  @Test
  void aFigureNoPeriodHasIsANoteInsteadOfAChart() throws Exception {
    MeasuresReport unrated = new MeasuresReport(List.of(period("2026-01", JAN, FEB, null, Csat.NONE, Nps.NONE,
        new CustomerFigures(0, 1, 1, 0, 0, BigDecimal.ONE, BigDecimal.ZERO), requests(0, Map.of()))),
        REPORT.brokenPromises());

    Document doc = section(unrated);

    assertThat(texts(doc, "//section[@id='measures-csat']/div/p[@class='empty']")).containsExactly("No case was rated.");
    assertThat(elements(doc, "//section[@id='measures-csat']//svg")).isEmpty();
    assertThat(row(doc, "csat", "2026-01")).containsExactly("-");
    assertThat(elements(doc, "//section[@id='measures-requests']//svg")).hasSize(1);
  }

  @Test
  void thePageWithTheSectionIsWellFormedAndLinksToIt() throws Exception {
    String page = HtmlReport.page("Test", "test.json", MAR, List.of(), new ReportFigures(),
        new JsonLines.Summary(0, 0, 0), Optional.empty(), Optional.of(REPORT));

    Document doc = parse(page);
    assertThat(texts(doc, "//h2")).endsWith("What customers feel");
    assertThat(elements(doc, "//nav//a[@href='#measures']")).hasSize(1);
    assertThat(page).doesNotContain("http://", "https://", "<script").contains(".new-customers");
  }

  private static List<String> row(Document doc, String figure, String period) throws Exception {
    return texts(doc, "//table[@data-figure='" + figure + "']//tr[@data-period='" + period + "']/td");
  }

  private static Document section(MeasuresReport report) throws Exception {
    Markup m = new Markup();
    int[] ids = {0};
    new MeasuresSection(m, report, () -> "chart-" + ++ids[0]).draw();
    return parse(m.finish());
  }

  private static PeriodFigures period(String name, Instant start, Instant end, String level, Csat csat, Nps nps,
      CustomerFigures customers, Requests requests) {
    return new PeriodFigures(name, start, end, Optional.ofNullable(level), csat, Map.of(), Map.of(), nps, customers,
        requests);
  }

  private static Requests requests(long opened, Map<String, Long> byChannel) {
    // channels in name order, as a report built from input lists them in order of appearance
    return new Requests(opened, new TreeMap<>(byChannel), Map.of(), Map.of(), 0, OptionalDouble.empty(), OptionalDouble.empty());
  }
}
