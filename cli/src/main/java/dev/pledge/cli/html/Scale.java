package dev.pledge.cli.html;

/**
 * A chart's value axis: from {@code min} to {@code max} in ticks of {@code step}, each tick
 * labelled with its number and {@code unit} ({@code "%"}, or nothing for counts and points).
 *
 * @param min the value at the bottom of the plot
 * @param max the value at the top; greater than {@code min}
 * @param step the distance between ticks; divides {@code max - min}
 * @param unit written after each tick's number
 */
record Scale(double min, double max, double step, String unit) {

  Scale {
    if (!(max > min) || !(step > 0)) {
      throw new IllegalArgumentException("a scale runs up from min in positive steps, but was " + min + " to "
          + max + " by " + step);
    }
  }

  /** From 0 up to at least {@code max} (at least 1), in about five steps of 1, 2 or 5 times a power of ten. */
  static Scale upTo(double max, String unit) {
    long top = Math.max(1, (long) Math.ceil(max));
    long step = Svg.step(top, 5);
    return new Scale(0, (top + step - 1) / step * step, step, unit);
  }

  /** Percentages: 0 to 100 % in quarters, or further up when {@code max} exceeds 100. */
  static Scale percent(double max) {
    return max <= 100 ? new Scale(0, 100, 25, "%") : upTo(max, "%");
  }

  /** The number of steps from {@code min} to {@code max}. */
  int steps() {
    return (int) Math.round((max - min) / step);
  }

  /** The label of {@code value}: its number to one decimal, without a trailing {@code .0}, and the unit. */
  String label(double value) {
    return Svg.n(value) + unit;
  }
}
