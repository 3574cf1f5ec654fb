package dev.pledge.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The sketch's estimates against exact nearest-rank quantiles of the sorted values. */
class QuantileSketchProperties {

  @Provide
  Arbitrary<List<Long>> samples() {
    Arbitrary<Long> nanos = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(0L)),
        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(1, 999_999)),
        net.jqwik.api.Tuple.of(8, Arbitraries.longs().between(1_000_000, 400L * 24 * 3600 * 1_000_000_000L)));
    return nanos.list().ofMinSize(1).ofMaxSize(300);
  }

  @Property(tries = 300)
  void estimatesStayWithinTheDocumentedError(@ForAll("samples") List<Long> values,
      @ForAll("quantiles") double q) {
    QuantileSketch sketch = new QuantileSketch();
    values.forEach(v -> sketch.add(Duration.ofNanos(v)));
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    long exact = sorted.get((int) Math.max(0, Math.ceil(q * sorted.size()) - 1));
    long estimate = sketch.quantile(q).toNanos();
    if (exact == 0) {
      assertThat(estimate).isZero();
    } else if (exact < 1_000_000) {
      assertThat(Math.abs(estimate - exact)).isLessThanOrEqualTo(500_000);
    } else {
      assertThat(Math.abs(estimate - exact) / (double) exact)
          .isLessThanOrEqualTo(QuantileSketch.RELATIVE_ERROR + 1e-9);
    }
  }

  @Provide
  Arbitrary<Double> quantiles() {
    return Arbitraries.of(0.0, 0.5, 0.9, 0.95, 0.99, 1.0);
  }

  @Property(tries = 100)
  void mergingEqualsAddingToOne(@ForAll("samples") List<Long> a, @ForAll("samples") List<Long> b) {
    QuantileSketch left = new QuantileSketch();
    QuantileSketch right = new QuantileSketch();
    QuantileSketch both = new QuantileSketch();
    a.forEach(v -> left.add(Duration.ofNanos(v)));
    b.forEach(v -> right.add(Duration.ofNanos(v)));
    a.forEach(v -> both.add(Duration.ofNanos(v)));
    b.forEach(v -> both.add(Duration.ofNanos(v)));
    left.merge(right);
    for (double q : new double[] {0.5, 0.9, 0.95}) {
      assertThat(left.quantile(q)).isEqualTo(both.quantile(q));
    }
  }
}
