package dev.pledge.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.pledge.InvalidValueException;
import dev.pledge.report.Proportion;
import org.junit.jupiter.api.Test;

/** The 95 % Wilson interval, worked by hand. */
class ProportionTest {
  @Test
  void eightOfTen() {
    // p = 0.8, n = 10, z^2 = 3.841459; centre = (0.8 + 3.841459 / 20) / (1 + 0.3841459)
    // = 0.992073 / 1.384146 = 0.716740; half = 1.959964 / 1.384146 * sqrt(0.8 * 0.2 / 10
    // + 3.841459 / 400) = 1.416010 * 0.160012 = 0.226578: [0.490162, 0.943318] (the published
    // Wilson interval of 8/10 is 0.490 to 0.943).
    Proportion p = new Proportion(8, 10);
    assertThat(p.share()).hasValue(0.8);
    assertThat(p.low().getAsDouble()).isCloseTo(0.490162, offset(1e-5));
    assertThat(p.high().getAsDouble()).isCloseTo(0.943318, offset(1e-5));
  }

  @Test
  void noneOfTenReachesZeroAndNothingCountedIsEmpty() {
    // hits 0: centre = half = (z^2 / 2n) / (1 + z^2 / n), so low = 0 and high = (z^2 / n) / (1 + z^2 / n)
    // = 0.3841459 / 1.3841459 = 0.277533.
    Proportion p = new Proportion(0, 10);
    assertThat(p.low().getAsDouble()).isCloseTo(0, offset(1e-12));
    assertThat(p.high().getAsDouble()).isCloseTo(0.277533, offset(1e-5));
    assertThat(new Proportion(0, 0).share()).isEmpty();
    assertThat(new Proportion(0, 0).width()).isEqualTo(1.0);
    assertThatThrownBy(() -> new Proportion(3, 2)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aThousandCasesGiveANarrowInterval() {
    // 700 of 1,000: the interval is about +-2.8 points, under the 20 points that say something.
    assertThat(new Proportion(700, 1000).width()).isCloseTo(0.0567, offset(0.001));
  }
}
