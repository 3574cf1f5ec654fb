package dev.pledge.cli.html;

import static dev.pledge.cli.html.XmlPage.elements;
import static dev.pledge.cli.html.XmlPage.parse;
import static dev.pledge.cli.html.XmlPage.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class LineChartTest {
  private static final OptionalDouble NONE = OptionalDouble.empty();

  @Test
  void aMissingFigureIsAGapNotAZero() throws Exception {
    Document doc = draw(new Scale(0, 100, 25, "%"), List.of(OptionalDouble.of(10), NONE, OptionalDouble.of(30),
        OptionalDouble.of(40)));

    // 10 stands alone: a dot and no line; 30 and 40 are joined
    assertThat(elements(doc, "//circle")).hasSize(3);
    assertThat(elements(doc, "//polyline")).hasSize(1);
    assertThat(texts(doc, "//circle/title")).containsExactly("gold, 01: 10", "gold, 03: 30", "gold, 04: 40");
  }

  @Test
  void valuesArePlacedOnTheScaleFromBottomToTop() throws Exception {
    // plot from y 44 (30 below the legend's baseline, 14) to 244 (300 - 56): -100 at the bottom, 100 at the top
    Document doc = draw(new Scale(-100, 100, 50, ""), List.of(OptionalDouble.of(-100), OptionalDouble.of(0),
        OptionalDouble.of(100), NONE));

    assertThat(elements(doc, "//circle").stream().map(c -> c.getAttribute("cy")).toList())
        .containsExactly("244", "144", "44");
    assertThat(texts(doc, "//text[@class='tick']")).startsWith("-100", "-50", "0", "50", "100");
  }

  @Test
  void aSeriesMustHaveAFigureOrAGapForEveryCategory() {
    assertThatThrownBy(() -> new LineChart("t", "d", "x", "y", List.of("01", "02"), List.of(
        new LineChart.Series("gold", List.of(NONE), List.of("-"))), new Scale(0, 1, 1, "")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("gold: 1 values for 2 categories");
  }

  private static Document draw(Scale scale, List<OptionalDouble> values) throws Exception {
    List<String> labels = values.stream().map(v -> v.isPresent() ? Svg.n(v.getAsDouble()) : "-").toList();
    List<String> categories = List.of("01", "02", "03", "04");
    Markup m = new Markup();
    new LineChart("Test", "A test.", "period", "value", categories,
        List.of(new LineChart.Series("gold", values, labels)), scale).draw(m, "c", 400, 300);
    return parse(m.finish());
  }
}
